import { describe, expect, it } from 'vitest';
import { storyProfile } from '../../pipeline/dedupe/story-profile.js';

describe('storyProfile', () => {
  const body = [
    'WASHINGTON — Michael Steele, chairman of the Republican National Committee, drew fierce criticism on Friday.',
    '“This is not something the United States wanted,” Mr. Steele said of the war in Afghanistan. Critics say the G.O.P. chairman erred.',
  ].join('\n\n');
  const profile = storyProfile('Michael Steele Criticized for Afghanistan Comments', body);

  it('reads one name from every way an article writes it, honorifics dropped', () => {
    expect(profile.get('@steele')).toBe(2 + 2);
    expect(profile.get('@gop')).toBe(1);
    expect(profile.has('@mr')).toBe(false);
    expect(profile.has('@chairman')).toBe(false);
  });

  it('takes a word capitalised only for form (a sentence start, a title-case headline) as a term, not a name', () => {
    expect(profile.has('@critics')).toBe(false);
    expect(profile.get('critic')).toBe(1);
    expect(profile.has('@criticized')).toBe(false);
    expect(profile.get('criticized')).toBe(2);
    // Named mid-sentence in the body, so a name in the headline too.
    expect(profile.get('@afghanistan')).toBe(2 + 1);
    // Only ever at a sentence start (after the dateline) or in the headline: no evidence it is a name.
    expect(profile.get('michael')).toBe(2 + 1);
  });

  it('leaves out stop words, newsroom words and numbers, and singularises terms', () => {
    expect(profile.has('said')).toBe(false);
    expect(profile.has('friday')).toBe(false);
    expect(profile.has('@friday')).toBe(false);
    expect(storyProfile('x', 'Mosques and policies in 2012 cost 1,200 dollars.').get('mosque')).toBe(1);
    expect(storyProfile('x', 'Mosques and policies in 2012 cost 1,200 dollars.').get('policy')).toBe(1);
    expect([...storyProfile('x', 'In 2012 they paid 1,200.').keys()].some((k) => /\d/.test(k))).toBe(false);
  });
});
