import { describe, expect, it } from 'vitest';
import { publisherFromDomain } from '../../../pipeline/ingest/text/publisher-from-domain.js';

describe('publisherFromDomain', () => {
  it('splits a compound label into words from the word list', async () => {
    expect(await publisherFromDomain('Financialtribune.com', new Set())).toBe('Financial Tribune');
    expect(await publisherFromDomain('www.globalwiredaily.com', new Set())).toBe('Global Wire Daily');
  });

  it('reads the registered label under a country second level', async () => {
    expect(await publisherFromDomain('riftvalleyledger.co.ke', new Set())).toBe('Rift Valley Ledger');
  });

  it('uses words of the page for names no dictionary has', async () => {
    expect(await publisherFromDomain('hindustantimes.com', new Set())).toBe('hindustantimes.com');
    expect(await publisherFromDomain('hindustantimes.com', new Set(['hindustan']))).toBe('Hindustan Times');
  });

  it('falls back to the domain when the label is not made of words', async () => {
    expect(await publisherFromDomain('xqzvbn.com', new Set())).toBe('xqzvbn.com');
  });
});
