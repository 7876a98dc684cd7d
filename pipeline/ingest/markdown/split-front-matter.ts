const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u;

/** Splits "---\nyaml\n---\nbody" into its YAML and body; no front matter gives an undefined yaml. */
export function splitFrontMatter(text: string): { yaml: string | undefined; body: string } {
  const normalised = text.replace(/^\ufeff/u, '').replace(/\r\n?/gu, '\n');
  const match = FRONT_MATTER.exec(normalised);
  if (!match) return { yaml: undefined, body: normalised };
  return { yaml: match[1] ?? '', body: normalised.slice(match[0].length) };
}
