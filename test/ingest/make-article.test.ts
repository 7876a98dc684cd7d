import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../pipeline/ingest/make-article.js';

describe('makeArticle', () => {
  it('derives a stable id from the clean title and text', () => {
    const a = makeArticle({ path: 'a.txt', kind: 'text', title: 'Title', text: 'Body one.\n\nBody two.' });
    const b = makeArticle({ path: 'b.txt', kind: 'text', title: ' Title ', text: 'Body one.\n\n\n\nBody two.  ' });
    expect(a.id).toMatch(/^[0-9a-f]{16}$/u);
    expect(b.id).toBe(a.id);
  });

  it('normalises to NFC, strips bidi overrides and leaves out empty optional fields', () => {
    const article = makeArticle({ path: 'x', kind: 'text', title: 'Cafe\u0301 \u202enoitcele\u202c', text: 'Text.', source: ' ', byline: undefined });
    expect(article.title).toBe('Café noitcele');
    expect(Object.keys(article)).toEqual(['id', 'path', 'kind', 'title', 'text']);
  });
});
