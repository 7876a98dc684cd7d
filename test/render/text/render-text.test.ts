import { describe, expect, it } from 'vitest';
import { planBriefing } from '../../../pipeline/render/plan/plan-briefing.js';
import { renderText as renderPlan } from '../../../pipeline/render/text/render-text.js';
import { cleanLine as cleanInline } from '../../../pipeline/text-safety/clean-line.js';
import type { Digest } from '../../../pipeline/types.js';
import { largeDigest } from '../../fixtures/render/large-digest.js';
import { loadFixture } from '../../fixtures/render/load-fixture.js';

/** The text part of a digest's plan, as renderDigest makes it. */
function renderText(digest: Digest): string {
  return renderPlan(planBriefing(digest, {}));
}

/** A line may pass 78 columns only when it is one unbreakable word, such as a URL. */
function overlong(text: string): string[] {
  return text.split('\n').filter((line) => Array.from(line).length > 78 && /\s\S+\s/.test(line.trim()));
}

describe('renderText', () => {
  const seed = loadFixture('seed');
  const text = renderText(seed);

  it('wraps every line at 78 columns', () => {
    expect(overlong(text)).toEqual([]);
    expect(overlong(renderText(largeDigest()))).toEqual([]);
    expect(overlong(renderText(loadFixture('hostile')))).toEqual([]);
  });

  it('reads by itself: title, top stories, one section per actor, also in the news, interactions, sources', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual([`Briefing ${seed.date}`, '='.repeat(`Briefing ${seed.date}`.length)]);
    const headings = lines.filter((line, i) => /^-+$/.test(lines[i + 1] ?? '') && line !== '');
    expect(headings).toEqual(['Top stories', ...seed.actors.map((a) => a.name), 'Also in the news', 'Interactions', 'Sources']);
  });

  it('numbers the top stories, each with its lead cited and its outlets with every article cited', () => {
    const stories = text.slice(text.indexOf('Top stories'), text.indexOf(`\n${seed.actors[0]?.name}\n`)).replace(/\s+/g, ' ');
    seed.stories.forEach((story, i) => {
      expect(stories).toContain(`${i + 1}. ${story.headline}`);
      expect(stories).toContain(`${story.lead.text} [${story.lead.refs[0]}]`);
      expect(stories).toContain(`${story.outlets.join(', ')}`);
      expect(stories).toContain(story.articleRefs.map((ref) => `[${ref}]`).join(' '));
    });
  });

  it('cites as [n] and lists each source with its URL on a line of its own at the end', () => {
    expect(text).toMatch(/\[1\] \[2\] \(3\u00A0sources\)/);
    const sources = text.slice(text.indexOf('\nSources\n'));
    for (const article of seed.articles) {
      expect(sources).toContain(`[${article.ref}] `);
      expect(sources.split('\n').map((line) => line.trim())).toContain(article.url);
    }
    const firstUrl = text.indexOf('https://');
    expect(firstUrl).toBeGreaterThan(text.indexOf('\nSources\n'));
  });

  it('keeps hostile data as plain text on clean lines, and drops unsafe URLs', () => {
    const hostile = loadFixture('hostile');
    const out = renderText(hostile);
    expect(out).not.toMatch(/[\r\u0000-\u0008\u000B-\u001F\u202A-\u202E\u2066-\u2069]/);
    expect(out).not.toMatch(/^Bcc:/m);
    expect(out.replace(/\s+/g, ' ')).toContain(cleanInline(hostile.articles[2]?.title ?? '∅'));
    const sources = out.slice(out.indexOf('\nSources\n'));
    const urlLines = sources.split('\n').map((l) => l.trim()).filter((l) => /^[a-z]+:/i.test(l));
    expect(urlLines.length).toBeGreaterThan(0);
    for (const line of urlLines) expect(line).toMatch(/^https?:/);
    for (const unsafe of [hostile.articles[0]?.url, hostile.articles[0]?.duplicates[0]?.url]) expect(out).not.toContain(unsafe);
  });
});
