import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../pipeline/render/shared/safe-url.js';

describe('safeUrl', () => {
  it('keeps http, https and mailto URLs, normalised', () => {
    expect(safeUrl('https://example.com/a b?q="x"')).toBe('https://example.com/a%20b?q=%22x%22');
    expect(safeUrl('http://example.com')).toBe('http://example.com/');
    expect(safeUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('drops javascript:, data:, vbscript:, file:, relative and broken URLs, however disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative/path',
      'not a url',
      'https://',
      undefined,
    ]) {
      expect(safeUrl(url)).toBeUndefined();
    }
  });
});
