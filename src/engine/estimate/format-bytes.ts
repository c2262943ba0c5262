/**
 * Sizes for people: decimal units (1 MB = 10^6 bytes), as `docker images`, Docker Hub and the
 * size data use, to three significant figures, which is already more precision than an
 * estimate has. Marked `≈` because every figure shipshape shows is an estimate.
 */

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;
const SIGNIFICANT_FIGURES = 3;

/** `formatBytes(411_908_459)` → `≈ 412 MB`; `formatBytes(0)` → `0 B`. */
export function formatBytes(bytes: number): string {
  if (bytes === 0) return '0 B';
  const sign = bytes < 0 ? '-' : '';
  let magnitude = Math.abs(bytes);
  let unit = 0;
  while (unit < UNITS.length - 1 && roundToFigures(magnitude) >= 1000) {
    magnitude /= 1000;
    unit += 1;
  }
  return `≈ ${sign}${roundToFigures(magnitude)} ${UNITS[unit]}`;
}

/** `Number` drops trailing zeros: 1.00 → `1`. */
function roundToFigures(value: number): number {
  return Number(value.toPrecision(SIGNIFICANT_FIGURES));
}
