/**
 * Exit codes of `npm run digest`, one table (printed by `--help`, listed in the README).
 * Scripts and the workflow branch on them, so they never change meaning.
 */
export const EXIT = {
  /** Digest written; email sent, previewed as .eml, or already sent before. */
  ok: 0,
  /** The run failed: nothing new was written (existing files are intact). */
  runFailed: 1,
  /** Bad command line or config file. */
  usage: 2,
  /** Digest files written, but sending the email failed for some or all recipients. */
  sendFailed: 3,
  /** Another run holds the output folder and did not finish within the wait. */
  locked: 4,
} as const;

/** One line per code, for `--help` and the README. */
export const EXIT_CODE_HELP: readonly string[] = [
  `${EXIT.ok}  digest written; email sent, previewed as .eml, or already sent`,
  `${EXIT.runFailed}  run failed; existing files under the output folder are left as they were`,
  `${EXIT.usage}  bad arguments or config file`,
  `${EXIT.sendFailed}  digest files written, but sending failed (all or some recipients)`,
  `${EXIT.locked}  another run holds the output folder's lock`,
];
