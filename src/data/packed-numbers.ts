/**
 * Text encoding for the long lists of small non-negative integers in the generated data modules
 * (package sizes, closure members). Written as JSON arrays they were most of the engine worker's
 * bundle; this form is about half the gzip size, and decoding it is one pass over the string.
 *
 * Each number is written in base 32, most significant digit first, one character per digit. The
 * last digit of a number comes from the first 32 characters of the alphabet, every other digit
 * from the last 32, so numbers follow one another without separators. The alphabet is base64url,
 * which needs no escaping in a string literal.
 *
 * `packAscending` stores a strictly increasing list as gaps (each number minus the previous one,
 * minus one), which keeps sorted package indices to one or two characters each.
 *
 * The pack functions are used only by the generator (test/data-gen); the bundle keeps the unpack side.
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const RADIX = 32;

/** Character code → digit value (0–63), -1 for characters outside the alphabet. */
const DIGIT_VALUES: readonly number[] = (() => {
  const values = new Array<number>(128).fill(-1);
  for (let digit = 0; digit < DIGITS.length; digit++) values[DIGITS.charCodeAt(digit)] = digit;
  return values;
})();

export function packNumbers(numbers: readonly number[]): string {
  let text = '';
  for (const number of numbers) {
    if (!Number.isSafeInteger(number) || number < 0) throw new Error(`packNumbers: ${number} is not a non-negative integer`);
    let digits = DIGITS.charAt(number % RADIX);
    for (let rest = Math.floor(number / RADIX); rest > 0; rest = Math.floor(rest / RADIX)) {
      digits = DIGITS.charAt(RADIX + (rest % RADIX)) + digits;
    }
    text += digits;
  }
  return text;
}

/**
 * The numbers `packNumbers` wrote. Characters outside the alphabet are skipped rather than
 * thrown on: the generator checks every packed list round-trips before it writes a module.
 */
export function unpackNumbers(text: string): number[] {
  const numbers: number[] = [];
  let pending = 0;
  for (let position = 0; position < text.length; position++) {
    const digit = DIGIT_VALUES[text.charCodeAt(position)] ?? -1;
    if (digit < 0) continue;
    if (digit >= RADIX) {
      pending = pending * RADIX + (digit - RADIX);
    } else {
      numbers.push(pending * RADIX + digit);
      pending = 0;
    }
  }
  return numbers;
}

export function packAscending(ascending: readonly number[]): string {
  const gaps = ascending.map((number, position) => {
    const previous = position === 0 ? -1 : (ascending[position - 1] as number);
    if (number <= previous) throw new Error(`packAscending: ${number} does not follow ${previous}`);
    return number - previous - 1;
  });
  return packNumbers(gaps);
}

export function unpackAscending(text: string): number[] {
  const numbers = unpackNumbers(text);
  let previous = -1;
  for (let position = 0; position < numbers.length; position++) {
    previous += (numbers[position] as number) + 1;
    numbers[position] = previous;
  }
  return numbers;
}
