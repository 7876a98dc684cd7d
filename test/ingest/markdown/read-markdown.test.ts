import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../pipeline/ingest/markdown/read-markdown.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ingest/markdown/${name}`, import.meta.url), 'utf8');

describe('readMarkdown', () => {
  it('takes metadata from the front matter and keeps paragraphs, headings and list items as paragraphs', async () => {
    const result = await readMarkdown('notes/field-notes.md', fixture('field-notes.md'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article).toMatchObject({
      kind: 'markdown', title: 'Ferry Service to the Outer Islands Resumes After Storm Repairs', source: 'Island Gazette',
      url: 'https://island-gazette.example/ferry-resumes', published: '2024-02-03', byline: 'Ruth MacLeod', lang: 'en',
    });
    expect(article.text.split('\n\n')).toEqual([
      'The ferry to the outer islands sailed again on Friday after three weeks of repairs to the pier at the mainland terminal, which was damaged by a storm in January.',
      'What changed',
      'Sailings run twice a day until the spring timetable starts.',
      'Freight bookings must be made a day ahead, the operator said.',
      'Islanders had relied on a small passenger boat and a weekly supply flight during the closure.',
    ]);
  });

  it('keeps link targets, including reference-style links', async () => {
    const result = await readMarkdown('n.md', fixture('field-notes.md'));
    expect(result.ok && result.article.links).toEqual([
      { text: 'operator said', url: 'https://ferry-operator.example/notice' },
      { text: 'supply flight', url: 'https://island-air.example/supply' },
    ]);
  });

  it('uses the first heading as the title when there is no front matter', async () => {
    const result = await readMarkdown('o.md', fixture('no-front-matter.md'));
    expect(result.ok && result.article.title).toBe('Community Orchard Planted on Former Car Park');
    expect(result.ok && result.article.text.startsWith('Volunteers planted forty fruit trees')).toBe(true);
  });

  it('rejects front matter that is not valid YAML', async () => {
    const result = await readMarkdown('bad.md', fixture('bad-yaml.md'));
    expect(result).toMatchObject({ ok: false, rejected: { path: 'bad.md', code: 'unparsable', reason: expect.stringContaining('YAML') } });
  });

  it('refuses a YAML alias bomb', async () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`), 'title: boom', '---', 'Body.'].join('\n');
    const result = await readMarkdown('bomb.md', bomb);
    expect(result).toMatchObject({ ok: false, rejected: { code: 'unparsable' } });
  });

  it('rejects Markdown with no body text', async () => {
    const result = await readMarkdown('e.md', '---\ntitle: Only a title\n---\n\n```\ncode only\n```\n');
    expect(result).toMatchObject({ ok: false, rejected: { code: 'empty' } });
  });
});
