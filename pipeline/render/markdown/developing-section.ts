import type { RootContent } from 'mdast';
import type { DigestArticle } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { sourceMeta } from '../shared/source-meta.js';
import { citations } from './citations.js';
import { tightList } from './tight-list.js';

/** Stories briefed before that have something new today; nothing when there are none. */
export function developingSection(articles: readonly DigestArticle[]): RootContent[] {
  const developing = articles.filter((article) => article.status === 'developing');
  if (developing.length === 0) return [];
  const list = tightList(
    developing.map((article) => {
      const meta = sourceMeta(article);
      return [...citations([article.ref]), { type: 'text', value: ` ${cleanInline(article.title)}${meta === '' ? '' : ` — ${meta}`}` }];
    }),
  );
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Developing' }] },
    { type: 'paragraph', children: [{ type: 'text', value: 'Stories briefed before, with new sources or claims today:' }] },
    list,
  ];
}
