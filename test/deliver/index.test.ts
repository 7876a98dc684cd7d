import { describe, expect, it } from 'vitest';
import * as deliver from '../../pipeline/deliver/index.js';

describe('pipeline/deliver/index', () => {
  it('exposes the email API (the lead appends its own exports after these)', () => {
    const email = [
      'DEFAULT_SUBJECT_TEMPLATE', 'DKIM_SIGNED_HEADERS', 'MAX_HEADER_TEXT_CHARS', 'PREVIEW_EMAIL_SETTINGS', 'SENT_RECORD_FILE',
      'EMAIL_ENV', 'buildMessage', 'checkEmailSettings', 'composeEml', 'emailSettingsFromEnv', 'deliverEmail', 'digestMessageId', 'expBackoff', 'formatSubject',
      'isTransientSmtpError', 'parseMailbox', 'readSentRecord', 'recipientKey', 'recordSent',
      'sanitizeHeaderText', 'sendDigest', 'summariseSend', 'classifyRecipients', 'writeEmlPreview',
      'maskAddress', 'maskAddresses', 'parseSmtpUrl', 'openSmtpSession', 'UNDISCLOSED_RECIPIENTS',
    ];
    expect(Object.keys(deliver)).toEqual(expect.arrayContaining(email));
    for (const name of email) expect(deliver[name as keyof typeof deliver]).toBeDefined();
  });
});
