import { describe, expect, it } from 'vitest';
import { checkMarkdownLoad } from '../../../pipeline/ingest/markdown/check-markdown-load.js';
import { readMarkdown } from '../../../pipeline/ingest/markdown/read-markdown.js';

const PROSE = 'The *harbour authority* reopened the north pier on Monday after three weeks of __repairs__, officials said.';

describe('checkMarkdownLoad', () => {
  it('passes an ordinary article with emphasis, nested lists and quotes', () => {
    const body = [PROSE, '- one\n  - two\n    - three', '> quoted\n> > twice', PROSE].join('\n\n');
    expect(checkMarkdownLoad(body)).toBeUndefined();
  });

  it('flags a flood of emphasis delimiters', () => {
    expect(checkMarkdownLoad('*a_'.repeat(5_000))).toMatch(/emphasis marks/u);
  });

  it('flags lists nested hundreds of levels deep', () => {
    const body = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${String(i)}`).join('\n');
    expect(checkMarkdownLoad(body)).toMatch(/columns deep/u);
  });

  it('flags blockquotes nested thousands of levels deep', () => {
    expect(checkMarkdownLoad(`${'>'.repeat(5_000)} ${PROSE}`)).toMatch(/columns deep/u);
  });
});

describe('readMarkdown on pathological bodies', () => {
  it('reads an emphasis flood as plain text and keeps the prose after it', async () => {
    const result = await readMarkdown('stars.md', `---\ntitle: Stars\n---\n\n${'*a_'.repeat(30_000)}\n\n${PROSE}\n`);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.title).toBe('Stars');
      expect(result.article.text).toContain('The harbour authority reopened the north pier');
      expect(result.article.text).not.toMatch(/[*_]/u);
    }
  });

  it('reads a list nested 3,000 deep as plain text without the list marks', async () => {
    const body = Array.from({ length: 3_000 }, (_, i) => `${'  '.repeat(i)}- ${PROSE}`).join('\n');
    const result = await readMarkdown('deep-list.md', `---\ntitle: Deep list\n---\n\n${body}\n`);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.text.startsWith('The harbour authority')).toBe(true);
      expect(result.article.text).not.toContain('- ');
    }
  });
});
