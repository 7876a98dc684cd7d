import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseActors } from '../../pipeline/actors/index.js';
import type { Story } from '../../pipeline/types.js';

const story = (sentences: string[], ref = 1): Story => ({
  ref,
  fingerprint: `f${ref}`,
  article: { id: `a${ref}`, path: `a${ref}.txt`, kind: 'text', title: sentences[0] ?? 'Untitled', text: sentences.join(' ') },
  duplicates: [],
  status: 'new',
  sentences,
  group: `g${ref}`,
});

// Words that exercise the readers: aliases, titles, particles, quotes, hyphens, pronouns.
const WORDS = ['Russia', 'the', 'Kremlin', 'said', 'He', 'Foreign', 'Minister', 'Sergei', 'Lavrov', 'al', '-', 'Jubeir', '“', '”', ',', "'s", 'Iran', 'accused', 'and', 'US', 'U.S.', 'Georgia', 'Jordan', 'of', 'its', 'president', 'Its', 'according', 'to', ';', 'while', 'Ms', 'bin', 'Salman', 'Élysée', 'Erdoğan', '(', ')', 'is', 'was', 'been', 'Jr.', 'F.'];

describe('summariseActors on arbitrary text', () => {
  it('never throws and cites every point', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' ')), { maxLength: 8 }), (sentences) => {
        const output = summariseActors([story(sentences)], [], {});
        for (const a of output.actors) for (const p of a.points) expect(p.refs).toEqual([1]);
      }),
      { numRuns: 300, seed: 7 },
    );
    // The first call loads the knowledge base (about 2.5 s on the shared 2-core machine); speed is the bench's to measure.
  }, 30_000);

  it('survives empty, whitespace-only, non-Latin and very long sentences', () => {
    const long = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 'Russia' : 'word')).join(' ');
    const output = summariseActors([story(['', '   ', 'Россия заявила о переговорах.', '中国外交部发言人表示。', long, 'Iran said yes.'])], [], {});
    expect(output.actors.map((a) => a.id)).toContain('IRN');
  });

  it('survives random unicode', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 6 }), (sentences) => {
        expect(() => summariseActors([story(sentences)], [], {})).not.toThrow();
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
