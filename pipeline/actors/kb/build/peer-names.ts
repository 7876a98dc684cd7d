// A peer's title with its territorial designation ("Baroness Scotland of Asthal"): news
// writes the title without it ("Baroness Scotland").
const PEER = /^(?:Lord|Baroness|Lady|Viscount|Earl|Countess|Marquess) /;
const TERRITORIAL = /^((?:Lord|Baroness|Lady|Viscount|Earl|Countess|Marquess) .+?) of .+$/;

/**
 * The names news gives a member of the House of Lords, from the latest name parlparse
 * records ("Lord Falconer of Thoroton" -> both it and "Lord Falconer"); none for a name
 * that is not a peer's title.
 */
export function peerNames(latest: string | undefined): string[] {
  if (!latest || !PEER.test(latest)) return [];
  const plain = TERRITORIAL.exec(latest)?.[1];
  return plain ? [latest, plain] : [latest];
}
