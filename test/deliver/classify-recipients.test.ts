import { describe, expect, it } from 'vitest';
import { classifyRecipients, recipientKey, type SentRecord } from '../../pipeline/deliver/index.js';

const RECORD: SentRecord = {
  version: 1,
  entries: [
    { date: '2026-11-22', recipient: recipientKey('ben@example.net'), messageId: '<old@x.example>' },
    { date: '2026-11-23', recipient: recipientKey('ana@example.com'), messageId: '<m@x.example>' },
    { date: '2026-11-23', recipient: recipientKey('chloe@example.org'), messageId: '<m@x.example>', outcome: 'unknown' },
    { date: '2026-11-24', recipient: recipientKey('ana@example.com'), messageId: '<n@x.example>', kind: 'nothing-new' },
  ],
};
const TO = ['ana@example.com', 'ben@example.net', 'chloe@example.org'];

describe('classifyRecipients', () => {
  it('sorts recipients into due, already sent and unknown for that date, keeping the order', () => {
    expect(classifyRecipients(RECORD, '2026-11-23', TO)).toEqual({ due: ['ben@example.net'], alreadySent: ['ana@example.com'], unknown: ['chloe@example.org'] });
    expect(classifyRecipients(RECORD, '2026-11-22', TO)).toEqual({ due: ['ana@example.com', 'chloe@example.org'], alreadySent: ['ben@example.net'], unknown: [] });
  });

  it('matches addresses regardless of case', () => {
    expect(classifyRecipients(RECORD, '2026-11-23', ['ANA@example.com']).alreadySent).toEqual(['ANA@example.com']);
  });

  it('makes everyone due with force, the unknown ones included', () => {
    expect(classifyRecipients(RECORD, '2026-11-23', TO, { force: true })).toEqual({ due: TO, alreadySent: [], unknown: [] });
  });

  it('never lets a nothing-new note block the digest of its date, nor the other way round', () => {
    expect(classifyRecipients(RECORD, '2026-11-24', TO).due).toEqual(TO);
    expect(classifyRecipients(RECORD, '2026-11-24', TO, { kind: 'nothing-new' }).alreadySent).toEqual(['ana@example.com']);
    expect(classifyRecipients(RECORD, '2026-11-23', TO, { kind: 'nothing-new' }).due).toEqual(TO);
  });
});
