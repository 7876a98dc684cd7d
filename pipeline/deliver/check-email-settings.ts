import type { EmailSettings } from '../types.js';
import { buildMessage } from './build-message.js';

/**
 * Throw now, before any stage runs, if the email settings are wrong (bad
 * address, http unsubscribe URL, unknown subject placeholder, key that is not
 * PEM...), with the same sentence buildMessage would throw after the digest
 * is written. Builds a message for an empty digest, so the checks are exactly
 * buildMessage's and cannot drift from them.
 */
export function checkEmailSettings(settings: EmailSettings): void {
  buildMessage({
    digest: { date: '2000-01-01', actors: [], generator: 'actor-digest' },
    rendered: { html: '', text: '', headline: '' },
    settings,
  });
}
