/**
 * Text safety: what article text may carry into a Markdown file, an HTML
 * email, a plain-text part or a mail header. Not a stage: every stage that
 * shows text uses it, so their rules cannot drift apart.
 */
export { cleanLine } from './clean-line.js';
export { HEADLINE_MAX_CHARS, truncateLine } from './truncate-line.js';
export { TEXT_PATTERNS } from './text-patterns.js';
