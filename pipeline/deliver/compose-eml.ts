import type { SendMailOptions } from 'nodemailer';

/**
 * The complete RFC 5322 message, as the SMTP server would receive it (DKIM
 * signature included when the message carries DKIM options), with CRLF line
 * ends. Uses nodemailer's stream transport, so it is the same composer that
 * sends; nodemailer is loaded only when a message is actually composed.
 */
export async function composeEml(message: SendMailOptions): Promise<Buffer> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail(message);
  return info.message as Buffer;
}
