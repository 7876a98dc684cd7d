import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../../pipeline/ingest/markdown/strip-markdown.js';

describe('stripMarkdown', () => {
  it('splits paragraphs at blank lines and drops heading, list, quote and emphasis marks', () => {
    const text = stripMarkdown('# Pier reopens\n\n> The *north* pier\n> reopened.\n\n- one **item**\n- two_items here');
    expect(text.paragraphs).toEqual(['Pier reopens', 'The north pier reopened.', 'one item two_items here']);
    expect(text.headings).toEqual([{ depth: 1, text: 'Pier reopens', index: 0 }]);
  });

  it('keeps link text in the paragraph and the target as a link, and drops images and tags', () => {
    const text = stripMarkdown('See the [port notice](https://port.example/notice) ![map](m.png) <b>today</b>.');
    expect(text.paragraphs).toEqual(['See the port notice today.']);
    expect(text.links).toEqual([{ text: 'port notice', url: 'https://port.example/notice' }]);
  });
});
