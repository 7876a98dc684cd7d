import { fold } from './fold.js';
import type { Token } from '../model.js';
import { CLOSING_QUOTES, OPENING_QUOTES, QUOTE_MARKS } from './quote-marks.js';

/**
 * One token, as a pattern's source (the alias trie files aliases by their first token read the same way);
 * order matters (numbers and initials before words): numbers with separators or decimals ("4,000", "$1.3bn":
 * one token, so their comma ends no clause) | dotted initials ("U.S.", "U.N.") | words with inner apostrophes
 * ("N'Djamena", not "Russia's") | the possessive ending | quotation marks | dashes and hyphens | punctuation
 * (with "&" of "S&P", "Marks & Spencer").
 */
export const TOKEN_PATTERN = String.raw`\p{N}+(?:[.,]\p{N}+)+\p{L}*|(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’](?![sS]\b)[\p{L}\p{M}]+)*|['’][sS]\b|[“”"«»]|[-–—]|[,;:()!?.&]`;

/** Token patterns, compiled once. */
const TOKEN_REGEXPS = {
  token: new RegExp(TOKEN_PATTERN, 'gu'),
  upper: /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u,
  cap: /^\p{Lu}/u,
  space: /\s/u,
} as const;


/**
 * Splits a sentence into tokens and marks those inside quotation marks. A
 * closing mark with no opening one means the quote began in an earlier
 * sentence, so everything before it is quoted too.
 */
export function tokenise(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN_REGEXPS.token)) {
    const raw = match[0];
    const index = match.index;
    const norm = fold(raw);
    const code = raw.charCodeAt(0);
    // ASCII capitals by code; other scripts by the Unicode property (slower, rarer).
    // "eBay", "iPod", "yFrog": a brand's capital may come second (ASCII only, tested by code: most tokens are lowercase words).
    const cap = code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122 && isAsciiUpper(raw.charCodeAt(1)) && isAsciiLower(raw.charCodeAt(2))) : TOKEN_REGEXPS.cap.test(raw);
    const upper = cap && TOKEN_REGEXPS.upper.test(raw);
    tokens.push({ raw, norm, cap, upper, glue: index > 0 && !isSpaceAt(sentence, index - 1), quoted: false, bare: norm.includes('.') ? norm.replaceAll('.', '') : norm });
  }
  markQuotes(tokens);
  return tokens;
}

/** Whether the character at `index` is white space, by code for ASCII (most text) and by `\s` otherwise. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return TOKEN_REGEXPS.space.test(text[index] ?? '');
}

/**
 * A straight mark closes when it touches the word before it ('look," he added') and opens otherwise ('"We
 * ...', 'it "a disgrace"'): a sentence cut out of a quotation by a stray or missing mark is read as the
 * writer meant, not by counting marks from its start.
 */
function closes(token: Token, index: number): boolean {
  return CLOSING_QUOTES.has(token.raw) || (token.raw === '"' && index > 0 && token.glue);
}

function opens(token: Token, index: number): boolean {
  return OPENING_QUOTES.has(token.raw) || (token.raw === '"' && !closes(token, index));
}

function markQuotes(tokens: Token[]): void {
  if (!tokens.some((t) => QUOTE_MARKS.has(t.raw))) return;
  const firstClose = tokens.findIndex(closes);
  const firstOpen = tokens.findIndex(opens);
  let inside = firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen);
  for (const [i, token] of tokens.entries()) {
    if (opens(token, i)) inside = true;
    else if (closes(token, i)) inside = false;
    else token.quoted = inside;
  }
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
