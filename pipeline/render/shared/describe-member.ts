import type { Member } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';

/** "Sergei Lavrov (foreign minister)", or the name alone when no role is known. */
export function describeMember(member: Member): string {
  const name = cleanLine(member.name);
  const role = member.role === undefined ? '' : cleanLine(member.role);
  return role === '' ? name : `${name} (${role})`;
}
