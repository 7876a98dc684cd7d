import type { KbAffiliation } from '../../types.js';
import type { Lexicon } from './lexicon.js';

/** Offices that lead a state or its government: the most prominent rank. */
const HEAD_ROLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'monarch', 'head of state', 'supreme leader', 'taoiseach', 'first minister']);
/** Role words of those who lead an organisation ("secretary-general of NATO", "chief executive"). */
const LEADER_WORDS = new Set(['secretary-general', 'general', 'director', 'director-general', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'governor', 'commissioner', 'leader', 'head']);

/**
 * Whether a title is an office of the state's government ("foreign minister",
 * "chancellor") rather than of a party, a legislature or the opposition
 * ("shadow home secretary", "Senate minority leader").
 */
export function isGovernmentRole(role: string, lexicon: Lexicon): boolean {
  const words = role.split(/[\s-]+/);
  return words.some((w) => lexicon.governmentRoles.has(w)) && !words.some((w) => lexicon.nonGovernment.has(w));
}

/** Whether a role says its office is over ("former senator", "ex-minister"). */
export function isFormerRole(role: string): boolean {
  return FORMER.test(role);
}

const FORMER = /\b(?:former|ex)\b/u;

/** Whether an actor id is a state's: states keep their ISO 3166 alpha-3 codes ("GBR"); every other id has a prefix or is lowercase. */
export function isStateId(id: string): boolean {
  return STATE_ID.test(id);
}

const STATE_ID = /^[A-Z]{3}$/u;

/** The affiliations that hold on a date (`YYYY-MM-DD`); without a date, those still ongoing. */
export function activeAt(affiliations: readonly KbAffiliation[], date: string | undefined): KbAffiliation[] {
  if (date === undefined) return affiliations.filter((a) => a.to === undefined);
  return affiliations.filter((a) => (a.from === undefined || startOf(a.from) <= date) && (a.to === undefined || endOf(a.to) >= date));
}

/**
 * How prominent an office is, for choosing whom a surname alone means: 3 for
 * a head of state or government, 2 for another government office or the
 * head of an organisation, 1 for any other office or membership, 0 for a
 * party membership alone.
 */
export function officeRank(affiliation: KbAffiliation, lexicon: Lexicon): number {
  const role = affiliation.role;
  if (role === undefined) return affiliation.id.startsWith('party:') ? 0 : 1;
  if (HEAD_ROLES.has(role)) return 3;
  if (isGovernmentRole(role, lexicon)) return 2;
  // The leader of a body or a party ranks so too; a state's "minority leader" or "chief whip" is a legislator.
  const ofState = isStateId(affiliation.id);
  if (!ofState && role.split(/\s+/).some((w) => LEADER_WORDS.has(w))) return 2;
  return 1;
}

function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function endOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}
