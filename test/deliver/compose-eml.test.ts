import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildMessage, composeEml } from '../../pipeline/deliver/index.js';
import { fixtureInput } from './fixture-digest.js';
import { verifyDkim } from './verify-dkim.js';

describe('composeEml', () => {
  it('returns the whole message with CRLF line ends, headers, and both parts', async () => {
    const raw = (await composeEml(buildMessage(fixtureInput()))).toString('utf8');
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8\r$/m);
    expect(raw).toMatch(/^Content-Type: text\/html; charset=utf-8\r$/m);
  });

  it('signs the message when it carries DKIM options, as the server would receive it', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const dkim = { domainName: 'briefing.example.org', keySelector: 'sel', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    const raw = await composeEml(buildMessage(fixtureInput({ settings: { dkim } })));
    const check = verifyDkim(raw, publicKey);
    expect(check.signatureOk).toBe(true);
    expect(check.bodyHashOk).toBe(true);
  });
});
