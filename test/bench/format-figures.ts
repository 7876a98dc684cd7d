/** Milliseconds as seconds with two decimals; '-' when unknown. */
export function seconds(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? '-' : (ms / 1000).toFixed(2);
}

/** A count with thousands separators; '-' when unknown. */
export function count(n: number | undefined): string {
  return n === undefined ? '-' : n.toLocaleString('en-US');
}

/** A share 0..1 with four decimals; '-' when unknown. */
export function ratio(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(4);
}
