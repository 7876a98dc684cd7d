import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.js';
import { makeArticle } from '../../pipeline/ingest/make-article.js';
import { requireText } from '../../pipeline/ingest/require-text.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('requireText', () => {
  it('rejects a Markdown file of only control bytes as empty', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'require-text-'));
    copyFileSync(path.join(ROOT, 'test/fixtures/reliability/regressions/control-bytes-only.md'), path.join(dir, 'controls.md'));
    writeFileSync(path.join(dir, 'invisible.md'), '\u200b\u202e\u0085\u009b\n\n\u2066\u0007');
    const output = await ingest(['controls.md', 'invisible.md'], { cwd: dir, userAgent: 'actor-digest/test' });
    expect(output.articles).toEqual([]);
    expect(output.rejected.map((r) => r.code)).toEqual(['empty', 'empty']);
  });

  it('rejects an article whose text is empty after normalisation', () => {
    const result = requireText({ ok: true, article: makeArticle({ path: 'a.md', kind: 'markdown', title: 'A title', text: '\u0004\u001d' }) });
    expect(result).toMatchObject({ ok: false, rejected: { path: 'a.md', code: 'empty' } });
  });

  it('keeps an article with text, whose missing title makeArticle derived from its first words', () => {
    const article = makeArticle({ path: 'b.md', kind: 'markdown', title: '\u0004 \u202e', text: 'Ferry services resume on the western route after the storm passed through overnight and crews checked the docks.' });
    expect(article.title).toBe('Ferry services resume on the western route after the storm passed through');
    expect(requireText({ ok: true, article })).toEqual({ ok: true, article });
  });
});

describe('C1 control characters', () => {
  it('never survive into article text: NEL becomes a line break, the others go', () => {
    const article = makeArticle({ path: 'c.md', kind: 'markdown', title: 'Ferries\u009b', text: 'Ferry\u009b services\u0085resume\u0080 today.' });
    expect(article.title).toBe('Ferries');
    expect(article.text).toBe('Ferry services resume today.');
    expect(article.text).not.toMatch(/[\u0080-\u009f]/u);
  });
});
