import { describe, expect, it } from 'vitest';
import { recipientKey, unsentRecipients, type SentRecord } from '../../pipeline/deliver/index.js';

const RECORD: SentRecord = {
  version: 1,
  entries: [
    { date: '2026-11-22', recipient: recipientKey('ben@example.net'), messageId: '<old@x.example>' },
    { date: '2026-11-23', recipient: recipientKey('ana@example.com'), messageId: '<m@x.example>' },
  ],
};
const TO = ['ana@example.com', 'ben@example.net', 'chloe@example.org'];

describe('unsentRecipients', () => {
  it('leaves out whoever already has the digest of that date, keeping the order', () => {
    expect(unsentRecipients(RECORD, '2026-11-23', TO)).toEqual(['ben@example.net', 'chloe@example.org']);
    expect(unsentRecipients(RECORD, '2026-11-22', TO)).toEqual(['ana@example.com', 'chloe@example.org']);
  });

  it('matches addresses regardless of case', () => {
    expect(unsentRecipients(RECORD, '2026-11-23', ['ANA@example.com'])).toEqual([]);
  });

  it('returns everyone with force', () => {
    expect(unsentRecipients(RECORD, '2026-11-23', TO, true)).toEqual(TO);
  });
});
