import type { Heading, Link, Nodes, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderMarkdown as renderPlan } from '../../../pipeline/render/markdown/render-markdown.js';
import { planBriefing } from '../../../pipeline/render/plan/plan-briefing.js';
import { cleanLine as cleanInline } from '../../../pipeline/text-safety/clean-line.js';
import type { Digest, RenderOptions } from '../../../pipeline/types.js';
import { largeDigest } from '../../fixtures/render/large-digest.js';
import { loadFixture } from '../../fixtures/render/load-fixture.js';
import { parseMarkdown } from '../parse-markdown.js';

/** Every node of a tree, depth first. */
function nodes(tree: Nodes): Nodes[] {
  const all: Nodes[] = [tree];
  if ('children' in tree) for (const child of tree.children) all.push(...nodes(child));
  return all;
}

/** The Markdown of a digest's plan, as renderDigest makes it. */
function renderMarkdown(digest: Digest, options: RenderOptions = {}): string {
  return renderPlan(planBriefing(digest, options));
}

/** The anchor opens and closes as two inline HTML nodes once parsed. */
const ANCHOR = /^(?:<a id="ref-\d+">|<\/a>)$/;

describe('renderMarkdown', () => {
  const seed = loadFixture('seed');
  const tree = parseMarkdown(renderMarkdown(seed));
  const headings = nodes(tree).filter((n): n is Heading => n.type === 'heading');

  it('opens with the date as the only H1, then top stories, one H2 per actor, also in the news, interactions and sources', () => {
    expect(headings.filter((h) => h.depth === 1).map((n) => toString(n))).toEqual([`Briefing ${seed.date}`]);
    expect(headings.filter((h) => h.depth === 2).map((n) => toString(n))).toEqual([
      'Top stories',
      ...seed.actors.map((a) => a.name),
      'Also in the news',
      'Interactions',
      'Sources',
    ]);
  });

  it('shows each top story as its headline linked to its central article, its lead cited, its outlets and every article cited', () => {
    const list = tree.children[tree.children.findIndex((n) => n.type === 'heading' && toString(n) === 'Top stories') + 1];
    expect(list?.type === 'list' && list.ordered).toBe(true);
    const items = list?.type === 'list' ? list.children : [];
    expect(items).toHaveLength(seed.stories.length);
    seed.stories.forEach((story, index) => {
      const item = items[index] as Nodes;
      const centre = seed.articles.find((a) => a.ref === story.lead.refs[0]);
      const links = nodes(item).filter((n): n is Link => n.type === 'link');
      expect(links[0]?.url).toBe(centre?.url);
      expect(toString(links[0] as Nodes)).toBe(story.headline);
      expect(toString(item)).toContain(story.lead.text);
      for (const outlet of story.outlets) expect(toString(item)).toContain(outlet);
      expect(links.slice(1).map((l) => l.url)).toEqual([...story.lead.refs, ...story.articleRefs].map((ref) => `#ref-${ref}`));
    });
    expect(toString(items[2] as Nodes)).toContain('developing since 2020-02-20');
  });

  it('shows as many top stories as render.topStories asks', () => {
    const two = parseMarkdown(renderMarkdown(seed, { topStories: 2 }));
    const list = two.children[two.children.findIndex((n) => n.type === 'heading' && toString(n) === 'Top stories') + 1];
    expect(list?.type === 'list' && list.children.map((item) => toString(item).split('\n')[0])).toHaveLength(2);
  });

  it('cites each point with links to the source entries and names the speaker and the support', () => {
    const markdown = renderMarkdown(seed);
    const ethiopia = seed.actors.find((a) => a.points.some((p) => p.support > 1 && p.refs.length > 1));
    const point = ethiopia?.points.find((p) => p.support > 1 && p.refs.length > 1);
    expect(point).toBeDefined();
    const item = nodes(tree).find((n) => n.type === 'listItem' && toString(n).includes(point?.text ?? '∅'));
    const links = nodes(item as Nodes).filter((n): n is Link => n.type === 'link');
    expect(links.map((l) => l.url)).toEqual(point?.refs.map((ref) => `#ref-${ref}`));
    expect(toString(item as Nodes)).toContain(`(${point?.support} sources)`);
    const spoken = seed.actors.flatMap((a) => a.points.filter((p) => p.speaker !== undefined && p.speaker !== a.name));
    for (const p of spoken) expect(markdown).toContain(`**${p.speaker}**: ${p.text}`);
  });

  it('numbers every cited source with an anchor, its link, outlet and date, and its copies', () => {
    const list = nodes(tree).filter((n) => n.type === 'list' && n.ordered === true).at(-1);
    expect(list?.type === 'list' && list.start).toBe(1);
    const items = list?.type === 'list' ? list.children : [];
    expect(items).toHaveLength(seed.articles.length);
    seed.articles.forEach((article, index) => {
      const item = items[index] as Nodes;
      expect(nodes(item).some((n) => n.type === 'html' && n.value === `<a id="ref-${article.ref}">`)).toBe(true);
      expect(nodes(item).some((n) => n.type === 'link' && n.url === article.url && toString(n) === article.title)).toBe(true);
      if (article.source !== undefined) expect(toString(item)).toContain(`${article.source}, ${article.published}`);
      for (const copy of article.duplicates) expect(toString(item)).toContain(copy.source ?? copy.path);
    });
  });

  it('lists the rejected inputs with their reasons in the footer', () => {
    const text = toString(tree);
    expect(text).toContain(`Rejected inputs: ${seed.rejected.length}.`);
    for (const r of seed.rejected) expect(text).toContain(`${r.path}: ${r.reason}`);
  });

  it('shows only interactions whose pair acts in two stories or more, and leaves the section out when none does', () => {
    const table = nodes(tree).find((n): n is Table => n.type === 'table');
    expect(table?.children.slice(1).map((row) => toString(row.children[0] as Nodes))).toEqual(['Egypt – Ethiopia', 'Arab League – Egypt']);
    const once = { ...seed, interactions: seed.interactions.filter((i) => i.refs.length === 1) };
    expect(headingsOf(renderMarkdown(once))).not.toContain('Interactions');
  });

  it('keeps interaction table cells intact: one row per recurring interaction, four cells each, names readable', () => {
    const hostile = loadFixture('hostile');
    const table = nodes(parseMarkdown(renderMarkdown(hostile))).find((n): n is Table => n.type === 'table');
    expect(table?.children).toHaveLength(2);
    for (const row of table?.children ?? []) expect(row.children).toHaveLength(4);
    const firstActors = toString(table?.children[1]?.children[0] as Nodes);
    expect(firstActors).toContain(cleanInline(hostile.actors[0]?.name ?? '∅'));
  });
});

describe('renderMarkdown on hostile article data', () => {
  const hostile = loadFixture('hostile');
  const markdown = renderMarkdown(hostile);
  const all = nodes(parseMarkdown(markdown));

  it('produces no raw HTML except the numeric source anchors', () => {
    const html = all.filter((n) => n.type === 'html').map((n) => (n.type === 'html' ? n.value : ''));
    expect(html.length).toBe(2 * hostile.articles.length);
    for (const value of html) expect(value).toMatch(ANCHOR);
  });

  it('links only to http(s), mailto or its own anchors, never javascript: or data:', () => {
    const urls = all.flatMap((n) => (n.type === 'link' || n.type === 'image' ? [n.url] : []));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^(https?:|mailto:|#ref-\d+$)/);
    expect(all.some((n) => n.type === 'image')).toBe(false);
  });

  it('shows the hostile strings as text, so nothing is lost and nothing becomes structure', () => {
    const text = toString({ type: 'root', children: all[0] && 'children' in all[0] ? (all[0].children as never) : [] });
    for (const article of hostile.articles) expect(text).toContain(cleanInline(article.title));
    for (const story of hostile.stories) expect(text).toContain(cleanInline(story.headline));
    expect(text).toContain(cleanInline(hostile.stories[0]?.lead.text ?? '∅'));
    for (const actor of hostile.actors) for (const point of actor.points) expect(text).toContain(cleanInline(point.text));
    expect(all.filter((n) => n.type === 'heading' && n.depth === 1)).toHaveLength(1);
    expect(all.some((n) => n.type === 'blockquote' || n.type === 'code')).toBe(false);
  });

  it('escapes every $ of article text, so GitHub renders no math, and a reader still sees each $', () => {
    const seed = loadFixture('seed');
    const formula = 'The levy rose by $$x^2$$ to $5 billion, or $y$ per head';
    const [first, ...rest] = seed.actors;
    const [point, ...others] = first?.points ?? [];
    expect(point).toBeDefined();
    const mathy = {
      ...seed,
      articles: seed.articles.map((a, i) => (i === 0 ? { ...a, title: `${a.title} $$t$$` } : a)),
      actors: [{ ...first!, points: [{ ...point!, text: formula }, ...others] }, ...rest],
    };
    const markdown = renderMarkdown(mathy);
    // GitHub's math starts at an unescaped $: none may be left.
    expect(markdown).not.toMatch(/(?<!\\)\$/u);
    const text = toString(parseMarkdown(markdown));
    expect(text).toContain(formula);
    expect(text).toContain('$$t$$');
  });

  it('removes bidi overrides and line breaks from article data', () => {
    expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\r]/);
    expect(markdown).not.toMatch(/^Bcc:/m);
  });
});

describe('renderMarkdown with gaps in the refs', () => {
  it('prefixes each source with its own [n] instead of letting a list renumber it', () => {
    const seed = loadFixture('seed');
    const gappy = { ...seed, articles: seed.articles.filter((a) => a.ref !== 2) };
    const tree = parseMarkdown(renderMarkdown(gappy));
    const heading = tree.children.findIndex((n) => n.type === 'heading' && toString(n) === 'Sources');
    const sources = tree.children[heading + 1];
    expect(sources?.type === 'list' && sources.ordered).toBe(false);
    expect(toString(sources as Nodes)).toContain('[3] ');
  });
});

describe('renderMarkdown at scale', () => {
  const large = largeDigest();
  const markdown = renderMarkdown(large);
  const tree = parseMarkdown(markdown);

  it('shows the most salient actors up to render.actorLimit and names the rest, with their story counts, in Also in the news', () => {
    const h2 = headingsOf(markdown);
    expect(h2.filter((h) => large.actors.some((a) => a.name === h))).toEqual(large.actors.slice(0, 12).map((a) => a.name));
    const also = toString(tree.children[tree.children.findIndex((n) => n.type === 'heading' && toString(n) === 'Also in the news') + 1] as Nodes);
    for (const actor of large.actors.slice(12)) expect(also).toContain(`${actor.name} (`);
    expect(headingsOf(renderMarkdown(large, { actorLimit: 3 })).filter((h) => h.startsWith('Republic '))).toHaveLength(3);
  });

  it('lists the sources it cites, every citation resolves, and says how many more the JSON holds', () => {
    const anchors = new Set(nodes(tree).flatMap((n) => (n.type === 'html' && n.value.startsWith('<a id=') ? [n.value.slice(7, -2)] : [])));
    const cited = nodes(tree).flatMap((n) => (n.type === 'link' && n.url.startsWith('#') ? [n.url.slice(1)] : []));
    expect(cited.length).toBeGreaterThan(0);
    for (const target of cited) expect(anchors.has(target)).toBe(true);
    expect(anchors.size).toBeLessThan(large.articles.length);
    expect(toString(tree)).toContain(`${large.articles.length - anchors.size} more sources are listed in the JSON digest.`);
  });

  it('stays under 40 KB for a day of 200 articles (issue 14 budget)', () => {
    expect(Buffer.byteLength(markdown)).toBeLessThan(40 * 1024);
  });
});

function headingsOf(markdown: string): string[] {
  return nodes(parseMarkdown(markdown)).filter((n) => n.type === 'heading' && n.depth === 2).map((n) => toString(n));
}
