import type { PhrasingContent, RootContent, TableCell, TableRow } from 'mdast';
import type { Interaction } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { citations } from './citations.js';

/**
 * Most citations in one cell, then "+N more": a briefing read in two minutes
 * needs a few of them, and GFM pads every row to the widest cell. How many
 * rows there are is the plan's choice (plan-briefing.ts).
 */
const MAX_REFS_PER_CELL = 8;

/**
 * Who acted on whom, as a GFM table. Cell text is cleaned to one line (a
 * newline would end the row) and pipes stay text: the GFM serialiser escapes them.
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
        cell(citedRefs(interaction.refs)),
      ],
    };
  });
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Interactions' }] },
    { type: 'table', align: ['left', 'left', 'right', 'left'], children: [header, ...rows] },
  ];
}

function citedRefs(refs: readonly number[]): PhrasingContent[] {
  const shown = citations(refs.slice(0, MAX_REFS_PER_CELL));
  const rest = refs.length - MAX_REFS_PER_CELL;
  return rest > 0 ? [...shown, { type: 'text', value: ` +${rest} more` }] : shown;
}

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}
