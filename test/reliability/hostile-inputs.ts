// Test helper: hand-made hostile inputs for ingest, each a file name and its
// bytes: deep nesting, huge attributes, entity expansion, alias bombs, long
// lines, pathological repetition. Built in memory, written by the test.

/** Paragraphs of real-looking article text, so a parser that survives has something to keep. */
const BODY = [
  'The city council voted on Wednesday to extend the night bus network to the airport, transport chief Alma Reyes said.',
  'The extension will cost four million a year and start in March, she told reporters after a three-hour session.',
  'Opposition councillor Ben Okoro said the money should go to repairing stations first, and voted against the plan.',
];
const PARAGRAPHS = BODY.map((p) => `<p>${p}</p>`).join('');

/** One hostile input: a file name (its extension picks the reader) and its content. */
export interface HostileInput {
  readonly name: string;
  readonly content: string | Buffer;
  /** Text that must never appear in an article (read from somewhere it should not be). */
  readonly forbidden?: string;
}

const html = (body: string, head = '<title>Night buses to reach the airport</title>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const rss = (prolog: string, title: string, description: string) =>
  `<?xml version="1.0"?>${prolog}<rss version="2.0"><channel><title>Feed</title><item><title>${title}</title><link>https://example.org/a</link><description>${description}</description></item></channel></rss>`;

export function hostileInputs(): HostileInput[] {
  const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  return [
    { name: 'deep-divs-10k.html', content: html('<div>'.repeat(10_000) + `<article><h1>Night buses to reach the airport</h1>${PARAGRAPHS}</article>` + '</div>'.repeat(10_000)) },
    { name: 'deep-divs-100k-unclosed.html', content: html('<div><span>'.repeat(100_000) + PARAGRAPHS) },
    { name: 'deep-tables.html', content: html('<table><tr><td>'.repeat(5_000) + PARAGRAPHS) },
    { name: 'huge-attribute.html', content: html(`<div data-x="${'A'.repeat(6_000_000)}">${PARAGRAPHS}</div>`) },
    { name: 'many-attributes.html', content: html(`<div ${Array.from({ length: 100_000 }, (_, i) => `a${i}="${i}"`).join(' ')}>${PARAGRAPHS}</div>`) },
    { name: 'huge-title.html', content: html(PARAGRAPHS.repeat(3), `<title>${'Night buses '.repeat(200_000)}</title>`) },
    { name: 'entity-flood.html', content: html(`<p>${'&amp;&#x1F600;&lt;'.repeat(300_000)}</p>${PARAGRAPHS}`) },
    { name: 'unclosed-comment.html', content: html(`${PARAGRAPHS}<!--${'x'.repeat(3_000_000)}`) },
    { name: 'script-flood.html', content: html(`<script>${'var a=1;'.repeat(500_000)}</script>${PARAGRAPHS}`) },
    { name: 'json-ld-deep.html', content: html(PARAGRAPHS, `<title>Night buses</title><script type="application/ld+json">${'['.repeat(200_000)}${']'.repeat(200_000)}</script>`) },
    { name: 'billion-laughs.xml', content: rss(`<!DOCTYPE rss [<!ENTITY lol0 "lol">${laughs}]>`, 'Laughs &lol9;', `${BODY.join(' ')} &lol9;`) },
    {
      name: 'quadratic-blowup.xml',
      content: rss(`<!DOCTYPE rss [<!ENTITY big "${'B'.repeat(100_000)}">]>`, 'Blowup', `${BODY.join(' ')} ${'&big;'.repeat(5_000)}`),
    },
    {
      name: 'external-entity.xml',
      content: rss('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 'External &xxe;', `${BODY.join(' ')} &xxe;`),
      forbidden: 'root:x:0:0',
    },
    { name: 'deep-xml.xml', content: rss('', 'Deep', `${BODY.join(' ')}${'<x>'.repeat(100_000)}`) },
    { name: 'many-items.xml', content: `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${Array.from({ length: 5_000 }, (_, i) => `<item><title>Item ${i}</title><link>https://example.org/${i}</link><description>${BODY[i % 3]}</description></item>`).join('')}</channel></rss>` },
    { name: 'deep-json-feed.json', content: `{"version":"https://jsonfeed.org/version/1.1","title":"Deep","items":${'['.repeat(100_000)}${']'.repeat(100_000)}}` },
    { name: 'json-feed-wrong-types.json', content: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 7, items: [{ id: {}, title: ['x'], url: 42, content_html: null, date_published: 'yesterday', authors: 'me' }, null, 3] }) },
    {
      name: 'yaml-alias-bomb.md',
      content: `---\n${['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n')}\ntitle: Night buses to reach the airport\n---\n\n${BODY.join('\n\n')}\n`,
    },
    { name: 'yaml-custom-tag.md', content: `---\ntitle: !!js/function "function(){ return process.exit(9) }"\nsource: !<tag:yaml.org,2002:js/regexp> /x/\n---\n\n${BODY.join('\n\n')}\n` },
    { name: 'deep-blockquote.md', content: `---\ntitle: Deep quotes\n---\n\n${'>'.repeat(20_000)} ${BODY[0]}\n\n${BODY.slice(1).join('\n\n')}\n` },
    { name: 'deep-list.md', content: `---\ntitle: Deep list\n---\n\n${Array.from({ length: 3_000 }, (_, i) => `${'  '.repeat(i)}- ${BODY[i % 3]}`).join('\n')}\n` },
    { name: 'bracket-flood.md', content: `---\ntitle: Brackets\n---\n\n${'['.repeat(100_000)}${BODY.join(' ')}${'](x)'.repeat(10_000)}\n` },
    { name: 'emphasis-flood.md', content: `---\ntitle: Stars\n---\n\n${'*a_'.repeat(100_000)}\n\n${BODY.join('\n\n')}\n` },
    { name: 'long-line-9mb.txt', content: `Night buses to reach the airport\n\n${(BODY.join(' ') + ' ').repeat(Math.floor(9_000_000 / 330))}` },
    { name: 'many-lines.txt', content: `Night buses to reach the airport\n\n${`${BODY[0]}\n`.repeat(60_000)}` },
    { name: 'share-flood.txt', content: `Night buses\n\n${'Share Tweet Email | '.repeat(200_000)}\n\n${BODY.join('\n\n')}` },
    { name: 'whitespace-flood.txt', content: `Night buses\n\n${' \t'.repeat(2_000_000)}x\n\n${BODY.join('\n\n')}` },
    { name: 'bidi-title.txt', content: `\u202eNight buses\u202c to reach the \u2066airport\u2069\u0007\u001b[31m\n\n${BODY.join('\n\n')}` },
    { name: 'utf16-odd.txt', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BODY.join('\n\n'), 'utf16le'), Buffer.from([0x41])]) },
    { name: 'overlong-utf8.txt', content: Buffer.concat([Buffer.from(`Night buses\n\n${BODY[0]}\n\n`), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from(BODY[1]!)]) },
    { name: 'bom-then-binary.txt', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Night buses\n\n'), Buffer.alloc(4096, 0)]) },
    { name: 'gzip-looking.txt', content: Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(2048, 0x41)]) },
  ];
}
