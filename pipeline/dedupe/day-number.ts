/** Days since 1970 of a `YYYY-MM-DD...` date, or undefined when there is none or it does not parse. */
export function dayNumber(published: string | undefined): number | undefined {
  const match = published === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (match === null) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : time / 86_400_000;
}
