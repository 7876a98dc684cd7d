import type { PhrasingContent, RootContent } from 'mdast';
import type { DigestActor } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { describeActor } from '../shared/describe-actor.js';
import { describeMember } from '../shared/describe-member.js';
import { pointItem } from './point-item.js';

/** One actor: its name, what it is, its people, and its cited points. */
export function actorSection(actor: DigestActor, names: ReadonlyMap<string, string>): RootContent[] {
  const nodes: RootContent[] = [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: cleanLine(actor.name) }] },
  ];
  const about: PhrasingContent[] = [{ type: 'emphasis', children: [{ type: 'text', value: describeActor(actor, names) }] }];
  const people = actor.members.map(describeMember).filter((m) => m !== '');
  if (people.length > 0) {
    about.push({ type: 'text', value: ' · ' });
    about.push({ type: 'strong', children: [{ type: 'text', value: 'People:' }] });
    about.push({ type: 'text', value: ` ${people.join('; ')}` });
  }
  nodes.push({ type: 'paragraph', children: about });
  if (actor.points.length > 0) {
    nodes.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: actor.points.map((point) => pointItem(actor, point)),
    });
  }
  return nodes;
}
