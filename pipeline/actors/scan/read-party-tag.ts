import type { Token } from '../model.js';
import partyTags from '../data/party-tags.json' with { type: 'json' };

/** Longest state abbreviation after the dash, in tokens ("N.Y." is one token, "N. Dak." two). */
const MAX_PLACE_TOKENS = 3;
const OPENERS = new Set([',', '(']);
const CLOSERS = new Set([',', ')', '.', ';', ':']);

/** What a party tag says: the party, the state, and one past its last token. */
export interface PartyTag {
  readonly party: string;
  readonly state: string;
  readonly end: number;
}

const byLetter = new Map(Object.entries(partyTags.tags).flatMap(([state, letters]) => Object.entries(letters).map(([letter, party]) => [letter, { party, state }] as const)));

/**
 * A party tag right after a name: ", D-Ill." or " (R-Maine)", a party letter,
 * a hyphen and a state abbreviation. It says the person's party and state as
 * plainly as a title does.
 */
export function readPartyTag(tokens: readonly Token[], nameEnd: number): PartyTag | undefined {
  const open = tokens[nameEnd];
  const letter = tokens[nameEnd + 1];
  const dash = tokens[nameEnd + 2];
  if (!open || !OPENERS.has(open.raw) || !letter || !dash || dash.raw !== '-' || !dash.glue) return undefined;
  const found = byLetter.get(letter.raw);
  if (!found) return undefined;
  let end = nameEnd + 3;
  // "Ill.", "N.Y.", "N. Dak.": capitals and dots, the first glued to the dash.
  while (end < tokens.length && end - (nameEnd + 3) < MAX_PLACE_TOKENS && (tokens[end]?.glue || (end > nameEnd + 3 && tokens[end - 1]?.raw === '.')) && (tokens[end]?.cap || tokens[end]?.raw === '.')) end += 1;
  if (end === nameEnd + 3) return undefined;
  if (open.raw === '(' && tokens[end]?.raw === ')') end += 1;
  else if (open.raw === ',' && tokens[end] !== undefined && !CLOSERS.has(tokens[end]?.raw ?? '')) return undefined;
  // ", D-Ill., said": the closing comma belongs to the tag, so the verb follows the person.
  else if (open.raw === ',' && tokens[end]?.raw === ',') end += 1;
  return { ...found, end };
}
