import { describe, expect, it } from 'vitest';
import { stringifyMarkdown } from '../../../pipeline/render/markdown/stringify-markdown.js';
import { tightList } from '../../../pipeline/render/markdown/tight-list.js';

describe('tightList', () => {
  it('makes one tight bullet per item, escaping text that looks like Markdown', () => {
    const list = tightList([[{ type: 'text', value: 'first' }], [{ type: 'text', value: '*not emphasis*' }]]);
    expect(list.children).toHaveLength(2);
    expect(stringifyMarkdown({ type: 'root', children: [list] })).toBe('- first\n- \\*not emphasis\\*\n');
  });
});
