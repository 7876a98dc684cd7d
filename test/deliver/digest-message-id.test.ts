import { describe, expect, it } from 'vitest';
import { digestMessageId } from '../../pipeline/deliver/index.js';

describe('digestMessageId', () => {
  it('is stable for a date and a recipient list, whatever the order, case or repeats', () => {
    const id = digestMessageId('2026-11-23', ['a@example.com', 'b@example.net'], 'example.org');
    expect(id).toMatch(/^<digest-2026-11-23-[0-9a-f]{12}@example\.org>$/);
    expect(digestMessageId('2026-11-23', ['B@Example.net', 'a@example.com', 'a@example.com'], 'example.org')).toBe(id);
  });

  it('differs for another list or another date', () => {
    const id = digestMessageId('2026-11-23', ['a@example.com'], 'example.org');
    expect(digestMessageId('2026-11-23', ['a@example.com', 'c@example.com'], 'example.org')).not.toBe(id);
    expect(digestMessageId('2026-11-24', ['a@example.com'], 'example.org')).not.toBe(id);
  });

  it('writes an internationalised domain in ASCII', () => {
    expect(digestMessageId('2026-11-23', ['a@example.com'], 'bücher.example')).toMatch(/@xn--bcher-kva\.example>$/);
  });

  it('throws for a domain that is not a host name', () => {
    expect(() => digestMessageId('2026-11-23', ['a@example.com'], 'exa mple>')).toThrow('Cannot build a Message-ID: got domain "exa mple>"');
  });
});
