// Preloaded into a CLI child (NODE_OPTIONS=--import=<this file>) to play a hostile DNS
// server: the name in REBIND_HOST resolves to REBIND_FIRST the first time anything in
// the process asks, and to REBIND_THEN every time after (DNS rebinding). Every other
// name goes to the real resolver. It replaces the process's resolver, not our code.
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';

const host = process.env.REBIND_HOST;
const first = process.env.REBIND_FIRST;
const then = process.env.REBIND_THEN;
let asked = 0;
const next = () => (asked++ === 0 ? first : then);

const realLookup = dns.lookup;
const realPromiseLookup = dns.promises.lookup;

dns.lookup = function lookup(hostname, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const settings = typeof options === 'object' && options !== null ? options : {};
  if (hostname !== host) return realLookup.call(this, hostname, options, callback);
  const address = next();
  process.nextTick(() => (settings.all ? done(null, [{ address, family: 4 }]) : done(null, address, 4)));
  return {};
};
dns.promises.lookup = async function lookup(hostname, options) {
  if (hostname !== host) return realPromiseLookup.call(this, hostname, options);
  const address = next();
  return options?.all ? [{ address, family: 4 }] : { address, family: 4 };
};
syncBuiltinESMExports();
