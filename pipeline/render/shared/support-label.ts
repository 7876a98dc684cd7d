import type { Point } from '../../types.js';

/** "(3 sources)" when more than one source supports a point, else empty: one source is the norm and says nothing. */
export function supportLabel(point: Point): string {
  return point.support > 1 ? `(${point.support} sources)` : '';
}
