import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { PrivateAddress, ResolvedAddress } from '../../types.js';
import { isPrivateAllowed } from './is-private-allowed.js';

/** Address ranges never fetched unless allowed: loopback, private, link-local, carrier NAT, multicast, unspecified. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** The verdict on a host: the addresses that may be connected to, or why none may. */
export type HostCheck =
  | {
      readonly ok: true;
      /** Every address the host resolved to, all approved: the only ones a request may connect to. */
      readonly addresses: readonly ResolvedAddress[];
      /** Those of them that are private and allowed only by `allowPrivate`. */
      readonly privateAddresses: readonly PrivateAddress[];
    }
  | { readonly ok: false; readonly code: 'blocked' | 'unreachable'; readonly reason: string };

/** The system resolver, every address, in the order it gives them. */
async function systemLookup(hostname: string): Promise<readonly ResolvedAddress[]> {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

/**
 * Resolves a host once and says which addresses it may be fetched from: none when any
 * address is private or loopback and neither the host nor that address is in
 * `allowPrivate`. The caller connects only to the addresses returned (see
 * createPinnedDispatcher), so the name is never resolved a second time.
 */
export async function checkHost(hostname: string, allowPrivate: readonly string[], resolve: (hostname: string) => Promise<readonly ResolvedAddress[]> = systemLookup): Promise<HostCheck> {
  const host = hostname.replace(/^\[|\]$/gu, '').toLowerCase();
  let addresses: readonly ResolvedAddress[];
  try {
    const family = isIP(host);
    addresses = family !== 0 ? [{ address: host, family: family === 6 ? 6 : 4 }] : await resolve(host);
  } catch (error) {
    return { ok: false, code: 'unreachable', reason: `the host ${host} could not be resolved (${(error as NodeJS.ErrnoException).code ?? 'DNS error'})` };
  }
  if (addresses.length === 0) return { ok: false, code: 'unreachable', reason: `the host ${host} could not be resolved (no address)` };
  const privateAddresses: PrivateAddress[] = [];
  for (const { address, family } of addresses) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address)?.[1];
    const isPrivate = mapped ? PRIVATE.check(mapped, 'ipv4') : PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4');
    if (!isPrivate) continue;
    if (!isPrivateAllowed({ host, address }, allowPrivate)) {
      return { ok: false, code: 'blocked', reason: `the host ${host} resolves to the private or loopback address ${address}, which is not allowed (fetch.allowPrivate)` };
    }
    privateAddresses.push({ host, address });
  }
  return { ok: true, addresses, privateAddresses };
}
