import type { Member } from '../../types.js';
import { cleanInline } from './clean-inline.js';

/** "Sergei Lavrov (foreign minister)", or the name alone when no role is known. */
export function describeMember(member: Member): string {
  const name = cleanInline(member.name);
  const role = member.role === undefined ? '' : cleanInline(member.role);
  return role === '' ? name : `${name} (${role})`;
}
