import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBJECT_TEMPLATE, formatSubject } from '../../pipeline/deliver/index.js';

const PARTS = { date: '2026-11-23', actorNames: ['Russia', 'Turkey', 'Iran', 'Syria'], headline: 'Ceasefire talks resume' };

describe('formatSubject', () => {
  it('defaults to "Briefing {date}: {actors}" with the top three actors', () => {
    expect(DEFAULT_SUBJECT_TEMPLATE).toBe('Briefing {date}: {actors}');
    expect(formatSubject(PARTS)).toBe('Briefing 2026-11-23: Russia, Turkey, Iran');
  });

  it('fills every placeholder of a custom template, repeated or not', () => {
    expect(formatSubject(PARTS, '{date} · {headline} ({actors}) {date}')).toBe(
      '2026-11-23 · Ceasefire talks resume (Russia, Turkey, Iran) 2026-11-23',
    );
  });

  it('uses the headline for {actors} when there are none, and says so when there is no headline either', () => {
    expect(formatSubject({ ...PARTS, actorNames: [] })).toBe('Briefing 2026-11-23: Ceasefire talks resume');
    expect(formatSubject({ ...PARTS, actorNames: [], headline: '' })).toBe('Briefing 2026-11-23: no new stories');
  });

  it('skips actor names that sanitise to nothing', () => {
    expect(formatSubject({ ...PARTS, actorNames: ['\r\n', 'Qatar', '\u202E', 'Oman', 'Iraq'] })).toBe('Briefing 2026-11-23: Qatar, Oman, Iraq');
  });

  it('flattens line breaks in the template itself', () => {
    expect(formatSubject(PARTS, 'Briefing\r\nBcc: a@b.example {date}')).toBe('Briefing Bcc: a@b.example 2026-11-23');
  });

  it('throws for an unknown placeholder, naming it and the known ones', () => {
    expect(() => formatSubject(PARTS, 'Briefing {Date}')).toThrow(
      'Cannot use subject template: got placeholder {Date} in "Briefing {Date}", expected one of {date}, {actors}, {headline}',
    );
  });

  it('never ends the subject in a double ellipsis when a shortened headline is cut again', () => {
    const headline = `Russia (Sergei Lavrov): Russian Foreign Minister Sergei Lavrov said "early details" of how to coordinate international…`;
    const subject = formatSubject({ date: '2026-11-23', actorNames: [], headline }, '{headline} ({date}) and more words after it');
    expect(subject).not.toMatch(/……$/u);
    expect(subject.endsWith('…')).toBe(true);
    expect(Array.from(subject).length).toBeLessThanOrEqual(120);
  });
});
