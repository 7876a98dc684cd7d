import type { List, RootContent } from 'mdast';
import type { DigestArticle } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { sourceMeta } from '../shared/source-meta.js';
import { citations } from './citations.js';

/** Stories briefed before that have something new today; nothing when there are none. */
export function developingSection(articles: readonly DigestArticle[]): RootContent[] {
  const developing = articles.filter((article) => article.status === 'developing');
  if (developing.length === 0) return [];
  const list: List = { type: 'list', ordered: false, spread: false, children: [] };
  for (const article of developing) {
    const meta = sourceMeta(article);
    list.children.push({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            ...citations([article.ref]),
            { type: 'text', value: ` ${cleanInline(article.title)}${meta === '' ? '' : ` — ${meta}`}` },
          ],
        },
      ],
    });
  }
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Developing' }] },
    { type: 'paragraph', children: [{ type: 'text', value: 'Stories briefed before, with new sources or claims today:' }] },
    list,
  ];
}
