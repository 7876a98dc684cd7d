import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../pipeline/actors/scan/find-actor-mentions.js';
import { findHomeState } from '../../../pipeline/actors/scan/find-home-state.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon, registry } from '../helpers.js';

/** The home state of a story: the headline, then its sentences, with a publisher or URL when given. */
const home = (title: string, sentences: readonly string[], meta: { readonly source?: string; readonly url?: string } = {}): string | undefined => {
  const evidence = [title, ...sentences].map((s) => {
    const tokens = tokenise(s);
    return { tokens, mentions: findActorMentions(tokens, registry, lexicon) };
  });
  return findHomeState({ title, sentences, text: sentences.join(' '), ...meta }, evidence, registry);
};

const PLAIN = ['The minister said the plan would cost more than expected.', 'Critics said it came too late.'];

describe('findHomeState', () => {
  it('finds nothing in a story that names no state, institution or publisher', () => {
    expect(home('Plan delayed', PLAIN)).toBeUndefined();
  });
  it('reads the publisher by name or by its URL’s country domain', () => {
    expect(home('Plan delayed', PLAIN, { source: 'BBC News' })).toBe('GBR');
    expect(home('Plan delayed', PLAIN, { url: 'https://www.spiegel.de/politik/plan' })).toBe('DEU');
    expect(home('Plan delayed', PLAIN, { url: 'https://news.example.co.uk/plan' })).toBe('GBR');
    expect(home('Plan delayed', PLAIN, { url: 'https://www.example.com/plan' })).toBeUndefined();
  });
  // world-countries lists .fr for Saint Martin too, after France; a state's own domain must win over a territory's.
  it('reads a French domain as France', () => {
    expect(home('Plan delayed', PLAIN, { url: 'https://www.lemonde.fr/politique/plan' })).toBe('FRA');
  });
  it('reads a dateline naming a capital', () => {
    expect(home('Plan delayed', ['WASHINGTON — The minister said the plan would cost more.', 'Critics said it came too late.'])).toBe('USA');
    expect(home('Plan delayed', ['NEW DELHI, India — The minister said the plan would cost more.'])).toBe('IND');
  });
  it('reads the state’s own institutions: the Commons, the Bundestag', () => {
    expect(home('Budget row', ['MPs in the House of Commons debated the budget.', 'The Commons vote is due next week.'])).toBe('GBR');
    expect(home('Budget row', ['The Bundestag debated the budget.', 'A vote in the Bundestag is due next week.'])).toBe('DEU');
  });
  it('reads a state’s parties and places as its own', () => {
    expect(home('Poll', ['Labour and the Tories clashed over the budget.', 'The Liberal Democrats said both were wrong.'])).toBe('GBR');
    expect(home('Poll', ['Voters in New Jersey and Ohio go to the polls.', 'Turnout in Pennsylvania was high.'])).toBe('USA');
  });
  it('lets a dateline and a publisher outweigh passing mentions of other states', () => {
    expect(home('Talks', ['LONDON — France and Germany backed the plan.', 'Italy abstained.'], { source: 'The Guardian' })).toBe('GBR');
  });
  it('finds nothing when two states weigh about the same', () => {
    expect(home('Talks', ['Russia and Ukraine met in Istanbul.', 'Russia and Ukraine agreed on prisoners.'])).toBeUndefined();
  });
});
