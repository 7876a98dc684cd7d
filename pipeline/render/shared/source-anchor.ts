/** The in-document id of source [n], shared by the citation links and the source list. */
export function sourceAnchor(ref: number): string {
  return `ref-${ref}`;
}
