/**
 * Minify compiled email HTML: every whitespace run that holds a line break
 * becomes one line break. A browser renders such a run as one space anyway,
 * and the email has no <pre> or <textarea>, whose whitespace would matter;
 * article text cannot add line breaks (it is cleaned to one line first).
 * Keeping the break, not a space, keeps lines short for SMTP's line limit.
 */

const BROKEN_RUN = /[ \t]*\n\s*/g;

export function collapseWhitespace(html: string): string {
  return html.replace(BROKEN_RUN, '\n').trim() + '\n';
}
