import { describe, expect, it } from 'vitest';
import { checkEmailSettings, PREVIEW_EMAIL_SETTINGS } from '../../pipeline/deliver/index.js';
import { FIXTURE_SETTINGS } from './fixture-digest.js';

describe('checkEmailSettings', () => {
  it('accepts good settings', () => {
    expect(() => checkEmailSettings(FIXTURE_SETTINGS)).not.toThrow();
  });

  it('accepts the preview settings used when the environment configures no email', () => {
    expect(() => checkEmailSettings(PREVIEW_EMAIL_SETTINGS)).not.toThrow();
  });

  it.each([
    [{ from: 'digest at example.org' }, 'Cannot use DIGEST_FROM'],
    [{ unsubscribeUrl: 'javascript:alert(1)' }, 'Cannot use DIGEST_UNSUBSCRIBE_URL'],
    [{ subjectTemplate: '{actor}' }, 'Cannot use subject template: got placeholder {actor}'],
    [{ replyTo: 'a@b' }, 'Cannot use DIGEST_REPLY_TO'],
    [{ unsubscribeMailto: 'mailto:nobody' }, 'Cannot use DIGEST_UNSUBSCRIBE_MAILTO'],
  ])('throws the same sentence buildMessage would, before the run %#', (change, message) => {
    expect(() => checkEmailSettings({ ...FIXTURE_SETTINGS, ...change })).toThrow(message);
  });
});
