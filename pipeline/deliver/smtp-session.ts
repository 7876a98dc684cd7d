import { Readable } from 'node:stream';
import type SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { SmtpConnectionOptions } from '../types.js';

/** A failure as nodemailer's SMTP connection reports it. */
export type SmtpFailure = Error & {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  permanent?: boolean;
  response?: string;
};

/** How sending one message over a session ended. */
export type SessionSend =
  /** The server answered the final "." with 2xx. */
  | { readonly kind: 'accepted'; readonly response: string; readonly sessionUsable: boolean }
  /** The whole message went out and no answer came: it may have been delivered. */
  | { readonly kind: 'unknown'; readonly error: SmtpFailure; readonly sessionUsable: false }
  /** The server refused it (an answer with a code), or the connection failed before the whole message went out. */
  | { readonly kind: 'failed'; readonly error: SmtpFailure; readonly sessionUsable: boolean; readonly committed: boolean }
  /** `beforeEnd` failed: the message was never completed, and the connection is dropped so the server discards it. */
  | { readonly kind: 'uncommitted'; readonly error: Error; readonly sessionUsable: false };

/** One open, logged-in SMTP connection that sends messages one at a time. */
export interface SmtpSession {
  /**
   * Send one message (raw RFC 5322 bytes) to the envelope's recipients.
   * `beforeEnd` runs after all but the last byte went out and before that
   * byte and the final "." do: the moment after which the server may accept
   * the message. If it throws, the message is abandoned unfinished.
   */
  send(envelope: { readonly from: string; readonly to: readonly string[] }, raw: Buffer, beforeEnd?: () => Promise<void>): Promise<SessionSend>;
  /** Say QUIT and close. */
  quit(): void;
  /** Drop the connection. */
  close(): void;
}

/**
 * Connect and log in (when the URL has credentials and the server offers
 * AUTH), with nodemailer's SMTP connection used directly rather than through
 * its transport, because only here can the sender tell the one case that
 * matters for duplicates: whether the whole message, final "." included, went
 * out before a failure. The message is handed over as a stream of our own
 * whose end marks that point (nodemailer appends the "." as that stream
 * ends), and whose last byte waits for the caller to record that the message
 * is about to be complete. Rejects with nodemailer's error when the
 * connection or login fails.
 */
export async function openSmtpSession(options: SmtpConnectionOptions, timeoutMs: number): Promise<SmtpSession> {
  const { default: Connection } = await import('nodemailer/lib/smtp-connection');
  const { auth, ...rest } = options;
  const connection: SMTPConnection = new Connection({
    ...(rest as SMTPConnection.Options),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
  });
  // A failure while connecting or logging in arrives as an 'error' (or a bare 'end') event, not
  // always through the callback; during a send it reaches the send's callback as well.
  let failure: ((error: Error) => void) | undefined;
  connection.on('error', (error) => failure?.(error));
  connection.on('end', () => failure?.(Object.assign(new Error('Connection closed unexpectedly'), { code: 'ECONNECTION' })));
  const step = (run: (done: (error?: Error | null) => void) => void) =>
    new Promise<void>((resolve, reject) => {
      failure = reject;
      run((error) => (error ? reject(error) : resolve()));
    }).finally(() => {
      failure = undefined;
    });
  try {
    await step((done) => connection.connect(done));
    if (auth !== undefined && connection.allowsAuth) await step((done) => connection.login({ user: auth.user, pass: auth.pass }, done));
  } catch (error) {
    connection.close();
    throw error;
  }
  return {
    send: async (envelope, raw, beforeEnd) => {
      const sent = sendOne(connection, envelope, raw, beforeEnd, (settle) => {
        failure = settle;
      });
      return sent.finally(() => {
        failure = undefined;
      });
    },
    quit: () => {
      if (!connection.destroyed) connection.quit();
    },
    close: () => connection.close(),
  };
}

function sendOne(
  connection: SMTPConnection,
  envelope: { readonly from: string; readonly to: readonly string[] },
  raw: Buffer,
  beforeEnd: (() => Promise<void>) | undefined,
  onFailure: (settle: (error: Error) => void) => void,
): Promise<SessionSend> {
  return new Promise((resolve) => {
    let delivered = false;
    let committed = false;
    let uncommitted: Error | undefined;
    let commitRun: Promise<void> | undefined;
    let settled = false;
    // Settle once, and only after beforeEnd has finished: the caller must know whether it recorded anything.
    const finish = (result: () => SessionSend) => {
      if (settled) return;
      settled = true;
      void (commitRun ?? Promise.resolve()).then(() => resolve(result()));
    };
    // All but the last byte, then (once beforeEnd has run) the last one: without it the server
    // has no end of data, so it cannot have accepted the message before beforeEnd finished.
    let step = 0;
    const body = new Readable({
      read() {
        step += 1;
        if (step === 1) {
          this.push(raw.subarray(0, Math.max(0, raw.length - 1)));
          return;
        }
        if (step !== 2) return;
        commitRun = (beforeEnd ?? (async () => undefined))().then(
          () => {
            committed = true;
            if (settled) return;
            this.push(raw.subarray(Math.max(0, raw.length - 1)));
            this.push(null);
          },
          (error: Error) => {
            uncommitted = error;
            this.destroy(error);
          },
        );
      },
    });
    // 'end' fires once the connection's data stream has read every byte; it writes the final "." next.
    body.once('end', () => {
      delivered = true;
    });
    const fail = (caught: Error) => {
      const error = caught as SmtpFailure;
      if (error.responseCode === undefined) {
        finish(() =>
          uncommitted !== undefined
            ? { kind: 'uncommitted', error: uncommitted, sessionUsable: false }
            : delivered
              ? { kind: 'unknown', error, sessionUsable: false }
              : { kind: 'failed', error, sessionUsable: false, committed },
        );
        return;
      }
      // A refusal with a code leaves the session usable after RSET (421 means the server is closing it).
      const answered = (error.code === 'EENVELOPE' || error.code === 'EMESSAGE') && error.responseCode !== 421 && !connection.destroyed;
      if (!answered) {
        finish(() => ({ kind: 'failed', error, sessionUsable: false, committed }));
        return;
      }
      connection.reset((resetError) => finish(() => ({ kind: 'failed', error, sessionUsable: !resetError, committed })));
    };
    // A connection that ends with no error and no answer must not leave the send waiting for ever.
    onFailure(fail);
    connection.send({ from: envelope.from, to: [...envelope.to] }, body, (caught, info) => {
      if (caught) fail(caught);
      else finish(() => ({ kind: 'accepted', response: String(info.response ?? ''), sessionUsable: !connection.destroyed }));
    });
  });
}
