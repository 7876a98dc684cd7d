import { describe, expect, it } from 'vitest';
import { recipientKey } from '../../pipeline/deliver/index.js';

describe('recipientKey', () => {
  it('is a short sha256 of the lower-cased, trimmed address', () => {
    expect(recipientKey('ana@example.com')).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(recipientKey(' ANA@Example.com ')).toBe(recipientKey('ana@example.com'));
    expect(recipientKey('ana@example.org')).not.toBe(recipientKey('ana@example.com'));
  });
});
