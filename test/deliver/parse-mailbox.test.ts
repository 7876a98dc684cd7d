import { describe, expect, it } from 'vitest';
import { parseMailbox } from '../../pipeline/deliver/index.js';

describe('parseMailbox', () => {
  it.each([
    ['digest@example.org', { name: '', address: 'digest@example.org' }],
    ['Actor Digest <digest@example.org>', { name: 'Actor Digest', address: 'digest@example.org' }],
    ['"Digest, Daily" <d@mail.example.org>', { name: 'Digest, Daily', address: 'd@mail.example.org' }],
  ])('reads %s', (text, expected) => {
    expect(parseMailbox(text, 'DIGEST_FROM')).toEqual(expected);
  });

  it.each(['', 'nobody', 'a@b.c, d@e.f', 'Group: a@b.c;', 'a@localhost'])('refuses %j, naming the setting', (text) => {
    expect(() => parseMailbox(text, 'DIGEST_FROM')).toThrow(`Cannot use DIGEST_FROM: got ${JSON.stringify(text)}, expected one address`);
  });

  it.each([
    ['nobody', 'n***'],
    ['ana@example.org, ben@example.org', 'a***@example.org'],
    ['Jane Roe <jane.roe@example>', 'j***@example'],
  ])('refuses a bad recipient %j, showing it masked', (text, shown) => {
    expect(() => parseMailbox(text, 'DIGEST_TO')).toThrow(`Cannot use DIGEST_TO: got ${JSON.stringify(shown)}, expected one address`);
  });
});
