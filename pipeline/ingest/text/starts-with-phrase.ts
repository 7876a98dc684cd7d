const WORD_CHAR = /[\p{L}\p{N}]/u;
const ENDS_IN_WORD_CHAR = /[\p{L}\p{N}]$/u;

/** Whether `key` starts with `phrase` as whole words ("share" starts "share this", not "shares"). */
export function startsWithPhrase(key: string, phrase: string): boolean {
  if (!key.startsWith(phrase)) return false;
  const next = key.charAt(phrase.length);
  return next === '' || !WORD_CHAR.test(next) || !ENDS_IN_WORD_CHAR.test(phrase);
}
