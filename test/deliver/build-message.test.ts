import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildMessage, composeEml } from '../../pipeline/deliver/index.js';
import { actorNamed, fixtureInput, headerValue } from './fixture-digest.js';

/** The raw header block of a composed message. */
async function headerBlock(input: Parameters<typeof buildMessage>[0]): Promise<string> {
  const raw = (await composeEml(buildMessage(input))).toString('utf8');
  return raw.slice(0, raw.indexOf('\r\n\r\n'));
}

/** A valid key of a type nodemailer cannot sign with (it would send the message unsigned). */
const ED25519_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** Titles an attacker could plant in an article, by what they try. */
const HOSTILE: readonly (readonly [string, string])[] = [
  ['a CRLF and a Bcc header', 'Russia\r\nBcc: victim@evil.example'],
  ['a bare LF and a custom header', 'Iran\nX-Injected: yes'],
  ['a bare CR and a Content-Type', 'Turkey\rContent-Type: text/plain'],
  ['a Unicode line separator and a Reply-To', 'Syria\u2028Reply-To: phish@evil.example'],
  ['NUL, an escape sequence and a bidi override', 'Qatar\u0000\u001b[31m\u202Eelbuod'],
];
const HOSTILE_TITLES = HOSTILE.map(([, title]) => title);

describe('buildMessage', () => {
  it('names the date and the top three actors in the subject', () => {
    expect(buildMessage(fixtureInput()).subject).toBe('Briefing 2026-11-23: Russia, Turkey, Iran');
  });

  it('uses a configured subject template', () => {
    const message = buildMessage(fixtureInput({ settings: { subjectTemplate: '[Digest] {date} | {headline}' } }));
    expect(message.subject).toBe('[Digest] 2026-11-23 | Russia and Turkey agree on a ceasefire monitoring mission in Idlib');
  });

  it('lets no article text add a header, whatever its line breaks and controls', async () => {
    const input = fixtureInput({
      actors: HOSTILE_TITLES.map(actorNamed),
      headline: 'Quiet day\r\nBcc: all@evil.example',
      settings: { listName: 'Digest\r\nBcc: list@evil.example' },
    });
    const block = await headerBlock(input);
    // Every line is a header of ours or a continuation of one.
    for (const line of block.split('\r\n')) expect(line).toMatch(/^([ \t]|(From|To|Subject|Message-ID|Date|X-Mailer|List-ID|List-Unsubscribe|List-Unsubscribe-Post|MIME-Version|Content-Type): )/);
    expect(block).not.toMatch(/^(Bcc|X-Injected|Reply-To):/im);
    const mail = await simpleParser(await composeEml(buildMessage(input)));
    expect(mail.subject).toBe('Briefing 2026-11-23: Russia Bcc: victim@evil.example, Iran X-Injected: yes, Turkey Content-Type: text/plain');
    expect(mail.bcc).toBeUndefined();
    expect(mail.replyTo).toBeUndefined();
  });

  it.each(HOSTILE)('keeps a title with %s on one clean subject line', (_name, title) => {
    const subject = String(buildMessage(fixtureInput({ actors: [actorNamed(title)] })).subject);
    expect(subject).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e]/);
    expect(subject.startsWith('Briefing 2026-11-23: ')).toBe(true);
  });

  it('adds no header for any generated title (property, 200 runs)', async () => {
    // Strings weighted towards the characters that break headers.
    const nasty = fc.string({ unit: 'binary', maxLength: 12 });
    const piece = fc.oneof(nasty, fc.constantFrom('\r\n', '\n', '\r', '\u2028', '\u0085', '\u0000', '\u202E', 'Bcc: x@evil.example', ': ', '=?utf-8?q?=0D=0A?='));
    const title = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(title, { minLength: 1, maxLength: 4 }), title, async (names, headline) => {
        const block = await headerBlock(fixtureInput({ actors: names.map(actorNamed), headline }));
        const keys = block.split('\r\n').filter((line) => !/^[ \t]/.test(line)).map((line) => line.slice(0, line.indexOf(':')));
        expect(keys).toEqual(['List-Unsubscribe-Post', 'From', 'To', 'Subject', 'Message-ID', 'Date', 'X-Mailer', 'List-ID', 'List-Unsubscribe', 'MIME-Version', 'Content-Type']);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps hostile text out of the subject when the template names the headline', async () => {
    const input = fixtureInput({ headline: 'Talks\u2029Bcc: x@evil.example\u202E', settings: { subjectTemplate: '{headline}' } });
    expect(buildMessage(input).subject).toBe('Talks Bcc: x@evil.example');
  });

  it('cuts an overlong subject at a word with an ellipsis', () => {
    const long = actorNamed('The Extraordinarily Long Name of an Interim Transitional Coordinating Council '.repeat(3).trim());
    const subject = String(buildMessage(fixtureInput({ actors: [long] })).subject);
    expect(Array.from(subject).length).toBeLessThanOrEqual(120);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject.startsWith('Briefing 2026-11-23: The Extraordinarily')).toBe(true);
  });

  it('falls back to the headline when no actor has points', () => {
    expect(buildMessage(fixtureInput({ actors: [] })).subject).toBe(
      'Briefing 2026-11-23: Russia and Turkey agree on a ceasefire monitoring mission in Idlib',
    );
  });

  it('sends only the mailto List-Unsubscribe, and no Post header, without an HTTPS URL', async () => {
    const input = fixtureInput();
    const settings = { from: input.settings.from, to: input.settings.to };
    const mail = await simpleParser(await composeEml(buildMessage({ ...input, settings })));
    expect(headerValue(mail, 'list-unsubscribe')).toBe('<mailto:digest@briefing.example.org?subject=unsubscribe>');
    expect(headerValue(mail, 'list-unsubscribe-post')).toBeUndefined();
    expect(headerValue(mail, 'list-id')).toBe('"Actor digest" <actor-digest.briefing.example.org>');
  });

  it('sets Reply-To and a custom List-Id from settings', async () => {
    const input = fixtureInput({ settings: { replyTo: 'Desk <desk@example.org>', listId: 'daily.briefing.example.org', listName: 'Daily "actor" briefing' } });
    const mail = await simpleParser(await composeEml(buildMessage(input)));
    expect(mail.replyTo?.value).toEqual([{ name: '', address: 'desk@example.org' }]);
    expect(headerValue(mail, 'list-id')).toBe('"Daily \\"actor\\" briefing" <daily.briefing.example.org>');
  });

  it('gives each recipient a Message-ID stable for the date, and the preview one of its own', () => {
    const input = fixtureInput();
    const ana = buildMessage(input, 'ana@example.com').messageId;
    expect(ana).toMatch(/^<digest-2026-11-23-[0-9a-f]{12}@briefing\.example\.org>$/);
    expect(buildMessage(input, 'Ana <ANA@example.com>').messageId).toBe(ana);
    expect(buildMessage(input, 'ben@example.net').messageId).not.toBe(ana);
    expect(buildMessage(input).messageId).not.toBe(ana);
    expect(buildMessage(fixtureInput({ date: '2026-11-24' }), 'ana@example.com').messageId).toMatch(/^<digest-2026-11-24-/);
    expect(buildMessage({ ...input, kind: 'nothing-new' }, 'ana@example.com').messageId).toMatch(/^<nothing-new-2026-11-23-/);
  });

  it('addresses a recipient alone, and the preview to nobody by name', async () => {
    const input = fixtureInput();
    const one = await simpleParser(await composeEml(buildMessage(input, 'ben@example.net')));
    expect((Array.isArray(one.to) ? one.to : [one.to]).flatMap((list) => list?.value.map((a) => a.address))).toEqual(['ben@example.net']);
    const preview = (await composeEml(buildMessage(input))).toString('utf8');
    expect(preview).toMatch(/^To: "?undisclosed-recipients"?:;\r$/m);
    for (const address of input.settings.to) expect(preview).not.toContain(address);
  });

  it.each([
    [{ unsubscribeUrl: 'http://briefing.example.org/u' }, 'Cannot use DIGEST_UNSUBSCRIBE_URL: got "http://briefing.example.org/u", expected an https:// URL'],
    [{ from: 'not an address' }, 'Cannot use DIGEST_FROM: got "not an address", expected one address'],
    [{ to: ['ana@example.com', 'two@example.com, three@example.com'] }, 'Cannot use DIGEST_TO: got "t***@example.com"'],
    [{ to: [] }, 'Cannot build a message: got no recipients'],
    [{ listId: 'no dots here' }, 'Cannot use DIGEST_LIST_ID: got "no dots here"'],
    [{ subjectTemplate: 'Briefing {day}' }, 'Cannot use subject template: got placeholder {day}'],
    [{ dkim: { domainName: 'example.org', keySelector: 's1', privateKey: 'not a key' } }, 'Cannot use DKIM_PRIVATE_KEY: got no PEM block'],
    [
      { dkim: { domainName: 'example.org', keySelector: 's1', privateKey: '-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n' } },
      'Cannot use DKIM_PRIVATE_KEY: the PEM block does not load as a private key',
    ],
    [{ dkim: { domainName: 'example.org', keySelector: 's1', privateKey: ED25519_KEY } }, 'Cannot use DKIM_PRIVATE_KEY: got a ed25519 key, expected an RSA private key'],
  ])('throws a sentence naming the bad setting %#', (settings, message) => {
    expect(() => buildMessage(fixtureInput({ settings }))).toThrow(message);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => buildMessage(fixtureInput({ date: '../../etc' }))).toThrow('Cannot build a message: got date "../../etc", expected YYYY-MM-DD');
  });
});
