import { describe, expect, it } from 'vitest';
import { scanSentences } from '../../../pipeline/actors/scan/scan-sentences.js';
import { lexicon, registry } from '../helpers.js';

const placed = (title: string, sentences: string[]) =>
  scanSentences({ title, sentences, text: sentences.join(' ') }, registry, lexicon).flatMap((s) => s.persons.map((p) => `${p.name}:${p.affiliation ?? '-'}`));

describe('placeFromContext', () => {
  it('places "Its president, X" under the subject of the sentence before', () => {
    expect(placed('Bid', ['UEFA backed the bid.', 'Its president, Aleksander Ceferin, said clubs would cooperate.'])).toEqual(['Aleksander Ceferin:uefa']);
  });
  it('places an office holder who opens a sentence under the actor that opened the one before', () => {
    expect(placed('Quotas', ['Kazakhstan has repeatedly exceeded its quota.', 'Energy minister Almasadam Satkaliyev said Astana would comply.'])).toEqual(['Almasadam Satkaliyev:KAZ']);
  });
  it('falls back on the one state of the headline and lead', () => {
    expect(placed('Polish run-off goes to the wire', ['Voters in Poland go to the polls on Sunday.', 'Prime Minister Donald Tusk has campaigned hard.'])).toEqual(['Donald Tusk:POL']);
  });
  it('leaves a person unplaced when the context names no single actor', () => {
    expect(placed('Talks', ['Iran and Russia talked.', 'Deputy Foreign Minister Hossein Jaberi Ansari visited Geneva.'])).toEqual(['Hossein Jaberi Ansari:-']);
  });
  it('does not place a person named in passing', () => {
    expect(placed('Talks', ['Russia backed the plan.', 'He met Saudi Crown Prince Mohammed bin Salman, King Salman’s son.'])).toContain('Salman:-');
  });
});
