import { describe, expect, it } from 'vitest';
import { summariseSend, type SendOutcome } from '../../pipeline/deliver/index.js';

const BASE: Omit<SendOutcome, 'recipients'> = { date: '2026-11-23', messageId: '<m@x.example>', attempts: 1, server: 'mail.example.org:587', recordErrors: [] };

describe('summariseSend', () => {
  it('is sent when every due recipient accepted, already-sent ones aside', () => {
    const report = summariseSend({ ...BASE, recipients: [{ recipient: 'a@x.example', status: 'accepted' }, { recipient: 'b@x.example', status: 'already-sent' }] });
    expect(report.status).toBe('sent');
    expect(report.error).toBeUndefined();
  });

  it('is skipped-already-sent when nobody was due', () => {
    expect(summariseSend({ ...BASE, attempts: 0, recipients: [{ recipient: 'a@x.example', status: 'already-sent' }] }).status).toBe('skipped-already-sent');
  });

  it('is partial with each server answer when some were rejected', () => {
    const report = summariseSend({
      ...BASE,
      recipients: [
        { recipient: 'a@x.example', status: 'accepted' },
        { recipient: 'b@x.example', status: 'rejected', response: '550 5.1.1 No such user', responseCode: 550 },
      ],
    });
    expect(report.status).toBe('partial');
    expect(report.error).toBe('1 of 2 recipients not reached via mail.example.org:587: b***@x.example rejected (550 5.1.1 No such user)');
  });

  it('is failed with the connection error when nobody was reached', () => {
    const report = summariseSend({ ...BASE, attempts: 4, lastError: 'connect ETIMEDOUT', recipients: [{ recipient: 'a@x.example', status: 'failed', response: 'connect ETIMEDOUT' }] });
    expect(report).toMatchObject({ status: 'failed', error: 'Cannot send via mail.example.org:587 after 4 attempts: connect ETIMEDOUT' });
  });

  it('is unrecorded, never sent, when an acceptance could not be recorded', () => {
    const report = summariseSend({ ...BASE, recordErrors: ['ENOSPC: no space left on device'], recipients: [{ recipient: 'a@x.example', status: 'accepted' }] });
    expect(report.status).toBe('unrecorded');
    expect(report.error).toBe(
      'the sent record could not be written (ENOSPC: no space left on device), so sending stopped there; a copy the server accepted but the record does not show would go out again on a rerun',
    );
  });

  it('is unknown when a copy went out with no answer, even if the rest were accepted', () => {
    const report = summariseSend({
      ...BASE,
      recipients: [
        { recipient: 'a@x.example', status: 'accepted' },
        { recipient: 'b@x.example', status: 'unknown' },
      ],
    });
    expect(report.status).toBe('unknown');
    expect(report.error).toMatch(/^outcome unknown for 1 recipient \(b\*\*\*@x\.example\): .*--force$/);
  });

  it('masks addresses a server quotes in its answer', () => {
    const report = summariseSend({
      ...BASE,
      recipients: [{ recipient: 'bo@x.example', status: 'rejected', response: '550 5.1.1 <bo@x.example>: Recipient address rejected', responseCode: 550 }],
    });
    expect(report.error).toBe('1 of 1 recipients not reached via mail.example.org:587: b***@x.example rejected (550 5.1.1 <b***@x.example>: Recipient address rejected)');
  });
});
