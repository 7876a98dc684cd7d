import os from 'node:os';

/** One line naming the machine the figures come from. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
  return `${model} x ${cpus.length} | ${memory} GiB RAM | ${os.type()} ${os.release()} | Node ${process.version} | load average ${load}`;
}
