import path from 'node:path';

/** True when `target` is `folder` itself or lies under it. Both must be absolute and already resolved (realpath). */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
