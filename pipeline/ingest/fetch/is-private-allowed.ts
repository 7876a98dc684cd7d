import type { PrivateAddress } from '../../types.js';

/**
 * Whether `allowPrivate` (lower case) allows a private address: by the host that
 * resolved to it, or by the address itself (an IPv4-mapped IPv6 address also by its
 * IPv4 form). Asked when a host is checked, and again before a cached page is served.
 */
export function isPrivateAllowed({ host, address }: PrivateAddress, allowPrivate: readonly string[]): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address)?.[1];
  return allowPrivate.includes(host) || allowPrivate.includes(address.toLowerCase()) || (mapped !== undefined && allowPrivate.includes(mapped));
}
