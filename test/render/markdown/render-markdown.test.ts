import type { Heading, Link, Nodes, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../pipeline/render/markdown/render-markdown.js';
import { cleanInline } from '../../../pipeline/render/shared/clean-inline.js';
import { largeDigest } from '../../fixtures/render/large-digest.js';
import { loadFixture } from '../../fixtures/render/load-fixture.js';
import { parseMarkdown } from '../parse-markdown.js';

/** Every node of a tree, depth first. */
function nodes(tree: Nodes): Nodes[] {
  const all: Nodes[] = [tree];
  if ('children' in tree) for (const child of tree.children) all.push(...nodes(child));
  return all;
}

/** The anchor opens and closes as two inline HTML nodes once parsed. */
const ANCHOR = /^(?:<a id="ref-\d+">|<\/a>)$/;

describe('renderMarkdown', () => {
  const seed = loadFixture('seed');
  const tree = parseMarkdown(renderMarkdown(seed));
  const headings = nodes(tree).filter((n): n is Heading => n.type === 'heading');

  it('opens with the date as the only H1, then at a glance, one H2 per actor, interactions, developing and sources', () => {
    expect(headings.filter((h) => h.depth === 1).map((n) => toString(n))).toEqual([`Briefing ${seed.date}`]);
    expect(headings.filter((h) => h.depth === 2).map((n) => toString(n))).toEqual([
      'At a glance',
      ...seed.actors.map((a) => a.name),
      'Interactions',
      'Developing',
      'Sources',
    ]);
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

  it('numbers every source with an anchor, its link, publisher and date, and its copies', () => {
    const list = nodes(tree).filter((n) => n.type === 'list' && n.ordered === true).at(-1);
    expect(list?.type === 'list' && list.start).toBe(1);
    const items = list?.type === 'list' ? list.children : [];
    expect(items).toHaveLength(seed.articles.length);
    seed.articles.forEach((article, index) => {
      const item = items[index] as Nodes;
      expect(nodes(item).some((n) => n.type === 'html' && n.value === `<a id="ref-${article.ref}">`)).toBe(true);
      expect(nodes(item).some((n) => n.type === 'link' && n.url === article.url && toString(n) === article.title)).toBe(true);
      if (article.source !== undefined) expect(toString(item)).toContain(article.source);
      for (const copy of article.duplicates) expect(toString(item)).toContain(copy.source ?? copy.path);
    });
  });

  it('lists the rejected inputs with their reasons in the footer', () => {
    const text = toString(tree);
    expect(text).toContain(`Rejected inputs: ${seed.rejected.length}.`);
    for (const r of seed.rejected) expect(text).toContain(`${r.path}: ${r.reason}`);
  });

  it('keeps interaction table cells intact: one row per interaction, four cells each, names readable', () => {
    const hostile = loadFixture('hostile');
    const table = nodes(parseMarkdown(renderMarkdown(hostile))).find((n): n is Table => n.type === 'table');
    expect(table?.children).toHaveLength(hostile.interactions.length + 1);
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
  it('keeps every actor and every source of a large digest', () => {
    const large = largeDigest();
    const tree = parseMarkdown(renderMarkdown(large));
    const h2 = nodes(tree).filter((n) => n.type === 'heading' && n.depth === 2).map((n) => toString(n));
    for (const actor of large.actors) expect(h2).toContain(actor.name);
    const anchors = nodes(tree).filter((n) => n.type === 'html' && n.value.startsWith('<a id='));
    expect(anchors).toHaveLength(large.articles.length);
  });
});
