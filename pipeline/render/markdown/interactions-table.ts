import type { PhrasingContent, RootContent, TableCell, TableRow } from 'mdast';
import type { Interaction } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { citations } from './citations.js';

/**
 * Most rows shown: interactions come ordered by count, and a briefing read in
 * two minutes needs the strongest few; the JSON keeps them all. Also bounds the
 * table's size, which GFM pads to its widest cell (a 100k-article digest once
 * overflowed V8's longest string here).
 */
const MAX_ROWS = 20;
/** Most citations in one cell, then "+N more": the same reasons. */
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
  const rows = interactions.slice(0, MAX_ROWS).map((interaction): TableRow => {
    const a = cleanInline(names.get(interaction.a) ?? interaction.a);
    const b = cleanInline(names.get(interaction.b) ?? interaction.b);
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
    ...(interactions.length > MAX_ROWS
      ? [{ type: 'paragraph', children: [{ type: 'text', value: `${interactions.length - MAX_ROWS} more interactions are listed in the JSON digest.` }] } as RootContent]
      : []),
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
