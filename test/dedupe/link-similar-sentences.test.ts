import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkSimilarSentences, type TokenSets } from '../../pipeline/dedupe/link-similar-sentences.js';
import { sortedSet } from '../../pipeline/dedupe/sorted-set.js';
import { seededRandom } from '../helpers/seeded-random.js';

function toSets(lists: readonly (readonly number[])[], guards?: readonly string[]): TokenSets {
  const sorted = lists.map((list) => sortedSet(Uint32Array.from(list)));
  const offsets = new Int32Array(sorted.length + 1);
  sorted.forEach((set, i) => (offsets[i + 1] = offsets[i]! + set.length));
  const tokens = new Uint32Array(offsets[sorted.length]!);
  sorted.forEach((set, i) => tokens.set(set, offsets[i]!));
  return { tokens, offsets, guards: guards ?? sorted.map(() => '') };
}

function jaccard(a: readonly number[], b: readonly number[]): number {
  const x = new Set(a);
  const y = new Set(b);
  const common = [...x].filter((value) => y.has(value)).length;
  return common / (x.size + y.size - common);
}

describe('linkSimilarSentences', () => {
  it('links only pairs at or above the threshold, with equal guards and enough tokens', () => {
    const list = fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(list, fc.constantFrom('', '12|')), { maxLength: 40 }), fc.constantFrom(0.5, 0.6, 0.8), (items, threshold) => {
        const sets = toSets(items.map(([tokens]) => tokens), items.map(([, guard]) => guard));
        const all = items.map((_, i) => i);
        linkSimilarSentences(sets, all, threshold, 4, (a, b) => {
          expect(a).toBeLessThan(b);
          expect(items[a]![1]).toBe(items[b]![1]);
          expect(new Set(items[a]![0]).size).toBeGreaterThanOrEqual(4);
          expect(jaccard(items[a]![0], items[b]![0])).toBeGreaterThanOrEqual(threshold);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds at least 95 % of reworded pairs at Jaccard >= 0.6 hidden among unrelated sentences', () => {
    const random = seededRandom(3);
    const sentence = (): number[] => Array.from({ length: 8 + Math.floor(random() * 10) }, () => 1 + Math.floor(random() * 5000));
    const lists: number[][] = [];
    const planted: [number, number][] = [];
    for (let i = 0; i < 500; i++) {
      const original = sentence();
      const reworded = original.map((token) => (random() < 0.12 ? 1 + Math.floor(random() * 5000) : token));
      if (jaccard(original, reworded) < 0.6) continue;
      planted.push([lists.length, lists.length + 1]);
      lists.push(original, reworded, sentence());
    }
    const found = new Set<string>();
    linkSimilarSentences(toSets(lists), lists.map((_, i) => i), 0.6, 4, (a, b) => found.add(`${a}-${b}`));
    const recall = planted.filter(([a, b]) => found.has(`${a}-${b}`)).length / planted.length;
    expect(planted.length).toBeGreaterThan(300);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves out sets that are not among the candidates', () => {
    const sets = toSets([
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5],
    ]);
    const links: string[] = [];
    linkSimilarSentences(sets, [0, 2], 0.6, 4, (a, b) => links.push(`${a}-${b}`));
    expect([...new Set(links)]).toEqual(['0-2']);
  });
});
