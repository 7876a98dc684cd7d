import { createHash } from 'node:crypto';

/** Hex characters of the hash kept: 64 bits, no collisions among any real recipient list. */
const KEY_HEX_CHARS = 16;

/**
 * The key under which the sent record remembers a recipient: a hash of the
 * lower-cased address, not the address, because `out/` is committed to a
 * (possibly public) repository and addresses are personal data. Not secret
 * (a known address can be hashed and compared), only not on display.
 */
export function recipientKey(address: string): string {
  return `sha256:${createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, KEY_HEX_CHARS)}`;
}
