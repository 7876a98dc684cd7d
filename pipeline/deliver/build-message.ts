import { createHash, createPrivateKey } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import type { Digest, EmailSettings, RenderedDigest } from '../types.js';
import { digestMessageId } from './digest-message-id.js';
import { formatSubject } from './format-subject.js';
import { parseMailbox } from './parse-mailbox.js';
import { sanitizeHeaderText } from './sanitize-header-text.js';

/**
 * Headers the DKIM signature covers. Nodemailer's default list lacks
 * List-Unsubscribe-Post, and RFC 8058 section 4 requires both unsubscribe
 * headers to be signed or receivers ignore one-click unsubscribe.
 */
export const DKIM_SIGNED_HEADERS = [
  'From', 'Sender', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'To', 'Cc',
  'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding',
  'List-Id', 'List-Unsubscribe', 'List-Unsubscribe-Post',
] as const;

/** The List-Id display name when settings give none. */
const DEFAULT_LIST_NAME = 'Actor digest';

const PATTERNS = {
  /** `YYYY-MM-DD`. */
  date: /^\d{4}-\d{2}-\d{2}$/u,
  /** RFC 2919 list-id: a dot-atom with at least one dot. */
  listId: /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)+$/u,
  /** A leading `mailto:` on the unsubscribe address. */
  mailtoScheme: /^mailto:/iu,
} as const;

/** What one digest email is made from. */
export interface EmailInput {
  /** The digest: its date names the message, its actors the subject, its generator the X-Mailer. */
  readonly digest: Pick<Digest, 'date' | 'actors' | 'generator'>;
  /** The rendered email parts. */
  readonly rendered: Pick<RenderedDigest, 'html' | 'text' | 'headline'>;
  /** Sender, recipients, list headers, DKIM: resolved by the CLI. */
  readonly settings: EmailSettings;
  /** A digest (the default), or the short note sent on a day with nothing new (`email.sendEmpty`). */
  readonly kind?: MessageKind;
}

/** What a message carries: the digest, or the note that there is nothing new. */
export type MessageKind = 'digest' | 'nothing-new';

/** The To header of a message that names no recipient (RFC 5322 section 3.4: an empty group). */
export const UNDISCLOSED_RECIPIENTS = 'undisclosed-recipients:;';

/**
 * Build the nodemailer message of one digest for one recipient (one of
 * `settings.to`), or, with no recipient, the `.eml` preview, whose To is
 * `undisclosed-recipients:;` so that no real address is ever written to a
 * file. Every entry of `settings.to` is checked either way. Each recipient
 * gets a message of their own (no one sees another's address) with a
 * Message-ID stable for the date and that recipient, so a `--force` resend
 * threads with the first copy. Pure and deterministic: the Date header is
 * the digest date (00:00 UTC), the Message-ID and the MIME boundaries derive
 * from the content, so the same input gives the same bytes. Text from
 * articles only reaches headers through `formatSubject`, which strips line
 * breaks. Throws for bad settings ("Cannot use DIGEST_FROM: ...").
 */
export function buildMessage(input: EmailInput, recipient?: string): SendMailOptions {
  const { digest, rendered, settings } = input;
  if (!PATTERNS.date.test(digest.date)) {
    throw new Error(`Cannot build a message: got date ${JSON.stringify(digest.date)}, expected YYYY-MM-DD`);
  }
  if (settings.to.length === 0) throw new Error('Cannot build a message: got no recipients, expected DIGEST_TO to list at least one');
  const from = parseMailbox(settings.from, 'DIGEST_FROM');
  for (const text of settings.to) parseMailbox(text, 'DIGEST_TO');
  const to = recipient === undefined ? undefined : parseMailbox(recipient, 'DIGEST_TO');
  const fromDomain = from.address.slice(from.address.lastIndexOf('@') + 1);
  const messageId = digestMessageId(digest.date, to === undefined ? [] : [to.address], fromDomain, input.kind ?? 'digest');
  const subject = formatSubject(
    { date: digest.date, actorNames: digest.actors.map((actor) => actor.name), headline: rendered.headline },
    settings.subjectTemplate,
  );
  const unsubscribeUrl = settings.unsubscribeUrl === undefined ? undefined : httpsUrl(settings.unsubscribeUrl);

  return {
    from: { name: sanitizeHeaderText(from.name), address: from.address },
    to: to === undefined ? UNDISCLOSED_RECIPIENTS : { name: sanitizeHeaderText(to.name), address: to.address },
    ...(settings.replyTo === undefined ? {} : { replyTo: parseMailbox(settings.replyTo, 'DIGEST_REPLY_TO').address }),
    subject,
    messageId,
    date: new Date(`${digest.date}T00:00:00.000Z`),
    text: rendered.text,
    html: rendered.html,
    // Nodemailer draws boundaries from crypto.randomBytes unless given a base;
    // one derived from the content keeps the .eml byte-identical across runs
    // and cannot occur in the (hashed) content itself.
    baseBoundary: createHash('sha256').update(`${messageId}\0${rendered.text}\0${rendered.html}`).digest('hex').slice(0, 24),
    xMailer: sanitizeHeaderText(digest.generator),
    list: {
      id: { url: listId(settings, fromDomain), comment: sanitizeHeaderText(settings.listName ?? DEFAULT_LIST_NAME) },
      // One header holding both URIs: RFC 8058 pairs the Post header with a single List-Unsubscribe.
      unsubscribe: [[mailtoUrl(settings.unsubscribeMailto ?? `${from.address}?subject=unsubscribe`), ...(unsubscribeUrl ? [unsubscribeUrl] : [])]],
    },
    // Nodemailer's `list` option never writes List-Unsubscribe-Post.
    ...(unsubscribeUrl ? { headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } } : {}),
    ...(settings.dkim ? { dkim: dkimOptions(settings.dkim) } : {}),
    // The digest never attaches files or URLs: refuse them outright.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

function listId(settings: EmailSettings, fromDomain: string): string {
  const id = settings.listId ?? `actor-digest.${new URL(`http://${fromDomain}`).hostname}`;
  if (!PATTERNS.listId.test(id)) {
    throw new Error(`Cannot use DIGEST_LIST_ID: got ${JSON.stringify(id)}, expected a dotted identifier like "briefing.example.org"`);
  }
  return id;
}

/** `mailto:` URL for List-Unsubscribe; the address part must be one valid address. */
function mailtoUrl(value: string): string {
  const bare = value.replace(PATTERNS.mailtoScheme, '');
  const queryAt = bare.indexOf('?');
  const address = queryAt === -1 ? bare : bare.slice(0, queryAt);
  parseMailbox(address, 'DIGEST_UNSUBSCRIBE_MAILTO');
  // Through URL so spaces, brackets and line breaks in the query are percent-encoded or dropped.
  return new URL(`mailto:${bare}`).href;
}

/** The one-click URL, normalised by WHATWG URL (which drops CR/LF/tab and encodes `<>"`). */
function httpsUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') {
    throw new Error(`Cannot use DIGEST_UNSUBSCRIBE_URL: got ${JSON.stringify(value)}, expected an https:// URL (RFC 8058 one-click)`);
  }
  return url.href;
}

function dkimOptions(dkim: NonNullable<EmailSettings['dkim']>): NonNullable<SendMailOptions['dkim']> {
  if (!dkim.privateKey.includes('PRIVATE KEY-----')) {
    throw new Error('Cannot use DKIM_PRIVATE_KEY: got no PEM block, expected "-----BEGIN PRIVATE KEY-----..."');
  }
  // Nodemailer signs with RSA-SHA256 and, when the key does not load, sends the
  // message unsigned without a word: so the key must load here, as RSA.
  let keyType: string | undefined;
  try {
    keyType = createPrivateKey(dkim.privateKey).asymmetricKeyType;
  } catch (error) {
    throw new Error(`Cannot use DKIM_PRIVATE_KEY: the PEM block does not load as a private key (${(error as Error).message}), expected an RSA private key`);
  }
  if (keyType !== 'rsa') {
    throw new Error(`Cannot use DKIM_PRIVATE_KEY: got a ${keyType ?? 'unknown'} key, expected an RSA private key (nodemailer signs rsa-sha256)`);
  }
  return {
    domainName: dkim.domainName,
    keySelector: dkim.keySelector,
    privateKey: dkim.privateKey,
    headerFieldNames: DKIM_SIGNED_HEADERS.join(':'),
  };
}
