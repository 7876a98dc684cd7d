import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../pipeline/safety/redact-url.js';

describe('redactUrl', () => {
  it('masks user and password, keeping scheme, host, port and path', () => {
    expect(redactUrl('http://user:pass@feeds.example.org:8080/news.xml')).toBe('http://REDACTED@feeds.example.org:8080/news.xml');
    expect(redactUrl('https://user:p@ss@example.org/x')).toBe('https://REDACTED@example.org/x');
    expect(redactUrl('smtps://mailer:hunter2@mail.example.net:465')).toBe('smtps://REDACTED@mail.example.net:465');
  });

  it.each([
    ['api_key'], ['API_KEY'], ['apiKey'], ['apikey'], ['x-api-key'], ['key'], ['token'], ['access_token'], ['accessToken'], ['refresh_token'],
    ['secret'], ['client_secret'], ['password'], ['passwd'], ['pwd'], ['sig'], ['signature'], ['X-Amz-Signature'], ['X-Amz-Credential'],
    ['X-Amz-Security-Token'], ['X-Goog-Signature'], ['auth'], ['authorization'], ['session'], ['sessionid'], ['jwt'], ['api%5Fkey'],
  ])('masks the value of the secret-looking parameter %s', (name) => {
    expect(redactUrl(`https://example.org/feed?page=2&${name}=s3cr3t&lang=en`)).toBe(`https://example.org/feed?page=2&${name}=REDACTED&lang=en`);
  });

  it.each([['author'], ['keyword'], ['monkey'], ['page'], ['q'], ['utm_source'], ['state']])('keeps the ordinary parameter %s', (name) => {
    const url = `https://example.org/search?${name}=value`;
    expect(redactUrl(url)).toBe(url);
  });

  it('masks secrets in the fragment too (OAuth puts tokens there)', () => {
    expect(redactUrl('https://example.org/cb#access_token=abc&state=xyz')).toBe('https://example.org/cb#access_token=REDACTED&state=xyz');
  });

  it('finds every URL inside a sentence and keeps the punctuation around it', () => {
    const reason = 'Redirect loop: http://a.example/?token=1 -> http://u:p@b.example/x?sig=2. Gave up (http://c.example/?key=3).';
    expect(redactUrl(reason)).toBe('Redirect loop: http://a.example/?token=REDACTED -> http://REDACTED@b.example/x?sig=REDACTED. Gave up (http://c.example/?key=REDACTED).');
  });

  it('leaves text without URLs, and URLs without secrets, exactly as they were', () => {
    for (const text of ['inbox/notes.md', 'feed.xml#3', 'https://example.org/a/b?page=2#top', 'No file or folder x was found.']) expect(redactUrl(text)).toBe(text);
  });
});
