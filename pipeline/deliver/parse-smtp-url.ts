import type { SmtpConnectionOptions } from '../types.js';

/** Ports a URL may name (TCP). */
const PORT_RANGE = { min: 1, max: 65_535 } as const;
/** Default ports: submission with STARTTLS, and implicit TLS (RFC 8314). */
const DEFAULT_PORTS = { 'smtp:': 587, 'smtps:': 465 } as const;
/** Query parameters passed to the connection, as nodemailer's SMTP transport reads them from a URL. */
const CONNECTION_KEYS = ['requireTLS', 'ignoreTLS', 'opportunisticTLS', 'name', 'authMethod', 'localAddress'] as const;

/** Keys that would reach an object's prototype rather than set an option. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const PATTERNS = {
  /** scheme://[userinfo@]host[:port][/...][?...], to say which part is wrong when WHATWG URL refuses the whole. */
  parts: /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::([^/?#]*))?/u,
  digits: /^\d+$/u,
} as const;

/** SMTP_URL, checked and split: the connection options, and a label that never carries the credentials. */
export interface ParsedSmtpUrl {
  /** "host:port", for messages. */
  readonly label: string;
  readonly options: SmtpConnectionOptions;
}

/**
 * Check and parse SMTP_URL (`smtp://user:pass@host:587` or
 * `smtps://user:pass@host:465`, credentials percent-encoded, optional
 * `?requireTLS=true`, `?tls.rejectUnauthorized=false` and the like). Throws a
 * sentence that names the part at fault (scheme, host, port, query key) and
 * never the credentials. The CLI calls it before the digest is built.
 */
export function parseSmtpUrl(text: string): ParsedSmtpUrl {
  const expected = 'expected smtp://user:pass@host:587 or smtps://user:pass@host:465';
  const parts = PATTERNS.parts.exec(text.trim());
  if (!parts) throw new Error(`Cannot use SMTP_URL: got no scheme://host, ${expected}`);
  const scheme = `${parts[1]!.toLowerCase()}:`;
  if (scheme !== 'smtp:' && scheme !== 'smtps:') throw new Error(`Cannot use SMTP_URL: got scheme ${scheme}, ${expected}`);
  const port = parts[3];
  if (port !== undefined && port !== '') {
    if (!PATTERNS.digits.test(port)) throw new Error(`Cannot use SMTP_URL: got port ${JSON.stringify(port)}, expected a number from ${PORT_RANGE.min} to ${PORT_RANGE.max}`);
    const number = Number(port);
    if (number < PORT_RANGE.min || number > PORT_RANGE.max) throw new Error(`Cannot use SMTP_URL: got port ${port}, expected a number from ${PORT_RANGE.min} to ${PORT_RANGE.max}`);
  }
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`Cannot use SMTP_URL: got a URL that does not parse (host ${JSON.stringify(parts[2])}), ${expected}`);
  }
  if (url.hostname === '') throw new Error(`Cannot use SMTP_URL: got no host, ${expected}`);
  const secure = scheme === 'smtps:';
  const portNumber = url.port === '' ? DEFAULT_PORTS[scheme] : Number(url.port);
  const options: { -readonly [K in keyof SmtpConnectionOptions]: SmtpConnectionOptions[K] } = { host: url.hostname.replace(/^\[|\]$/gu, ''), port: portNumber, secure };
  if (url.username !== '' || url.password !== '') {
    options.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  }
  const tls: Record<string, string | number | boolean> = {};
  for (const [key, raw] of url.searchParams) {
    const value = raw === 'true' ? true : raw === 'false' ? false : PATTERNS.digits.test(raw) ? Number(raw) : raw;
    if (key.startsWith('tls.') && key.length > 4 && !UNSAFE_KEYS.has(key.slice(4))) tls[key.slice(4)] = value;
    else if ((CONNECTION_KEYS as readonly string[]).includes(key)) (options as Record<string, unknown>)[key] = value;
    else throw new Error(`Cannot use SMTP_URL: got query parameter ${JSON.stringify(key)}, expected one of ${CONNECTION_KEYS.join(', ')} or tls.<option>`);
  }
  if (Object.keys(tls).length > 0) options.tls = tls;
  return { label: `${url.hostname}:${portNumber}`, options };
}
