import { describe, expect, it } from 'vitest';
import { cleanInline } from '../../../pipeline/render/shared/clean-inline.js';

describe('cleanInline', () => {
  it('folds CR, LF, tabs and Unicode line separators into single spaces', () => {
    expect(cleanInline(' a\r\nBcc: x@y.z\t\u2028b  ')).toBe('a Bcc: x@y.z b');
  });

  it('removes bidi overrides and isolates, and other control characters', () => {
    expect(cleanInline('abc\u202Etxt.exe\u202C \u2066x\u2069\u0007\u001B[31m')).toBe('abctxt.exe x[31m');
  });

  it('leaves ordinary text, accents and scripts alone', () => {
    expect(cleanInline('Zarif — Téhéran, 北京, القاهرة')).toBe('Zarif — Téhéran, 北京, القاهرة');
  });
});
