import type { DigestActor } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { describeActor } from '../shared/describe-actor.js';
import { describeMember } from '../shared/describe-member.js';
import { joinMarkup } from './join-markup.js';
import type { Markup } from './markup.js';
import { pointMarkup } from './point-markup.js';
import { renderPartial } from './render-partial.js';

/** One actor's section: name, what it is, its people, its cited points. */
export function actorBlock(actor: DigestActor, names: ReadonlyMap<string, string>, urls: ReadonlyMap<number, string>): Markup {
  const people = actor.members.map(describeMember).filter((m) => m !== '');
  const about = people.length === 0 ? describeActor(actor, names) : `${describeActor(actor, names)} · People: ${people.join('; ')}`;
  return renderPartial('partials/actor-section', {
    name: cleanLine(actor.name),
    about,
    points: joinMarkup(actor.points.map((point) => pointMarkup(actor, point, urls))),
  });
}
