import type { RecipientResult, SendReport } from '../types.js';

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
  /** Failures to write the sent record after an accepted attempt. */
  readonly recordErrors: readonly string[];
}

/**
 * Turn per-recipient results into a report: `sent` when every recipient due
 * accepted, `partial` when some did, `failed` when none did,
 * `skipped-already-sent` when none was due. The error sentence carries each
 * server answer, so the run log says why without a debug rerun.
 */
export function summariseSend(outcome: SendOutcome): SendReport {
  const due = outcome.recipients.filter((result) => result.status !== 'already-sent');
  const accepted = due.filter((result) => result.status === 'accepted');
  const missed = due.filter((result) => result.status === 'rejected' || result.status === 'failed');
  const status =
    due.length === 0 ? 'skipped-already-sent' : missed.length === 0 ? 'sent' : accepted.length > 0 ? 'partial' : 'failed';
  const problems: string[] = [];
  if (missed.length > 0) {
    const unreached = accepted.length === 0 && missed.every((result) => result.response === undefined || result.responseCode === undefined);
    if (unreached && outcome.lastError !== undefined) {
      problems.push(`Cannot send via ${outcome.server} after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'}: ${outcome.lastError}`);
    } else {
      const list = missed.map((result) => `${result.recipient} ${result.status} (${result.response ?? 'no answer'})`).join('; ');
      problems.push(`${missed.length} of ${due.length} recipients not reached via ${outcome.server}: ${list}`);
    }
  }
  for (const message of outcome.recordErrors) problems.push(`accepted, but the sent record was not written: ${message}`);
  return {
    status,
    date: outcome.date,
    messageId: outcome.messageId,
    recipients: outcome.recipients,
    attempts: outcome.attempts,
    ...(problems.length > 0 ? { error: problems.join('. ') } : {}),
  };
}
