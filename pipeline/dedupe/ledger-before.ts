import type { Ledger } from '../types.js';
import { LEDGER_CLAIM_HEX, ledgerClaim } from './ledger-claim.js';
import { parseLedgerSketch } from './parse-ledger-sketch.js';

/** A story as the ledger knew it before the digest date. */
export interface PriorStory {
  /** The ledger key. */
  readonly fingerprint: string;
  /** Article ids briefed before the date. */
  readonly articles: ReadonlySet<string>;
  /** Claim ids briefed before the date, as the ledger stores them (ledgerClaim). */
  readonly claims: ReadonlySet<string>;
  /** Sketches of the canonical bodies briefed before the date, each with its shingle count. */
  readonly sketches: readonly { readonly values: Uint32Array; readonly shingles: number }[];
  /** The story group of its latest briefing before the date, when the ledger recorded one. */
  readonly group?: string;
}

/**
 * The ledger as it stood before `date`: only briefings dated earlier count,
 * so a rerun for a date (or for an earlier one) sees what that run saw and
 * reproduces it. Entries without per-date briefings (written by hand or by an
 * older version) count whole when their first date is earlier. Sorted by fingerprint.
 */
export function ledgerBefore(ledger: Ledger, date: string): PriorStory[] {
  const priors: PriorStory[] = [];
  for (const entry of ledger.entries) {
    if (entry.briefings === undefined) {
      if (entry.date < date) {
        priors.push({ fingerprint: entry.fingerprint, articles: new Set(entry.articles), claims: new Set(entry.claims.map(ledgerClaim)), sketches: [] });
      }
      continue;
    }
    const earlier = entry.briefings.filter((briefing) => briefing.date < date);
    if (earlier.length === 0) continue;
    const sketches = [];
    let group: string | undefined;
    let groupDate = '';
    for (const briefing of earlier) {
      const values = parseLedgerSketch(briefing.sketch);
      if (values !== undefined) sketches.push({ values, shingles: briefing.shingles });
      if (briefing.group !== undefined && briefing.date >= groupDate) [group, groupDate] = [briefing.group, briefing.date];
    }
    // The claim set is built on first use: only the few stories today's articles join are asked
    // (a 90-day ledger holds 17,000, and building every set showed in a run's profile).
    let claims: ReadonlySet<string> | undefined;
    priors.push({
      fingerprint: entry.fingerprint,
      articles: new Set(earlier.flatMap((briefing) => briefing.articles)),
      get claims() {
        claims ??= new Set(earlier.length === 1 ? stamps(earlier[0]!.claims) : earlier.flatMap((briefing) => stamps(briefing.claims)));
        return claims;
      },
      sketches,
      ...(group !== undefined && { group }),
    });
  }
  return priors.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}

/** Claim ids as the ledger compares them; the day files store them so already, and are passed through. */
function stamps(claims: readonly string[]): readonly string[] {
  return claims.every((claim) => claim.length === LEDGER_CLAIM_HEX) ? claims : claims.map(ledgerClaim);
}
