import { describe, expect, it } from 'vitest';
import { norm } from './norm.js';
import { standsAlone } from './stands-alone.js';

const context = {
  titles: new Set([norm.text('Clarke to unveil immigration plan')]),
  comments: [norm.text('It would be better to decrease taxes on earnings below £12,000 a year, with say no tax on below £6,000.')],
  judgements: new Map([[norm.text('It is a disgrace, Owens said.'), { standsAlone: true, why: 'the speaker is named in the sentence' }]]),
};
const state = { name: 'United Kingdom', kind: 'state' };
const verdict = (text: string, speaker?: string, actor = state) => standsAlone(speaker === undefined ? { text } : { text, speaker }, actor, context);

describe('standsAlone', () => {
  it('passes a plain sentence and a quotation', () => {
    expect(verdict('Home Secretary Charles Clarke wants to introduce a points system for economic migrants.').ok).toBe(true);
    expect(verdict('"We are not going to back down," Mr Howard said.').ok).toBe(true);
  });

  it('fails openers that point back, unless a named speaker resolves he or she', () => {
    expect(verdict('But he rejected the Tories\' call for a quota.').reason).toBe('opens with "but"');
    expect(verdict('It said the plans were flawed.').reason).toBe('opens with "it"');
    expect(verdict('However, the group said it would appeal.').reason).toBe('opens with "however"');
    expect(verdict('In addition, the firm cut 500 jobs.').reason).toBe('opens with "in addition"');
    expect(verdict('He said the budget would help families.').ok).toBe(false);
    expect(verdict('He said the budget would help families.', 'Gordon Brown').ok).toBe(true);
    expect(verdict('He said the budget would help families.', 'United Kingdom').ok).toBe(false);
  });

  it('fails datelines, bylines, headlines, captions and reader comments', () => {
    expect(verdict('WASHINGTON — Michael Steele drew fierce criticism on Friday.').reason).toBe('dateline');
    expect(verdict('KANSAS CITY, Mo. — Leaders of the civil rights group accused activists.').reason).toBe('dateline');
    expect(verdict('Moscow – Moscow insisted on blaming the United States.').reason).toBe('dateline');
    expect(verdict('By John Smith, political correspondent, reports from the conference.').reason).toBe('byline');
    expect(verdict('By Saturday, the president clarified that he was not speaking about the wisdom of the project.').ok).toBe(true);
    expect(verdict('Clarke to unveil immigration plan').reason).toBe('headline');
    expect(verdict('Tory leader unveils plans').reason).toBe('headline or label (no sentence end)');
    expect(verdict('The minister visits a school in Leeds. (AP Photo/John Doe)').reason).toBe('caption');
    expect(verdict('It would be better to decrease taxes on earnings below £12,000 a year.').reason).toBe('reader comment');
  });

  it('lets a manual judgement override the proxy', () => {
    expect(verdict('It is a disgrace, Owens said.')).toEqual({ ok: true, reason: 'judged: the speaker is named in the sentence' });
  });
});
