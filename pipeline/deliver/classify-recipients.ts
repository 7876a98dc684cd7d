import type { SentRecord } from './read-sent-record.js';
import { recipientKey } from './recipient-key.js';

/** The recipients of one digest (or note), sorted by what the sent record says of them. */
export interface RecipientClasses {
  /** Not sent yet (all of them with `force`), in the order given. */
  readonly due: readonly string[];
  /** Accepted on an earlier run: skipped. */
  readonly alreadySent: readonly string[];
  /** Sent in full on an earlier run with no answer: skipped, and reported until `--force` decides. */
  readonly unknown: readonly string[];
}

/**
 * Sort bare addresses by the sent record's entries for `date` and `kind`
 * (a digest, or the nothing-new note: each is recorded apart, so a note
 * never blocks the digest of its date). With `force`, all are due.
 */
export function classifyRecipients(
  record: SentRecord,
  date: string,
  recipients: readonly string[],
  options: { readonly force?: boolean; readonly kind?: 'digest' | 'nothing-new' } = {},
): RecipientClasses {
  if (options.force) return { due: [...recipients], alreadySent: [], unknown: [] };
  const kind = options.kind ?? 'digest';
  const outcomes = new Map<string, 'accepted' | 'unknown'>();
  for (const entry of record.entries) {
    if (entry.date !== date || (entry.kind ?? 'digest') !== kind) continue;
    outcomes.set(entry.recipient, entry.outcome ?? 'accepted');
  }
  const due: string[] = [];
  const alreadySent: string[] = [];
  const unknown: string[] = [];
  for (const address of recipients) {
    const outcome = outcomes.get(recipientKey(address));
    (outcome === 'accepted' ? alreadySent : outcome === 'unknown' ? unknown : due).push(address);
  }
  return { due, alreadySent, unknown };
}
