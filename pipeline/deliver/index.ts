// The deliver stage: files, email, state. Only re-exports (run.ts composes).

// Email (see deliver-email.ts for the whole step in one call).
export { buildMessage, DKIM_SIGNED_HEADERS, UNDISCLOSED_RECIPIENTS, type EmailInput, type MessageKind } from './build-message.js';
export { checkEmailSettings } from './check-email-settings.js';
export { classifyRecipients, type RecipientClasses } from './classify-recipients.js';
export { composeEml } from './compose-eml.js';
export { deliverEmail, type DeliverEmailOptions } from './deliver-email.js';
export { digestMessageId } from './digest-message-id.js';
export { EMAIL_ENV, emailSettingsFromEnv, PREVIEW_EMAIL_SETTINGS } from './email-settings-from-env.js';
export { expBackoff } from './exp-backoff.js';
export { DEFAULT_SUBJECT_TEMPLATE, formatSubject, type SubjectParts } from './format-subject.js';
export { isTransientSmtpError, type SmtpErrorLike } from './is-transient-smtp-error.js';
export { maskAddress } from './mask-address.js';
export { maskAddresses } from './mask-addresses.js';
export { parseMailbox, type Mailbox } from './parse-mailbox.js';
export { parseSmtpUrl, type ParsedSmtpUrl } from './parse-smtp-url.js';
export { readSentRecord, SENT_DIR, SENT_RECORD_FILE, type SentEntry, type SentRecord } from './read-sent-record.js';
export { recipientKey } from './recipient-key.js';
export { recordSent, type SentOutcome } from './record-sent.js';
export { MAX_HEADER_TEXT_CHARS, sanitizeHeaderText } from './sanitize-header-text.js';
export { DEFAULT_SMTP_TIMEOUT_MS, sendDigest, type SendOptions } from './send-digest.js';
export { openSmtpSession, type SessionSend, type SmtpFailure, type SmtpSession } from './smtp-session.js';
export { summariseSend, type SendOutcome } from './summarise-send.js';
export { writeEmlPreview } from './write-eml-preview.js';

// Output files, the ledger, the lock and the page cache.
export { checkOutputOwnership, MANIFEST_FILE, OutputConflictError, type OutputManifest, type Ownership } from './check-output-ownership.js';
export { contentHash } from './content-hash.js';
export { recogniseOwnOutput } from './recognise-own-output.js';
export { writeOwnedFiles } from './write-owned-files.js';
export { listDigests } from './list-digests.js';
export { INDEX_FILE, readIndex } from './read-index.js';
export { EMPTY_LEDGER, LEDGER_DIR, ledgerDayNames, LEGACY_LEDGER_FILE, ledgerFiles, ledgerFilesToPrune, pruneLedger, readLedger, type LedgerRead } from './ledger-store.js';
export { decodeLedgerDay } from './decode-ledger-day.js';
export { encodeLedgerDay, LEDGER_DAY_MAGIC, type LedgerDayRow } from './encode-ledger-day.js';
export { acquireLock, LOCK_FILE, LockHeldError, type ReleaseLock } from './lock.js';
export { CACHE_DIR, createPageCache } from './page-cache.js';
export { removeStaleTemporaries } from './remove-stale-temporaries.js';
export { writeFileAtomic } from './write-file-atomic.js';
export { TEMPORARY_FILE, writeFilesAtomic, type FileToWrite } from './write-files-atomic.js';
