import type { DigestDuplicate } from '../../types.js';
import { cleanInline } from './clean-inline.js';

/** How a copy is named in "also carried by": its publisher, else its path or URL. */
export function duplicateLabel(duplicate: DigestDuplicate): string {
  const source = cleanInline(duplicate.source ?? '');
  return source !== '' ? source : cleanInline(duplicate.path);
}
