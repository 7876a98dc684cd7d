import { describe, expect, it } from 'vitest';
import { MAX_HEADER_TEXT_CHARS, sanitizeHeaderText } from '../../pipeline/deliver/index.js';

describe('sanitizeHeaderText', () => {
  it.each([
    ['CRLF', 'Moscow\r\nBcc: x@evil.example', 'Moscow Bcc: x@evil.example'],
    ['a bare LF', 'Ankara\nX-Spam: no', 'Ankara X-Spam: no'],
    ['a bare CR', 'Tehran\rTo: y@evil.example', 'Tehran To: y@evil.example'],
    ['NUL and ESC', 'Riyadh\u0000\u001b[2J', 'Riyadh[2J'],
    ['line and paragraph separators', 'Doha\u2028Cc: a@b.c\u2029', 'Doha Cc: a@b.c'],
    ['C1 controls (NEL)', 'Cairo\u0085Subject: x', 'Cairo Subject: x'],
    ['bidi overrides', '\u202Egnihton\u202C evil\u2066 isolate\u2069', 'gnihton evil isolate'],
    ['tabs and runs of spaces', '  Kyiv \t\t and   Minsk  ', 'Kyiv and Minsk'],
  ])('flattens %s', (_name, input, expected) => {
    expect(sanitizeHeaderText(input)).toBe(expected);
  });

  it('keeps letters of every script and punctuation', () => {
    expect(sanitizeHeaderText('Россия, Türkiye — إيران (Iran) & 中国')).toBe('Россия, Türkiye — إيران (Iran) & 中国');
  });

  it('cuts long text at a word boundary with an ellipsis, counting characters not UTF-16 units', () => {
    const text = 'word '.repeat(40);
    const cut = sanitizeHeaderText(text);
    expect(Array.from(cut).length).toBeLessThanOrEqual(MAX_HEADER_TEXT_CHARS);
    expect(cut).toMatch(/^(word )+word…$/);
    const emoji = sanitizeHeaderText('🇺🇳'.repeat(100), 10);
    expect(Array.from(emoji)).toHaveLength(10);
  });
});
