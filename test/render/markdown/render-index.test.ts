import type { Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderIndex } from '../../../pipeline/render/markdown/render-index.js';
import { loadFixture } from '../../fixtures/render/load-fixture.js';
import { parseMarkdown } from '../parse-markdown.js';

describe('renderIndex', () => {
  const stats = loadFixture('seed').stats;
  const entries = [
    { date: '2020-02-27', headline: 'Oldest', stats },
    { date: '2020-02-29', headline: 'Newest | with pipe and <b>tag</b>', stats },
    { date: '2020-02-28', headline: 'Middle\r\nBcc: x@example.com', stats },
  ];

  it('lists every digest newest first, its date linked to <date>.md', () => {
    const tree = parseMarkdown(renderIndex(entries));
    const list = tree.children.find((n) => n.type === 'list');
    const items = list?.type === 'list' ? list.children : [];
    expect(items.map((item) => (item.children[0]?.type === 'paragraph' ? (item.children[0].children[0] as Link).url : ''))).toEqual([
      '2020-02-29.md',
      '2020-02-28.md',
      '2020-02-27.md',
    ]);
  });

  it('shows each headline as text on one line, with its counts', () => {
    const markdown = renderIndex(entries);
    const text = toString(parseMarkdown(markdown));
    expect(text).toContain('Newest | with pipe and <b>tag</b>');
    expect(text).toContain('Middle Bcc: x@example.com');
    expect(text).toContain('5 articles · 3 stories · 2 duplicates · 2 rejected · 7 actors');
    expect(markdown.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
  });

  it('says so when there are no digests yet', () => {
    expect(renderIndex([])).toContain('No digests yet.');
  });
});
