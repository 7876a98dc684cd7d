import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../pipeline/render/markdown/render-markdown.js';
import { planBriefing } from '../../pipeline/render/plan/plan-briefing.js';
import { renderText } from '../../pipeline/render/text/render-text.js';
import { loadFixture } from '../fixtures/render/load-fixture.js';

function expected(name: string): string {
  return readFileSync(new URL(`../fixtures/render/${name}`, import.meta.url), 'utf8');
}

describe('the seed fixture renders exactly as reviewed (regenerate with test/fixtures/render/regenerate.ts)', () => {
  it('as Markdown', () => {
    expect(renderMarkdown(planBriefing(loadFixture('seed'), {}))).toBe(expected('seed.expected.md'));
  });

  it('as plain text', () => {
    expect(renderText(planBriefing(loadFixture('seed'), {}))).toBe(expected('seed.expected.txt'));
  });
});
