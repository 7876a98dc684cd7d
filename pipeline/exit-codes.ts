/**
 * Exit codes of `npm run digest`, one table (printed by `--help`, listed in the README).
 * Scripts and the workflow branch on them, so they never change meaning.
 */
export const EXIT = {
  /** Digest written; email sent, previewed as .eml, or already sent before; or nothing new (nothing written). */
  ok: 0,
  /** The run failed: nothing new was written (existing files are intact). */
  runFailed: 1,
  /** Bad command line, config file or email settings, a missing or corrupt knowledge-base file, or the output folder holds a file the tool did not write. */
  usage: 2,
  /** Digest files written, but sending failed, its outcome is unknown, or it could not be recorded. */
  sendFailed: 3,
  /** Another run holds the output folder and did not finish within the wait. */
  locked: 4,
  /** Every input failed: nothing was written or sent, so the next run is free to send. */
  allInputsFailed: 5,
} as const;

/** One line per code, for `--help` and the README. */
export const EXIT_CODE_HELP: readonly string[] = [
  `${EXIT.ok}  digest written; email sent, previewed as .eml, or already sent; or nothing new`,
  `${EXIT.runFailed}  run failed; existing files under the output folder are left as they were`,
  `${EXIT.usage}  bad arguments, config file or email settings, a missing or corrupt`,
  `   knowledge-base file, or a file in the output folder that the tool did`,
  `   not write stands where it must write`,
  `${EXIT.sendFailed}  digest files written, but sending failed, its outcome is unknown,`,
  `   or it could not be recorded (all or some recipients)`,
  `${EXIT.locked}  another run holds the output folder's lock`,
  `${EXIT.allInputsFailed}  every input failed: nothing written or sent`,
];
