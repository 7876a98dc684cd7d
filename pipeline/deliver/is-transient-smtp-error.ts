/**
 * Error codes after which the same message may well go through on a new
 * connection: the server was unreachable, slow, or dropped us. Checked against
 * `originalCode` first (nodemailer wraps ECONNREFUSED as ESOCKET), so a TLS
 * certificate failure, also ESOCKET, is not retried forever.
 */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED', // server down or restarting
  'ECONNRESET', // connection dropped mid-session
  'ETIMEDOUT', // connect, greeting or socket timeout (nodemailer and node)
  'EPIPE', // wrote to a socket the server closed
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN', // DNS temporarily failing (ENOTFOUND, a typo, is permanent)
  'ECONNECTION', // nodemailer: connection closed unexpectedly
]);

/** The fields of a nodemailer error that tell a transient failure from a permanent one. */
export interface SmtpErrorLike {
  readonly code?: string | undefined;
  readonly originalCode?: string | undefined;
  readonly responseCode?: number | undefined;
  readonly permanent?: boolean | undefined;
}

/**
 * Whether a failed send (or a rejected recipient) is worth retrying. An SMTP
 * reply decides by its class (RFC 5321: 4yz transient, 5yz permanent; nodemailer's
 * `permanent` flag also counts 503 as transient); without a reply, the socket
 * error code decides. Anything unknown is permanent: retrying a bad password
 * or a bad certificate only delays the report.
 */
export function isTransientSmtpError(error: SmtpErrorLike): boolean {
  if (typeof error.responseCode === 'number') {
    if (typeof error.permanent === 'boolean') return !error.permanent;
    return error.responseCode >= 400 && error.responseCode < 500;
  }
  const code = error.originalCode ?? error.code;
  return code !== undefined && TRANSIENT_CODES.has(code);
}
