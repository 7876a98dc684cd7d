import { describe, expect, it } from 'vitest';
import { buildBriefings } from '../../../pipeline/actors/brief/build-briefings.js';
import type { ActorEvidence } from '../../../pipeline/actors/brief/collect-candidates.js';
import type { ActorDef } from '../../../pipeline/actors/model.js';

const evidence = (texts: string[], mentions: number): ActorEvidence => ({
  candidates: new Map(texts.map((text, i) => [text, { key: text, text, refs: [1], support: 1, position: i, centrality: 0 }])),
  agency: texts.length,
  mentions,
  refs: new Set([1]),
  surfaces: new Map([['x', 1]]),
  persons: new Map(),
});
const defs: Record<string, ActorDef> = {
  RUS: { id: 'RUS', name: 'Russia', kind: 'state' },
  IRN: { id: 'IRN', name: 'Iran', kind: 'state' },
  IRQ: { id: 'IRQ', name: 'Iraq', kind: 'state' },
  'org:reuters': { id: 'org:reuters', name: 'Reuters', kind: 'organisation', category: 'media' },
};

describe('buildBriefings', () => {
  const output = buildBriefings(
    new Map([
      ['IRN', evidence(['Iran said yes.'], 1)],
      ['RUS', evidence(['Russia said no.', 'Russia vetoed the plan.'], 3)],
      ['IRQ', evidence([], 2)],
      ['org:reuters', evidence([], 1)],
    ]),
    [
      { a: 'IRN', b: 'RUS', type: 'cooperation', count: 1, refs: [1] },
      { a: 'RUS', b: 'IRN', type: 'conflict', count: 2, refs: [1] },
      { a: 'RUS', b: 'XXX', type: 'conflict', count: 5, refs: [1] },
    ],
    (id) => defs[id],
    new Map(),
    5,
  );
  it('orders actors with points by salience, the top one at 1', () => {
    expect(output.actors.map((a) => [a.id, a.salience])).toEqual([['RUS', 1], ['IRN', 0.462]]);
  });
  it('lists actors with nothing attributable as mentioned, but not a news outlet that is only a source', () => {
    expect(output.mentioned.map((a) => a.id)).toEqual(['IRQ']);
  });
  it('orders interactions by count and drops those with an unknown actor', () => {
    expect(output.interactions.map((i) => `${i.a}-${i.b}:${i.count}`)).toEqual(['RUS-IRN:2', 'IRN-RUS:1']);
  });
});
