import type { SentRecord } from './read-sent-record.js';
import { recipientKey } from './recipient-key.js';

/**
 * The recipients (bare addresses) that have not yet accepted the digest of
 * `date`, in the order given. With `force`, all of them.
 */
export function unsentRecipients(
  record: SentRecord,
  date: string,
  recipients: readonly string[],
  force = false,
): string[] {
  if (force) return [...recipients];
  const sent = new Set(record.entries.filter((entry) => entry.date === date).map((entry) => entry.recipient));
  return recipients.filter((address) => !sent.has(recipientKey(address)));
}
