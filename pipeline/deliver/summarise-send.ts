import type { RecipientResult, SendReport } from '../types.js';
import { maskAddress } from './mask-address.js';
import { maskAddresses } from './mask-addresses.js';

/** What a finished send looked like, before it is summed up. */
export interface SendOutcome {
  readonly date: string;
  readonly messageId: string;
  /** Every configured recipient with its result. */
  readonly recipients: readonly RecipientResult[];
  readonly attempts: number;
  /** "host:port" of the server, for the error sentence. */
  readonly server: string;
  /** Message of the last error, when there was one. */
  readonly lastError?: string | undefined;
  /** Failures to write the sent record after an acceptance (sending stopped at the first). */
  readonly recordErrors: readonly string[];
}

/**
 * Turn per-recipient results into a report. The status, most urgent first:
 * `unrecorded` when an acceptance could not be recorded (a rerun would send
 * it again), `unknown` when some copy went out with no answer, then `sent`
 * when every recipient due accepted, `partial` when some did, `failed` when
 * none did, `skipped-already-sent` when none was due. The error sentence
 * carries each server answer, with recipients masked (`j***@example.org`),
 * so the public run log says why without naming anyone.
 */
export function summariseSend(outcome: SendOutcome): SendReport {
  const due = outcome.recipients.filter((result) => result.status !== 'already-sent');
  const accepted = due.filter((result) => result.status === 'accepted');
  const unknown = due.filter((result) => result.status === 'unknown');
  const missed = due.filter((result) => result.status === 'rejected' || result.status === 'failed');
  const status =
    outcome.recordErrors.length > 0
      ? 'unrecorded'
      : unknown.length > 0
        ? 'unknown'
        : due.length === 0
          ? 'skipped-already-sent'
          : missed.length === 0
            ? 'sent'
            : accepted.length > 0
              ? 'partial'
              : 'failed';
  const problems: string[] = [];
  for (const message of outcome.recordErrors) {
    problems.push(`the sent record could not be written (${maskAddresses(message)}), so sending stopped there; a copy the server accepted but the record does not show would go out again on a rerun`);
  }
  if (unknown.length > 0) {
    const list = unknown.map((result) => maskAddress(result.recipient)).join(', ');
    problems.push(
      `outcome unknown for ${unknown.length} recipient${unknown.length === 1 ? '' : 's'} (${list}): the whole message went out and the server never answered, so it may have been delivered; it is not sent again unless you rerun with --force`,
    );
  }
  if (missed.length > 0) {
    const unreached = accepted.length === 0 && unknown.length === 0 && missed.every((result) => result.responseCode === undefined);
    if (unreached && outcome.lastError !== undefined) {
      problems.push(`Cannot send via ${outcome.server} after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'}: ${maskAddresses(outcome.lastError)}`);
    } else {
      const list = missed.map((result) => `${maskAddress(result.recipient)} ${result.status} (${maskAddresses(result.response ?? 'no answer')})`).join('; ');
      problems.push(`${missed.length} of ${due.length} recipients not reached via ${outcome.server}: ${list}`);
    }
  }
  return {
    status,
    date: outcome.date,
    messageId: outcome.messageId,
    recipients: outcome.recipients,
    attempts: outcome.attempts,
    ...(problems.length > 0 ? { error: problems.join('. ') } : {}),
  };
}
