import { describe, expect, it } from 'vitest';
import { pickLead } from '../../pipeline/stories/pick-lead.js';

describe('pickLead', () => {
  it('takes the first sentence that reads as news, cutting off a dateline that opens it', () => {
    expect(pickLead('Steele criticised', ['WASHINGTON — Michael Steele, chairman of the Republican National Committee, drew fierce criticism on Friday.'])).toBe(
      'Michael Steele, chairman of the Republican National Committee, drew fierce criticism on Friday.',
    );
    expect(pickLead('x', ['WASHINGTON—Joining a chorus of bishops, nearly 90 Georgetown faculty have called Ryan to task.'])).toBe(
      'Joining a chorus of bishops, nearly 90 Georgetown faculty have called Ryan to task.',
    );
    expect(pickLead('x', ['U.S.-Russian talks on the arms treaty will resume in Geneva next week, officials said.'])).toBe(
      'U.S.-Russian talks on the arms treaty will resume in Geneva next week, officials said.',
    );
    expect(pickLead('x', ['MOSCOW (Reuters) - Russia said on Monday it would send more troops to the border region.'])).toBe(
      'Russia said on Monday it would send more troops to the border region.',
    );
    expect(pickLead('x', ['Paris, March 3 (AFP) - France will hold a referendum on the treaty, the president announced.'])).toBe(
      'France will hold a referendum on the treaty, the president announced.',
    );
    expect(pickLead('x', ['Moscow – Moscow insisted on blaming the United States for the collapse of the truce in Aleppo.'])).toBe(
      'Moscow insisted on blaming the United States for the collapse of the truce in Aleppo.',
    );
  });

  it('never takes a headline, a byline, a time stamp or a caption', () => {
    const sentences = [
      'Talks resume in Vienna over the nuclear deal',
      'Talks resume in Vienna over the nuclear deal on Monday.',
      'By Jane Roe and John Smith of our foreign desk staff.',
      'Published: 3 March 2012',
      'Photo: Diplomats arrive at the Palais Coburg in Vienna, where the talks are held.',
      'Diplomats from six powers met in Vienna on Monday to revive the agreement.',
    ];
    expect(pickLead('Talks resume in Vienna over the nuclear deal', sentences)).toBe('Diplomats from six powers met in Vienna on Monday to revive the agreement.');
  });

  it('takes a sentence that merely opens with "By" or "From"', () => {
    expect(pickLead('x', ['By Tuesday, the talks had collapsed and both delegations had left Vienna.'])).toBe('By Tuesday, the talks had collapsed and both delegations had left Vienna.');
    expect(pickLead('x', ['From Moscow to Washington, leaders called for calm after the border clash.'])).toBe('From Moscow to Washington, leaders called for calm after the border clash.');
  });

  it('prefers a sentence that is not a quotation, and takes a quotation only when nothing else qualifies', () => {
    const quote = '“We will not stop until the talks succeed,” the minister said on Monday evening.';
    expect(pickLead('x', [quote, 'Ministers of six powers met in Vienna on Monday to revive the nuclear talks.'])).toBe(
      'Ministers of six powers met in Vienna on Monday to revive the nuclear talks.',
    );
    expect(pickLead('x', [quote, 'Short line.'])).toBe(quote);
  });

  it('gives nothing rather than a fragment when no sentence qualifies', () => {
    expect(pickLead('Talks', ['Talks', 'Share this', 'LIVE UPDATES FROM THE SUMMIT IN VIENNA TODAY AND TOMORROW.'])).toBe('');
  });
});
