import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
// The largest file a snapshot holds is under 4 MiB; room to spare for any blob.
const MAX_BYTES = 256 * 1024 * 1024;

/**
 * Reads one file of a fetched repository snapshot (a bare git directory) at a commit,
 * so the build never needs a work tree and always reads what it names in sources.json.
 * The bytes are decoded once, whole, in the given encoding: decoding the output chunk by
 * chunk as it arrives would break a character that straddles two chunks (and make the
 * result depend on timing), and a Latin-1 file must never pass through UTF-8.
 */
export async function readGit(gitDir: string, rev: string, path: string, encoding: BufferEncoding = 'utf8'): Promise<string> {
  try {
    const { stdout } = await run('git', [`--git-dir=${gitDir}`, 'show', `${rev}:${path}`], { encoding: 'buffer', maxBuffer: MAX_BYTES });
    return stdout.toString(encoding);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`Cannot read ${path} at ${rev} in ${gitDir}: ${stderr || (error as Error).message}`);
  }
}
