import type { DigestActor, DigestArticle } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { describeActor } from '../shared/describe-actor.js';
import { describeMember } from '../shared/describe-member.js';
import { joinMarkup } from './join-markup.js';
import type { Markup } from './markup.js';
import { pointMarkup } from './point-markup.js';
import { renderPartial } from './render-partial.js';

/** One actor's section: name, what it is, its people, its cited points. */
export function actorBlock(
  actor: DigestActor,
  names: ReadonlyMap<string, string>,
  byRef: ReadonlyMap<number, DigestArticle>,
): Markup {
  const people = actor.members.map(describeMember).filter((m) => m !== '');
  const about = people.length === 0 ? describeActor(actor, names) : `${describeActor(actor, names)} · People: ${people.join('; ')}`;
  return renderPartial('partials/actor-section', {
    name: cleanInline(actor.name),
    about,
    points: joinMarkup(actor.points.map((point) => pointMarkup(actor, point, byRef, false))),
  });
}
