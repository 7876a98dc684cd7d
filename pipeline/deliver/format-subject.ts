import { cleanLine } from '../text-safety/clean-line.js';
import { HEADLINE_MAX_CHARS, truncateLine } from '../text-safety/truncate-line.js';

/** The subject when settings give no template ("Briefing YYYY-MM-DD: <top actors>"). */
export const DEFAULT_SUBJECT_TEMPLATE = 'Briefing {date}: {actors}';

/** Actors named in the subject: the three most salient fit a phone's subject line. */
const SUBJECT_ACTORS = 3;

/** What a subject template may refer to. */
const PLACEHOLDERS = ['date', 'actors', 'headline'] as const;

const PATTERNS = {
  /** A `{name}` placeholder. */
  placeholder: /\{([^{}]*)\}/gu,
} as const;

/** What the subject is made from. */
export interface SubjectParts {
  /** The digest date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Actor names, most salient first. */
  readonly actorNames: readonly string[];
  /** The rendered one-line headline. */
  readonly headline: string;
}

/**
 * Text from articles made fit for the subject by the rules every rendering
 * follows (pipeline/text-safety): one line, no controls or bidi characters,
 * at most `max` characters with one ellipsis. Exported so that every header
 * made from article text can use the same call.
 */
export function subjectText(text: string, max: number = HEADLINE_MAX_CHARS): string {
  return truncateLine(cleanLine(text), max);
}

/**
 * Fill a subject template. `{actors}` is the top three actor names joined by
 * commas (the headline when no actor has points). Names and headline come from
 * articles, so each is sanitised before it is placed, and the result again.
 * Throws for an unknown placeholder, naming it: that is a config typo.
 */
export function formatSubject(parts: SubjectParts, template: string = DEFAULT_SUBJECT_TEMPLATE): string {
  const headline = subjectText(parts.headline);
  const names = parts.actorNames
    .map((name) => subjectText(name))
    .filter((name) => name !== '')
    .slice(0, SUBJECT_ACTORS);
  const values: Record<(typeof PLACEHOLDERS)[number], string> = {
    date: parts.date,
    actors: names.length > 0 ? names.join(', ') : headline || 'no new stories',
    headline: headline || 'no new stories',
  };
  const filled = template.replace(PATTERNS.placeholder, (whole, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new Error(
        `Cannot use subject template: got placeholder ${whole} in ${JSON.stringify(template)}, expected one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
      );
    }
    return values[name as (typeof PLACEHOLDERS)[number]];
  });
  return subjectText(filled);
}
