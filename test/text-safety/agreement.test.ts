import { describe, expect, it } from 'vitest';
import { subjectText } from '../../pipeline/deliver/format-subject.js';
import { sanitizeHeaderText } from '../../pipeline/deliver/index.js';
import { makeArticle } from '../../pipeline/ingest/make-article.js';
import { planBriefing } from '../../pipeline/render/plan/plan-briefing.js';
import { renderText } from '../../pipeline/render/text/render-text.js';
import { cleanLine } from '../../pipeline/text-safety/clean-line.js';
import { loadFixture } from '../fixtures/render/load-fixture.js';

/** One of each kind of character that must never reach an output as it is. */
const DANGEROUS = ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B', '\r', '\n', '\u000B', '\u2028', '\u2029', '\u202E', '\u2066', '\u200E', '\u200F', '\u061C', '\u200B', '\uFEFF', '\u2060'];

describe('one set of rules for text in every output', () => {
  it('makes the same single line of a hostile title in ingest, the plain-text briefing and the email subject', () => {
    const seed = loadFixture('seed');
    for (const char of DANGEROUS) {
      const title = `Talks${char}resume in Vienna`;
      const expected = cleanLine(title);
      expect(expected).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\uFEFF\u2060]/u);
      expect(makeArticle({ path: 'a.txt', kind: 'text', title, text: 'Body.' }).title).toBe(expected);
      expect(subjectText(title)).toBe(expected);
      expect(sanitizeHeaderText(title)).toBe(expected);
      const digest = { ...seed, stories: seed.stories.map((s, i) => (i === 0 ? { ...s, headline: title } : s)) };
      expect(renderText(planBriefing(digest, {}))).toContain(`1. ${expected}\n`);
    }
  });
});
