import { createHash } from 'node:crypto';

/** Hex characters of the recipient-list hash kept in the Message-ID: 48 bits, ample for one list's digests. */
const RECIPIENT_HASH_CHARS = 12;

/**
 * The Message-ID of one digest (or nothing-new note) sent to one recipient:
 * `<digest-YYYY-MM-DD-<hash>@<domain>>` (`<nothing-new-...>` for the note),
 * where the hash covers the sorted, lower-cased addresses given (one
 * recipient's address; none for the `.eml` preview). The same digest to the
 * same recipient always gets the same id, so a resend (`--force`) threads
 * with (or is folded into) the first copy instead of arriving as a new
 * message. `domain` is the From domain, already checked by the caller.
 */
export function digestMessageId(date: string, recipients: readonly string[], domain: string, kind: 'digest' | 'nothing-new' = 'digest'): string {
  const list = [...new Set(recipients.map((address) => address.toLowerCase()))].sort();
  const hash = createHash('sha256').update(list.join('\n')).digest('hex').slice(0, RECIPIENT_HASH_CHARS);
  return `<${kind}-${date}-${hash}@${toAsciiDomain(domain)}>`;
}

/** Punycode an internationalised domain (Message-IDs are ASCII); throws for a domain no URL accepts. */
function toAsciiDomain(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    throw new Error(`Cannot build a Message-ID: got domain ${JSON.stringify(domain)}, expected a host name`);
  }
}
