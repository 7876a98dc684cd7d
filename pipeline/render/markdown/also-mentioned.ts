import type { RootContent } from 'mdast';
import type { Digest } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';

/** "Also mentioned: A, B, C." for actors named with nothing attributable; nothing when there are none. */
export function alsoMentioned(digest: Digest): RootContent[] {
  const names = digest.mentioned.map((m) => cleanInline(m.name)).filter((n) => n !== '');
  if (names.length === 0) return [];
  return [
    {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: 'Also mentioned:' }] },
        { type: 'text', value: ` ${names.join(', ')}.` },
      ],
    },
  ];
}
