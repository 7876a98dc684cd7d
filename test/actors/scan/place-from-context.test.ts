import { describe, expect, it } from 'vitest';
import { scanSentences } from '../../../pipeline/actors/scan/scan-sentences.js';
import { lexicon, registry } from '../helpers.js';

const placed = (title: string, sentences: string[]) =>
  scanSentences({ title, sentences, text: sentences.join(' ') }, registry, lexicon).flatMap((s) => s.persons.map((p) => `${p.name}:${p.affiliation ?? (p.office !== undefined ? `office ${p.office}` : '-')}`));

describe('placeFromContext', () => {
  it('places "Its president, X" under the subject of the sentence before', () => {
    expect(placed('Bid', ['UEFA backed the bid.', 'Its president, Aleksander Ceferin, said clubs would cooperate.'])).toEqual(['Aleksander Ceferin:uefa']);
  });
  // Without a home state, the neighbouring sentences give a guess as weak as a home state: an office, not what the text says.
  it('gives an office holder who opens a sentence the office of the state that opened the one before', () => {
    expect(placed('Quotas', ['Kazakhstan has repeatedly exceeded its quota.', 'Energy minister Almasadam Satkaliyev said Astana would comply.'])).toEqual(['Almasadam Satkaliyev:office KAZ']);
  });
  it('falls back on the one state of the headline and lead', () => {
    expect(placed('Polish run-off goes to the wire', ['Voters in Poland go to the polls on Sunday.', 'Prime Minister Donald Tusk has campaigned hard.'])).toEqual(['Donald Tusk:office POL']);
  });
  it('gives a bare government title the office of the story’s home state', () => {
    const story = ['MPs in the House of Commons debated the budget on Tuesday.', 'The Commons vote is due next week.', 'Chancellor Gordon Brown said the economy was strong.'];
    expect(placed('Budget row in the Commons', story)).toEqual(['Gordon Brown:office GBR']);
  });
  it('gives a bare "spokesman" no office of the story’s home state: whose spokesman is not said', () => {
    const story = ['MPs in the House of Commons debated the budget on Tuesday.', 'The Commons vote is due next week.', 'Spokesman Jim Manley said the vote was cynical.'];
    expect(placed('Budget row in the Commons', story)).toEqual(['Jim Manley:-']);
  });
  it('gives a company officer without a company the story’s company', () => {
    const story = ['Renault said profits rose by 40%.', 'Renault shares rose.', 'Chairman Louis Schweitzer said the year had been good.'];
    expect(placed('Renault profits rise', story)).toEqual(['Louis Schweitzer:co:renault']);
  });
  it('leaves a person unplaced when the context names no single actor', () => {
    expect(placed('Talks', ['Iran and Russia talked.', 'Deputy Foreign Minister Hossein Jaberi Ansari visited Geneva.'])).toEqual(['Hossein Jaberi Ansari:-']);
  });
  it('does not place a person named in passing', () => {
    expect(placed('Talks', ['Russia backed the plan.', 'He met Saudi Crown Prince Mohammed bin Salman, King Salman’s son.'])).toContain('King Salman:-');
  });
  it('gives a company spokesman the story’s company, never the state of the sentence before or the lead', () => {
    const story = ['Exxon signed a deal for the field.', 'Exxon, the largest oil company, has signed preliminary agreements.', 'Company spokesman Glenn Waller said Exxon still considered the deal valid, despite Russia inviting new offers.'];
    expect(placed('Russia reopens tender for Sakhalin field', story)).toEqual(['Glenn Waller:co:exxonmobil']);
  });
  it('never takes a news outlet the story keeps citing for the company its officers work for', () => {
    const story = ['Insiders tell Fox News that the chairman will not run again.', 'Fox News confirmed the e-mail on Saturday.', 'Chairman Michael Steele will speak to members on Monday.'];
    expect(placed('Steele to quit', story)).toEqual(['Michael Steele:-']);
  });
  it('gives a network’s spokesman no office of the story’s home state', () => {
    const story = ['MPs in the House of Commons debated the show on Tuesday.', 'The Commons vote is due next week.', '"It is going to remain on the air," said the network\'s spokesman Scott Grogin.'];
    expect(placed('Show stays on air despite Commons row', story)).toEqual(['Scott Grogin:-']);
  });
});
