import type { PhrasingContent, RootContent, TableCell, TableRow } from 'mdast';
import type { Interaction } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { citations } from './citations.js';

/**
 * Who acted on whom, as a GFM table: the rows and citations the plan chose.
 * Cell text is cleaned to one line (a newline would end the row) and pipes
 * stay text: the GFM serialiser escapes them.
 */
export function interactionsTable(
  interactions: readonly Interaction[],
  names: ReadonlyMap<string, string>,
): RootContent[] {
  if (interactions.length === 0) return [];
  const header: TableRow = {
    type: 'tableRow',
    children: ['Actors', 'Type', 'Count', 'Sources'].map((label) => cell([{ type: 'text', value: label }])),
  };
  const rows = interactions.map((interaction): TableRow => {
    const a = cleanLine(names.get(interaction.a) ?? interaction.a);
    const b = cleanLine(names.get(interaction.b) ?? interaction.b);
    return {
      type: 'tableRow',
      children: [
        cell([{ type: 'text', value: `${a} – ${b}` }]),
        cell([{ type: 'text', value: interaction.type }]),
        cell([{ type: 'text', value: String(interaction.count) }]),
        cell(citations(interaction.refs)),
      ],
    };
  });
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Interactions' }] },
    { type: 'table', align: ['left', 'left', 'right', 'left'], children: [header, ...rows] },
  ];
}

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}
