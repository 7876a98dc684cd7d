import type { ListItem, PhrasingContent } from 'mdast';
import type { DigestActor, Point } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { speakerPrefix } from '../shared/speaker-prefix.js';
import { supportLabel } from '../shared/support-label.js';
import { citations } from './citations.js';

/** "**Sergei Lavrov**: text [1] [2] (2 sources)" as a list item. */
export function pointItem(actor: DigestActor, point: Point): ListItem {
  const children: PhrasingContent[] = [];
  const speaker = speakerPrefix(actor, point);
  if (speaker !== '') {
    children.push({ type: 'strong', children: [{ type: 'text', value: speaker }] });
    children.push({ type: 'text', value: ': ' });
  }
  children.push({ type: 'text', value: cleanLine(point.text) });
  if (point.refs.length > 0) children.push({ type: 'text', value: ' ' }, ...citations(point.refs));
  const support = supportLabel(point);
  if (support !== '') children.push({ type: 'text', value: ` ${support}` });
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] };
}
