import addressparser from 'nodemailer/lib/addressparser';
import { maskAddress } from './mask-address.js';

/** A single mailbox: the bare address and its display name (possibly empty). */
export interface Mailbox {
  readonly name: string;
  readonly address: string;
}

const PATTERNS = {
  /** local@domain with no spaces, angle brackets or second "@"; strict enough to catch typos in settings. */
  address: /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/u,
} as const;

/** Settings whose values are recipients: their errors show the value masked, since run logs may be public. */
const RECIPIENT_SETTINGS: ReadonlySet<string> = new Set(['DIGEST_TO']);

/**
 * Parse one mailbox ("Name <a@example.org>" or "a@example.org") from a
 * setting. Throws for anything else, naming the setting: a bad address is a
 * configuration error, found before anything is sent. A recipient's value is
 * shown masked (`j***@example.org`).
 */
export function parseMailbox(text: string, setting: string): Mailbox {
  const parsed = addressparser(text);
  const first = parsed[0];
  // Not flattened: a group ("Team: a@b.c;") is not one mailbox, even with one member.
  if (parsed.length !== 1 || !first || first.group || !first.address || !PATTERNS.address.test(first.address)) {
    const shown = RECIPIENT_SETTINGS.has(setting) ? maskAddress(text) : text;
    throw new Error(`Cannot use ${setting}: got ${JSON.stringify(shown)}, expected one address like "Name <name@example.org>"`);
  }
  return { name: first.name, address: first.address };
}
