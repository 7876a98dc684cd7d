import { describe, expect, it } from 'vitest';
import { readPartyTag } from '../../../pipeline/actors/scan/read-party-tag.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { read } from '../helpers.js';

/** The tag after `name` in `sentence`, with the tokens it spans. */
const tagAfter = (sentence: string, name: string) => {
  const tokens = tokenise(sentence);
  const last = tokenise(name).at(-1)?.raw;
  const nameEnd = tokens.findIndex((t) => t.raw === last) + 1;
  const tag = readPartyTag(tokens, nameEnd);
  return tag && { party: tag.party, state: tag.state, text: tokens.slice(nameEnd, tag.end).map((t) => t.raw).join('') };
};

describe('readPartyTag', () => {
  it('reads ", D-Ill." after a name as the Democratic Party of the United States', () => {
    expect(tagAfter('Sen. Dick Durbin, D-Ill., said the bill would pass.', 'Dick Durbin')).toEqual({ party: 'party:usa-democratic', state: 'USA', text: ',D-Ill.,' });
  });
  it('reads "(R-Maine)" and an abbreviation with its period ("D-Mass.") or dotted ("D-N.H.")', () => {
    expect(tagAfter('Susan Collins (R-Maine) voted no.', 'Susan Collins')).toEqual({ party: 'party:usa-republican', state: 'USA', text: '(R-Maine)' });
    expect(tagAfter('Sen. Elizabeth Warren, D-Mass., said so.', 'Elizabeth Warren')?.text).toBe(',D-Mass.,');
    expect(tagAfter('Sen. Jeanne Shaheen, D-N.H., said so.', 'Jeanne Shaheen')?.text).toBe(',D-N.H.,');
  });
  // MAX_PLACE_TOKENS says "N. Dak." (two tokens) is read; the space inside it ends the tag today.
  it('reads an old-style abbreviation of two words ("R-N. Dak.")', () => {
    expect(tagAfter('Rep. Kelly Armstrong, R-N. Dak., said so.', 'Kelly Armstrong')?.party).toBe('party:usa-republican');
  });
  it('reads a tag that ends the sentence', () => {
    expect(tagAfter('The bill was written by Sen. Chuck Schumer, D-N.Y.', 'Chuck Schumer')?.party).toBe('party:usa-democratic');
  });
  it('reads nothing where no party letter and state follow', () => {
    expect(tagAfter('Dick Durbin, a Democrat, said so.', 'Dick Durbin')).toBeUndefined();
    expect(tagAfter('Dick Durbin, X-Ill., said so.', 'Dick Durbin')).toBeUndefined();
    expect(tagAfter('Dick Durbin said so.', 'Dick Durbin')).toBeUndefined();
    // A spaced dash is a clause break, not a tag.
    expect(tagAfter('He met Durbin, D - and others.', 'Durbin')).toBeUndefined();
  });
  it('gives the person mention its party and state', () => {
    expect(read('Sen. Dick Durbin, D-Ill., said the bill would pass.').persons[0]).toMatchObject({ name: 'Dick Durbin', party: 'party:usa-democratic', affiliation: 'USA' });
  });
});
