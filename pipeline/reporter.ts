import { hideLocalPaths } from './safety/hide-local-paths.js';
import { redactUrl } from './safety/redact-url.js';

/** Where a run's progress goes: stderr, as lines or a live bar, or nowhere. */
export interface Reporter {
  /** A stage starts; returns a function to call with the stage's one-line result. */
  stage(name: string): { progress(done: number, total: number): void; done(result: string): void };
  /** Something the user should know that did not stop the run. */
  warn(message: string): void;
  /** A line of information (the closing summary, where files went). */
  info(message: string): void;
  /** Why the run stops: printed even with --quiet, since an exit code alone never explains a failure. */
  error(message: string): void;
}

/** Width of the stage name column, so results line up. */
const NAME_WIDTH = 8;
/** Cells of the progress bar. */
const BAR_WIDTH = 24;
/** Redraw the bar at most this often, ms: a terminal repaint per feed item is wasted work. */
const BAR_INTERVAL_MS = 100;

export interface ReporterOptions {
  readonly quiet: boolean;
  /** A terminal: draw a progress bar in place. Otherwise one plain line per stage. */
  readonly tty: boolean;
  /** Colour allowed (a terminal and no NO_COLOR). */
  readonly color: boolean;
  readonly write: (text: string) => void;
  /** The working folder and the home folder, shown as `.` and `~` in every line (see hideLocalPaths). */
  readonly places?: { readonly cwd: string; readonly home?: string };
}

/** A log line as it may be shown: no URL credentials or tokens, no absolute local paths. */
function scrubLogLine(text: string, places?: ReporterOptions['places']): string {
  const redacted = redactUrl(text);
  return places === undefined ? redacted : hideLocalPaths(redacted, places);
}

/** Progress on stderr: a live bar on a terminal, plain lines otherwise, nothing with --quiet (warnings still show). */
export function createReporter(reporterOptions: ReporterOptions): Reporter {
  // Every line is scrubbed: a URL in a warning never shows its credentials or tokens, nor a path the user's layout.
  const options = { ...reporterOptions, write: (text: string) => reporterOptions.write(scrubLogLine(text, reporterOptions.places)) };
  const paint = (code: string, text: string) => (options.color ? `\u001B[${code}m${text}\u001B[0m` : text);
  return {
    stage(name) {
      const started = performance.now();
      let drawn = 0;
      const label = name.padEnd(NAME_WIDTH);
      return {
        progress(done, total) {
          if (options.quiet || !options.tty || total <= 0) return;
          const now = performance.now();
          if (now - drawn < BAR_INTERVAL_MS && done < total) return;
          drawn = now;
          const filled = Math.round((done / total) * BAR_WIDTH);
          options.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`);
        },
        done(result) {
          if (options.quiet) return;
          const ms = Math.round(performance.now() - started);
          const clear = options.tty ? '\r\u001B[K' : '';
          options.write(`${clear}${paint('1', label)} ${result} ${paint('2', `(${ms} ms)`)}\n`);
        },
      };
    },
    warn(message) {
      options.write(`${paint('33', 'warning')} ${message}\n`);
    },
    info(message) {
      if (!options.quiet) options.write(`${message}\n`);
    },
    error(message) {
      options.write(`error: ${message}\n`);
    },
  };
}
