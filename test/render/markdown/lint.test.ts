import { describe, expect, it } from 'vitest';
import { renderIndex } from '../../../pipeline/render/markdown/render-index.js';
import { renderMarkdown } from '../../../pipeline/render/markdown/render-markdown.js';
import { planBriefing } from '../../../pipeline/render/plan/plan-briefing.js';
import { largeDigest } from '../../fixtures/render/large-digest.js';
import { loadFixture } from '../../fixtures/render/load-fixture.js';
import { lintMarkdown } from '../lint-markdown.js';

describe('every generated Markdown file lints clean', () => {
  for (const name of ['seed', 'hostile']) {
    it(`the ${name} digest has zero remark-lint warnings`, async () => {
      expect(await lintMarkdown(renderMarkdown(planBriefing(loadFixture(name), {})))).toEqual([]);
    });
  }

  it('the large digest has zero remark-lint warnings', async () => {
    expect(await lintMarkdown(renderMarkdown(planBriefing(largeDigest(), {})))).toEqual([]);
  });

  it('the index has zero remark-lint warnings, empty or full', async () => {
    const seed = loadFixture('seed');
    const entries = [
      { date: '2020-02-28', headline: 'Egypt: talks | stalled <b>again</b>', stats: seed.stats },
      { date: '2020-02-29', headline: 'Ethiopia: not rushed', stats: seed.stats },
    ];
    expect(await lintMarkdown(renderIndex(entries))).toEqual([]);
    expect(await lintMarkdown(renderIndex([]))).toEqual([]);
  });

  it('the linter does report a badly formed file, so a clean result means something', async () => {
    expect((await lintMarkdown('# Title\n\n* one\n- two\n\nSee http://example.com')).length).toBeGreaterThan(0);
  });
});
