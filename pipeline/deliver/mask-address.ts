const PATTERNS = {
  /** The address inside angle brackets, when the text carries a display name. */
  bracketed: /<([^<>]*)>/u,
} as const;

/**
 * A recipient as logs and error messages may show it: the first character of
 * the local part, `***`, and the domain (`j***@example.org`). Run logs of a
 * scheduled workflow are public, and recipients' addresses are personal data;
 * the domain stays so that a failure for one provider is still readable. Any
 * display name is dropped. Text that is not an address keeps only its first
 * character.
 */
export function maskAddress(text: string): string {
  const address = (PATTERNS.bracketed.exec(text)?.[1] ?? text).trim();
  const at = address.lastIndexOf('@');
  const local = at === -1 ? address : address.slice(0, at);
  const first = Array.from(local)[0] ?? '';
  return at === -1 ? `${first}***` : `${first}***@${address.slice(at + 1)}`;
}
