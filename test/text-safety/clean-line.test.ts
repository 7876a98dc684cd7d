import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../pipeline/text-safety/clean-line.js';

describe('cleanLine', () => {
  it('folds CR, LF, tabs, NEL and Unicode line separators into single spaces', () => {
    expect(cleanLine(' a\r\nBcc: x@y.z\t\u2028b\u0085c\u000Bd  ')).toBe('a Bcc: x@y.z b c d');
  });

  it('removes bidi overrides, isolates and marks, and other control characters', () => {
    expect(cleanLine('abc\u202Etxt.exe\u202C \u2066x\u2069\u200F\u061C\u0007\u001B[31m')).toBe('abctxt.exe x[31m');
  });

  it('removes characters that show nothing but keeps the joiners scripts and emoji need', () => {
    expect(cleanLine('in\u200Bvisible\uFEFF wo\u2060rd')).toBe('invisible word');
    expect(cleanLine('می\u200Cخواهم 👩\u200D💻')).toBe('می\u200Cخواهم 👩\u200D💻');
  });

  it('leaves ordinary text, accents and scripts alone', () => {
    expect(cleanLine('Zarif — Téhéran, 北京, القاهرة')).toBe('Zarif — Téhéran, 北京, القاهرة');
  });
});
