import { REGEXPS } from '../regexps.js';

/** Splits "Headline | Site" or "Section » Headline" into its segments, trimmed, empty ones dropped. */
export function splitTitleSegments(line: string): string[] {
  return line.split(REGEXPS.titleSeparator).flatMap((part) => part.split(REGEXPS.breadcrumb)).map((s) => s.trim()).filter(Boolean);
}
