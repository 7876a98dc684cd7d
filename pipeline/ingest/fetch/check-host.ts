import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Address ranges never fetched unless allowed: loopback, private, link-local, carrier NAT, multicast, unspecified. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/**
 * Resolves a host and says why it must not be fetched (it resolves to a private or
 * loopback address not in `allowPrivate`), or undefined when it may be. A host that
 * does not resolve is reported as such. `allowPrivate` holds host names or IP literals.
 */
export async function checkHost(hostname: string, allowPrivate: readonly string[]): Promise<{ blocked: string } | { unresolved: string } | undefined> {
  const host = hostname.replace(/^\[|\]$/gu, '').toLowerCase();
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  } catch (error) {
    return { unresolved: `the host ${host} could not be resolved (${(error as NodeJS.ErrnoException).code ?? 'DNS error'})` };
  }
  if (allowPrivate.includes(host)) return undefined;
  for (const { address, family } of addresses) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address)?.[1];
    const blocked = mapped ? PRIVATE.check(mapped, 'ipv4') : PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4');
    if (blocked && !allowPrivate.includes(address) && !(mapped && allowPrivate.includes(mapped))) {
      return { blocked: `the host ${host} resolves to the private or loopback address ${address}, which is not allowed (fetch.allowPrivate)` };
    }
  }
  return undefined;
}
