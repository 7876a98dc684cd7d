import { describe, expect, it } from 'vitest';
import { interactionsTable } from '../../../pipeline/render/markdown/interactions-table.js';
import { stringifyMarkdown } from '../../../pipeline/render/markdown/stringify-markdown.js';
import type { Interaction } from '../../../pipeline/types.js';

const names = new Map([
  ['a', 'Alpha'],
  ['b', 'Beta | Gamma'],
]);

function interaction(count: number, refs: number): Interaction {
  return { a: 'a', b: 'b', type: 'conflict', count, refs: Array.from({ length: refs }, (_, i) => i + 1) };
}

describe('interactionsTable', () => {
  it('renders nothing when there are no interactions', () => {
    expect(interactionsTable([], names)).toEqual([]);
  });

  it('keeps a pipe in an actor name as text inside its cell', () => {
    const markdown = stringifyMarkdown({ type: 'root', children: interactionsTable([interaction(2, 2)], names) });
    expect(markdown).toContain('Alpha – Beta \\| Gamma');
    expect(markdown.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(3);
  });

  it('shows every row and citation the plan chose, and nothing it left out', () => {
    const many = Array.from({ length: 10 }, (_, i) => interaction(10 - i, 6));
    const markdown = stringifyMarkdown({ type: 'root', children: interactionsTable(many, names) });
    expect(markdown.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(12);
    const firstRow = markdown.split('\n').filter((line) => line.startsWith('|'))[2] ?? '';
    expect(firstRow.match(/\(#ref-\d+\)/g)).toHaveLength(6);
  });
});
