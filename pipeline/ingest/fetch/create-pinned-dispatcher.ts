import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent, type Dispatcher } from 'undici';
import type { ResolvedAddress } from '../../types.js';

/** A dispatcher that connects only to addresses pinned for each host. */
export interface PinnedDispatcher {
  /** Give to undici's fetch as `dispatcher`. */
  readonly dispatcher: Dispatcher;
  /** Record the checked addresses of a host (lower case, no brackets): the only ones it may connect to. */
  pin(host: string, addresses: readonly ResolvedAddress[]): void;
  /** Close idle connections, so nothing keeps the process alive. */
  close(): Promise<void>;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * An undici Agent whose DNS lookup never asks DNS: it answers from the addresses the
 * private-address check approved for that host, so a name that resolves to a public
 * address when checked and to 127.0.0.1 a moment later (DNS rebinding) still connects
 * to the checked one. A host that was never checked does not resolve at all. IP
 * literals skip lookup in Node's net and were checked as they are.
 */
export function createPinnedDispatcher(): PinnedDispatcher {
  const pins = new Map<string, readonly ResolvedAddress[]>();
  const lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
    const pinned = (pins.get(hostname.toLowerCase()) ?? []).filter((a) => wanted === undefined || a.family === wanted);
    if (pinned.length === 0) {
      callback(Object.assign(new Error(`${hostname} was not checked before connecting`), { code: 'ENOTFOUND' }), '');
      return;
    }
    if (options.all === true) callback(null, pinned.map(({ address, family }) => ({ address, family })));
    else callback(null, pinned[0]!.address, pinned[0]!.family);
  };
  const agent = new Agent({ connect: { lookup } });
  return {
    dispatcher: agent,
    pin: (host, addresses) => void pins.set(host, addresses),
    close: () => agent.close(),
  };
}
