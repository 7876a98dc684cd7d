import { maskAddress } from './mask-address.js';

const PATTERNS = {
  /** Anything shaped like an address, as servers quote them in answers ("550 5.1.1 <ana@example.org>: unknown"). */
  address: /[^\s<>()[\]",;:@]+@[^\s<>()[\]",;:@]+/gu,
} as const;

/**
 * Mask every address inside free text, such as an SMTP server's answer or a
 * connection error, before it reaches a log: servers often quote the
 * recipient they refuse.
 */
export function maskAddresses(text: string): string {
  return text.replace(PATTERNS.address, (address) => maskAddress(address));
}
