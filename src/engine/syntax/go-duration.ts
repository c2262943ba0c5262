import { goQuote } from './dump.js';

/** Nanoseconds per unit, as Go's `time.ParseDuration` knows them (a Map: units are user text, `constructor` is none). */
const UNITS: ReadonlyMap<string, number> = new Map([
  ['ns', 1],
  ['us', 1e3],
  ['µs', 1e3],
  ['μs', 1e3],
  ['ms', 1e6],
  ['s', 1e9],
  ['m', 60e9],
  ['h', 3600e9],
]);

const MAX_NANOSECONDS = 9223372036854775807;

/**
 * Go's `time.ParseDuration` (HEALTHCHECK --interval and friends): a signed sequence of decimal
 * numbers, each with a unit, such as `300ms`, `-1.5h` or `2h45m`. Returns nanoseconds or Go's
 * error text.
 */
export function parseGoDuration(text: string): { nanoseconds: number } | { error: string } {
  const invalid = { error: `time: invalid duration ${goQuote(text)}` };
  let rest = text;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest[0] === '-';
    rest = rest.slice(1);
  }
  if (rest === '0') return { nanoseconds: 0 };
  if (rest === '') return invalid;
  let total = 0;
  while (rest !== '') {
    const number = /^(\d*)(?:\.(\d*))?/.exec(rest) as RegExpExecArray;
    const whole = number[1] ?? '';
    const fraction = number[2];
    if (whole === '' && (fraction === undefined || fraction === '')) return invalid;
    rest = rest.slice(number[0].length);
    const unitMatch = /^[^\d.]*/.exec(rest) as RegExpExecArray;
    const unit = unitMatch[0];
    if (unit === '') return { error: `time: missing unit in duration ${goQuote(text)}` };
    const scale = UNITS.get(unit);
    if (scale === undefined) return { error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(text)}` };
    rest = rest.slice(unit.length);
    total += Number(`${whole || '0'}.${fraction ?? '0'}`) * scale;
    if (total > MAX_NANOSECONDS) return invalid;
  }
  return { nanoseconds: negative ? -total : total };
}
