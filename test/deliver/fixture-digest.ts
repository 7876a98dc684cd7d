// Test helper: the small digest every deliver test mails (built by hand in
// test/fixtures/deliver/digest/, no other stage involved), plus settings.
import { readFileSync } from 'node:fs';
import type { ParsedMail } from 'mailparser';
import type { EmailInput } from '../../pipeline/deliver/index.js';
import type { DigestActor, EmailSettings } from '../../pipeline/types.js';

const folder = new URL('../fixtures/deliver/digest/', import.meta.url);
const data = JSON.parse(readFileSync(new URL('digest.json', folder), 'utf8')) as {
  date: string;
  generator: string;
  headline: string;
  actors: DigestActor[];
};

export const FIXTURE_SETTINGS: EmailSettings = {
  from: 'Actor Digest <digest@briefing.example.org>',
  to: ['ana@example.com', 'ben@example.net', 'chloe@example.org'],
  unsubscribeMailto: 'leave@briefing.example.org',
  unsubscribeUrl: 'https://briefing.example.org/unsubscribe?list=daily',
};

/** The fixture email input, with any part replaced. */
export function fixtureInput(overrides: {
  readonly settings?: Partial<EmailSettings>;
  readonly actors?: readonly DigestActor[];
  readonly headline?: string;
  readonly html?: string;
  readonly text?: string;
  readonly date?: string;
} = {}): EmailInput {
  return {
    digest: { date: overrides.date ?? data.date, generator: data.generator, actors: overrides.actors ?? data.actors },
    rendered: {
      html: overrides.html ?? readFileSync(new URL('email.html', folder), 'utf8'),
      text: overrides.text ?? readFileSync(new URL('email.txt', folder), 'utf8'),
      headline: overrides.headline ?? data.headline,
    },
    settings: { ...FIXTURE_SETTINGS, ...overrides.settings },
  };
}

/** An actor with a given (possibly hostile) name. */
export function actorNamed(name: string): DigestActor {
  return { id: name.slice(0, 8), name, kind: 'state', members: [], aliases: [], articleRefs: [1], points: [] };
}

/** One header's raw value as it arrived, unfolded (mailparser's `headers` map restructures List-* headers). */
export function headerValue(mail: ParsedMail, key: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === key)?.line;
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}
