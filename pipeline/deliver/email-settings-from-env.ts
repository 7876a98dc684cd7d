import addressparser from 'nodemailer/lib/addressparser';
import type { DkimSettings, EmailSettings } from '../types.js';

/**
 * The environment variables read, one table (the README lists the same).
 * DIGEST_FROM and DIGEST_TO are required for email; the rest are optional.
 */
export const EMAIL_ENV = {
  from: 'DIGEST_FROM',
  to: 'DIGEST_TO',
  replyTo: 'DIGEST_REPLY_TO',
  listId: 'DIGEST_LIST_ID',
  listName: 'DIGEST_LIST_NAME',
  unsubscribeMailto: 'DIGEST_UNSUBSCRIBE_MAILTO',
  unsubscribeUrl: 'DIGEST_UNSUBSCRIBE_URL',
  subjectTemplate: 'DIGEST_SUBJECT',
  dkimDomain: 'DKIM_DOMAIN',
  dkimSelector: 'DKIM_SELECTOR',
  dkimPrivateKey: 'DKIM_PRIVATE_KEY',
} as const;

/**
 * Settings for the `.eml` preview when the environment configures no email:
 * reserved `.invalid` addresses (RFC 2606), so a preview opened and answered
 * by mistake goes nowhere.
 */
export const PREVIEW_EMAIL_SETTINGS: EmailSettings = {
  from: 'Actor Digest <digest@example.invalid>',
  to: ['reader@example.invalid'],
};

type OptionalKey = 'replyTo' | 'listId' | 'listName' | 'unsubscribeMailto' | 'unsubscribeUrl' | 'subjectTemplate';
const OPTIONAL: readonly OptionalKey[] = ['replyTo', 'listId', 'listName', 'unsubscribeMailto', 'unsubscribeUrl', 'subjectTemplate'];

/**
 * Email settings from environment variables (for the CLI; a stage never reads
 * the environment itself). Undefined when DIGEST_FROM or DIGEST_TO is unset:
 * no email is configured. DIGEST_TO is an address list as in a To header
 * (RFC 5322): commas separate mailboxes, except inside a quoted display name
 * (`"Roe, Jane" <jane@example.org>, ana@example.org` is two). DKIM needs all three
 * DKIM_* variables; DKIM_PRIVATE_KEY may hold the PEM with literal "\n"
 * escapes, as single-line secret stores give it. Values are not validated
 * here: pass the result to checkEmailSettings.
 */
export function emailSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): EmailSettings | undefined {
  const value = (name: string) => {
    const text = env[name]?.trim();
    return text === undefined || text === '' ? undefined : text;
  };
  const from = value(EMAIL_ENV.from);
  const toText = value(EMAIL_ENV.to);
  const to = toText === undefined ? undefined : splitAddressList(toText);
  if (from === undefined || to === undefined || to.length === 0) return undefined;
  const optional: { -readonly [K in OptionalKey]?: string } = {};
  for (const key of OPTIONAL) {
    const text = value(EMAIL_ENV[key]);
    if (text !== undefined) optional[key] = text;
  }
  const dkim = dkimFromEnv(value(EMAIL_ENV.dkimDomain), value(EMAIL_ENV.dkimSelector), value(EMAIL_ENV.dkimPrivateKey));
  return { from, to, ...optional, ...(dkim ? { dkim } : {}) };
}

/**
 * One mailbox text per recipient, re-serialised from nodemailer's address
 * parser so that each entry parses again as exactly one mailbox. An entry with
 * no address is kept as its text, so checkEmailSettings reports it.
 */
function splitAddressList(text: string): string[] {
  return addressparser(text, { flatten: true })
    .map(({ name, address }) => {
      if (!address) return name.trim();
      return name ? `"${name.replace(/["\\]/g, '\\$&')}" <${address}>` : address;
    })
    .filter((entry) => entry !== '');
}

function dkimFromEnv(domainName?: string, keySelector?: string, privateKey?: string): DkimSettings | undefined {
  const given = [domainName, keySelector, privateKey].filter((part) => part !== undefined).length;
  if (given === 0) return undefined;
  if (domainName === undefined || keySelector === undefined || privateKey === undefined) {
    throw new Error(`Cannot use DKIM settings: got ${given} of DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY, expected all three or none`);
  }
  return { domainName, keySelector, privateKey: privateKey.replace(/\\n/g, '\n') };
}
