import { describe, expect, it } from 'vitest';
import { emailSettingsFromEnv } from '../../pipeline/deliver/index.js';

describe('emailSettingsFromEnv', () => {
  it('is undefined without DIGEST_FROM or DIGEST_TO', () => {
    expect(emailSettingsFromEnv({})).toBeUndefined();
    expect(emailSettingsFromEnv({ DIGEST_FROM: 'd@example.org', DIGEST_TO: ' , ' })).toBeUndefined();
  });

  it('reads the comma-separated recipients and every optional variable, ignoring blank ones', () => {
    expect(
      emailSettingsFromEnv({
        DIGEST_FROM: 'Digest <d@example.org>',
        DIGEST_TO: 'a@example.com, b@example.net ,',
        DIGEST_REPLY_TO: 'desk@example.org',
        DIGEST_LIST_ID: 'daily.example.org',
        DIGEST_LIST_NAME: 'Daily',
        DIGEST_UNSUBSCRIBE_MAILTO: 'leave@example.org',
        DIGEST_UNSUBSCRIBE_URL: 'https://example.org/u',
        DIGEST_SUBJECT: '{date}: {actors}',
        DKIM_DOMAIN: '',
      }),
    ).toEqual({
      from: 'Digest <d@example.org>',
      to: ['a@example.com', 'b@example.net'],
      replyTo: 'desk@example.org',
      listId: 'daily.example.org',
      listName: 'Daily',
      unsubscribeMailto: 'leave@example.org',
      unsubscribeUrl: 'https://example.org/u',
      subjectTemplate: '{date}: {actors}',
    });
  });

  it('reads DKIM with a key whose line breaks are escaped', () => {
    const settings = emailSettingsFromEnv({
      DIGEST_FROM: 'd@example.org',
      DIGEST_TO: 'a@example.com',
      DKIM_DOMAIN: 'example.org',
      DKIM_SELECTOR: 's1',
      DKIM_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----',
    });
    expect(settings?.dkim).toEqual({ domainName: 'example.org', keySelector: 's1', privateKey: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' });
  });

  it('throws when only some DKIM variables are set', () => {
    expect(() => emailSettingsFromEnv({ DIGEST_FROM: 'd@example.org', DIGEST_TO: 'a@example.com', DKIM_DOMAIN: 'example.org' })).toThrow(
      'Cannot use DKIM settings: got 1 of DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY, expected all three or none',
    );
  });
});
