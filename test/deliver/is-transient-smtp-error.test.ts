import { describe, expect, it } from 'vitest';
import { isTransientSmtpError } from '../../pipeline/deliver/index.js';

describe('isTransientSmtpError', () => {
  it.each([
    [{ code: 'ESOCKET', originalCode: 'ECONNREFUSED' }, true],
    [{ code: 'ECONNRESET' }, true],
    [{ code: 'ETIMEDOUT' }, true],
    [{ code: 'ECONNECTION' }, true],
    [{ code: 'EDNS', originalCode: 'EAI_AGAIN' }, true],
    [{ code: 'EPROTOCOL', responseCode: 421, permanent: false }, true],
    [{ code: 'EENVELOPE', responseCode: 450 }, true],
    [{ code: 'EMESSAGE', responseCode: 503, permanent: false }, true],
    [{ code: 'EENVELOPE', responseCode: 550, permanent: true }, false],
    [{ code: 'EMESSAGE', responseCode: 554 }, false],
    [{ code: 'EAUTH', responseCode: 535 }, false],
    [{ code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, false],
    [{ code: 'EDNS', originalCode: 'ENOTFOUND' }, false],
    [{}, false],
  ])('classifies %j as transient: %s', (error, expected) => {
    expect(isTransientSmtpError(error)).toBe(expected);
  });
});
