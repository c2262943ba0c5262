/**
 * Variable expansion as BuildKit's shell lexer (`frontend/dockerfile/shell/lex.go`) performs it
 * for ENV, LABEL, ARG defaults, COPY/ADD, WORKDIR, USER, VOLUME, EXPOSE and friends: `$name`,
 * `${name}`, the `${name<op>word}` forms, quote removal, escapes and, for `expandWords`, word
 * splitting after expansion. The spec is `conformance/buildkit/notes.md` §4 in the shared data.
 *
 * Offsets are UTF-16 indexes into the word. The lexer walks code points, as Go walks runes, so a
 * character outside the BMP is one character for `?` in patterns.
 */

/** Where variable values come from. */
export interface ExpandEnv {
  /** The value of `name`, or `undefined` when it is unset (set-but-empty is `''`). */
  get(name: string): string | undefined;
  /**
   * Every key, spelled as defined. Optional: only `caseInsensitive` lookups use it, to find a key
   * spelled `Path` for `$PATH` when `get` itself is case-sensitive.
   */
  keys?(): Iterable<string>;
}

export interface ExpandOptions {
  /** The file's escape directive character; default `\`. */
  escapeChar?: '\\' | '`';
  /** Windows semantics: environment keys compare case-insensitively. */
  caseInsensitive?: boolean;
  /** Leave unset `$VAR` / `${VAR...}` literally in the output (BuildKit's `SkipUnsetEnv`). */
  keepUnset?: boolean;
  /** Keep quote characters in the output (BuildKit's `RawQuotes`; heredoc marker detection). */
  rawQuotes?: boolean;
  /** Keep escape characters in the output (BuildKit's `RawEscapes`; heredoc marker detection). */
  rawEscapes?: boolean;
  /**
   * Treat `'` and `"` as ordinary characters (BuildKit's `SkipProcessQuotes`), as BuildKit does
   * when it expands the body of a heredoc whose marker was unquoted.
   */
  literalQuotes?: boolean;
}

export interface ExpandResult {
  /** The expanded word. On error, the word as written: BuildKit produces nothing usable then. */
  value: string;
  /** Names that were looked up and found set, in lookup order, each once. */
  matched: string[];
  /**
   * Names that were looked up and found unset, in lookup order, each once. Like BuildKit this
   * includes positional and special parameters (`1`, `@`) and the empty name of `${+x}`.
   */
  unmatched: string[];
  /** BuildKit's message, `failed to process "<word>": <reason>`, or null. */
  error: string | null;
}

export interface ExpandWordsResult {
  /** The words after expansion and splitting. Empty on error. */
  words: string[];
  matched: string[];
  unmatched: string[];
  error: string | null;
}

export interface VariableReference {
  name: string;
  /** Offset of the `$` in the word. */
  start: number;
  /** Offset just past the name or the closing `}`. */
  end: number;
  /** The operator of `${name<op>word}` (`:-`, `##`, `//`, `:=`, ...), or null for `$name` and `${name}`. */
  modifier: string | null;
}

/**
 * A word the lexer would return unchanged: nothing to expand, unquote or unescape, and no
 * character it rewrites (lone surrogates, a byte-order mark) or might treat specially. Most words
 * of a Dockerfile are like this, so they skip the lexer.
 */
const PLAIN_WORD = /^[^$'"\\`\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufeff]*$/;
/** A plain word that is also one word after splitting: non-empty, no white space. */
const PLAIN_SINGLE_WORD = /^[^$'"\\`\s\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufeff]+$/;

/** Expands one word without splitting it (BuildKit's `ProcessWord`). Never throws. */
export function expandWord(word: string, env: ExpandEnv, options: ExpandOptions = {}): ExpandResult {
  if (PLAIN_WORD.test(word)) return { value: word, matched: [], unmatched: [], error: null };
  const outcome = runLexer(word, env, options, false);
  return {
    value: outcome.segment?.text ?? word,
    matched: outcome.matched,
    unmatched: outcome.unmatched,
    error: outcome.error,
  };
}

/** Expands a word and splits the result into words (BuildKit's `ProcessWords`). Never throws. */
export function expandWords(word: string, env: ExpandEnv, options: ExpandOptions = {}): ExpandWordsResult {
  if (PLAIN_SINGLE_WORD.test(word)) return { words: [word], matched: [], unmatched: [], error: null };
  const outcome = runLexer(word, env, options, true);
  return {
    words: outcome.segment?.words ?? [],
    matched: outcome.matched,
    unmatched: outcome.unmatched,
    error: outcome.error,
  };
}

/**
 * Builds an environment from `KEY=VALUE` entries (BuildKit's `EnvsFromSlice`): a later duplicate
 * wins and an entry without `=` defines the key as empty. With `caseInsensitive`, keys that differ
 * only in case are the same key.
 */
export function envFromPairs(
  pairs: string[] | Record<string, string>,
  options: { caseInsensitive?: boolean } = {},
): ExpandEnv {
  const caseInsensitive = options.caseInsensitive ?? false;
  const keyOf = (name: string): string => (caseInsensitive ? normalizeEnvKey(name) : name);
  const entries = Array.isArray(pairs) ? pairs.map(splitPair) : Object.entries(pairs);
  const values = new Map<string, string>();
  const spellings = new Map<string, string>();
  for (const [key, value] of entries) {
    values.set(keyOf(key), value);
    spellings.set(keyOf(key), key);
  }
  return {
    get: (name) => values.get(keyOf(name)),
    keys: () => spellings.values(),
  };
}

/**
 * Every variable the lexer would look up in `word`, in source order, with its position, for rules
 * such as UndefinedVar. References nested in a `${name:-word}` operand are listed separately.
 * Scanning stops at a syntax error (BuildKit stops there too); value-dependent failures such as
 * `${x:?}` do not stop it.
 */
export function findVariableReferences(word: string, options: ExpandOptions = {}): VariableReference[] {
  // Every reference starts with `$`.
  if (!word.includes('$')) return [];
  const lexer = new ShellWordLexer(word, lexerModeOf(options, false), () => undefined);
  try {
    lexer.run(options.rawEscapes ?? false, false);
  } catch (failure) {
    if (!(failure instanceof ExpansionFailure)) throw failure;
  }
  return [...lexer.references].sort((left, right) => left.start - right.start);
}

// ---------------------------------------------------------------------------------------------
// The lexer

const END = -1;
const TAB = 0x09;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const DOLLAR = 0x24;
const PERCENT = 0x25;
const SINGLE_QUOTE = 0x27;
const STAR = 0x2a;
const PLUS = 0x2b;
const MINUS = 0x2d;
const SLASH = 0x2f;
const COLON = 0x3a;
const LESS_THAN = 0x3c;
const QUESTION = 0x3f;
const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const BYTE_ORDER_MARK = 0xfeff;
const REPLACEMENT_CHARACTER = 0xfffd;

/**
 * Go recurses through nested `${a:-${b:-...}}` without limit; a JavaScript stack does not, so very
 * deep nesting is reported as an error instead of overflowing.
 */
const MAX_NESTING = 1000;

const SPECIAL_PARAMETERS = new Set([...'@*#?-$!0'].map((char) => char.codePointAt(0) ?? END));

class ExpansionFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

interface LexerMode {
  escapeChar: number;
  keepUnset: boolean;
  rawQuotes: boolean;
  literalQuotes: boolean;
  /** False when only locating references: no values are computed and no value-dependent errors raised. */
  evaluate: boolean;
}

interface Segment {
  text: string;
  words: string[];
}

interface LexerOutcome {
  segment: Segment | null;
  matched: string[];
  unmatched: string[];
  error: string | null;
}

function lexerModeOf(options: ExpandOptions, evaluate: boolean): LexerMode {
  return {
    escapeChar: (options.escapeChar ?? '\\').codePointAt(0) ?? BACKSLASH,
    keepUnset: options.keepUnset ?? false,
    rawQuotes: options.rawQuotes ?? false,
    literalQuotes: options.literalQuotes ?? false,
    evaluate,
  };
}

/** `split`: whether the caller wants the words after splitting, not only the expanded text. */
function runLexer(word: string, env: ExpandEnv, options: ExpandOptions, split: boolean): LexerOutcome {
  const lexer = new ShellWordLexer(word, lexerModeOf(options, true), lookupIn(env, options.caseInsensitive ?? false));
  let segment: Segment | null = null;
  let error: string | null = null;
  try {
    segment = lexer.run(options.rawEscapes ?? false, split);
  } catch (failure) {
    if (!(failure instanceof ExpansionFailure)) throw failure;
    error = `failed to process ${goQuote(word)}: ${failure.reason}`;
  }
  return { segment, matched: lexer.matched, unmatched: lexer.unmatched, error };
}

interface WordSink {
  addSplittable(text: string): void;
  addChar(point: number): void;
  addVerbatim(text: string): void;
  finish(): string[];
}

/** Where the words go when only the expanded text is wanted: splitting builds a string per character. */
const NOT_SPLITTING: WordSink = {
  addSplittable() {},
  addChar() {},
  addVerbatim() {},
  finish: () => [],
};

/** Collects words like BuildKit's `wordsStruct`: whitespace splits only text added as splittable. */
class WordSplitter implements WordSink {
  private readonly words: string[] = [];
  private current = '';
  private inWord = false;

  addSplittable(text: string): void {
    for (const char of text) this.addChar(char.codePointAt(0) ?? REPLACEMENT_CHARACTER);
  }

  addChar(point: number): void {
    if (!isGoSpace(point)) {
      this.addVerbatim(String.fromCodePoint(point));
    } else if (this.inWord && this.current !== '') {
      this.words.push(this.current);
      this.current = '';
      this.inWord = false;
    }
  }

  addVerbatim(text: string): void {
    this.current += text;
    this.inWord = true;
  }

  finish(): string[] {
    if (this.current !== '') {
      this.words.push(this.current);
      this.current = '';
      this.inWord = false;
    }
    return this.words;
  }
}

class ShellWordLexer {
  /** Variable names found set and unset, each once, in order of first use (a word names few). */
  readonly matched: string[] = [];
  readonly unmatched: string[] = [];
  readonly references: VariableReference[] = [];
  /** Code points and their offsets, or null when every character is one (no surrogates, the usual case). */
  private readonly points: number[] | null;
  private readonly offsets: number[] | null;
  private position: number;
  private nesting = 0;

  constructor(
    private readonly word: string,
    private readonly mode: LexerMode,
    private readonly lookup: (name: string) => string | undefined,
  ) {
    if (SURROGATE.test(word)) {
      ({ points: this.points, offsets: this.offsets } = decodeCodePoints(word));
    } else {
      this.points = null;
      this.offsets = null;
    }
    this.position = 0;
    // Go's text/scanner silently skips a byte-order mark at the very start of its input.
    if (this.peek() === BYTE_ORDER_MARK) this.position = 1;
  }

  run(rawEscapes: boolean, split: boolean): Segment {
    return this.processUntil(END, rawEscapes, split);
  }

  private peek(): number {
    if (this.points !== null) return this.points[this.position] ?? END;
    return this.position < this.word.length ? this.word.charCodeAt(this.position) : END;
  }

  private next(): number {
    const point = this.peek();
    if (point !== END) this.position++;
    return point;
  }

  private offset(): number {
    return this.offsets === null ? this.position : (this.offsets[this.position] ?? 0);
  }

  /** Reads up to `stop` (consumed) or the end of the word; `stop` never matches inside quotes or `${}`. */
  private processUntil(stop: number, rawEscapes: boolean, split: boolean): Segment {
    let text = '';
    const words = split ? new WordSplitter() : NOT_SPLITTING;
    for (let point = this.peek(); point !== END; point = this.peek()) {
      if (point === stop) {
        this.next();
        return { text, words: words.finish() };
      }
      if (point === DOLLAR) {
        const expansion = this.processDollar();
        text += expansion;
        words.addSplittable(expansion);
        continue;
      }
      const verbatim = this.processQuoteOrHeredocStart(point, rawEscapes);
      if (verbatim !== null) {
        text += verbatim;
        words.addVerbatim(verbatim);
        continue;
      }
      let char = this.next();
      if (char === this.mode.escapeChar) {
        if (rawEscapes) {
          const escape = String.fromCodePoint(char);
          text += escape;
          words.addVerbatim(escape);
        }
        char = this.next();
        // A lone escape character at the very end is dropped.
        if (char === END) break;
        words.addVerbatim(String.fromCodePoint(char));
      } else {
        words.addChar(char);
      }
      text += String.fromCodePoint(char);
    }
    if (stop !== END) {
      throw new ExpansionFailure(`unexpected end of statement while looking for matching ${String.fromCodePoint(stop)}`);
    }
    return { text, words: words.finish() };
  }

  private processQuoteOrHeredocStart(point: number, rawEscapes: boolean): string | null {
    if (point === SINGLE_QUOTE && !this.mode.literalQuotes) return this.processSingleQuote();
    if (point === DOUBLE_QUOTE && !this.mode.literalQuotes) return this.processDoubleQuote(rawEscapes);
    if (point === LESS_THAN) return this.processPossibleHeredoc();
    return null;
  }

  private processSingleQuote(): string {
    const open = this.next();
    let text = this.mode.rawQuotes ? String.fromCodePoint(open) : '';
    for (;;) {
      const char = this.next();
      if (char === END) throw new ExpansionFailure('unexpected end of statement while looking for matching single-quote');
      if (char === SINGLE_QUOTE) return this.mode.rawQuotes ? text + "'" : text;
      text += String.fromCodePoint(char);
    }
  }

  private processDoubleQuote(rawEscapes: boolean): string {
    const open = this.next();
    let text = this.mode.rawQuotes ? String.fromCodePoint(open) : '';
    for (;;) {
      const point = this.peek();
      if (point === END) throw new ExpansionFailure('unexpected end of statement while looking for matching double-quote');
      if (point === DOUBLE_QUOTE) {
        this.next();
        return this.mode.rawQuotes ? text + '"' : text;
      }
      if (point === DOLLAR) {
        text += this.processDollar();
        continue;
      }
      let char = this.next();
      if (char === this.mode.escapeChar) {
        // BuildKit writes a raw escape here and then, for a non-escapable character, the escape
        // character itself again: `"a\b"` in raw mode gives `a\\b`. Kept for fidelity.
        if (rawEscapes) text += String.fromCodePoint(char);
        const escaped = this.peek();
        if (escaped === END) continue;
        if (escaped === DOUBLE_QUOTE || escaped === DOLLAR || escaped === this.mode.escapeChar) char = this.next();
      }
      text += String.fromCodePoint(char);
    }
  }

  /** `<<` and the blanks right after it stay one word, so `<<  EOF` is found as a heredoc marker. */
  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== LESS_THAN) return '<';
    this.next();
    let text = '<<';
    while (this.peek() === SPACE || this.peek() === TAB) text += String.fromCodePoint(this.next());
    return text;
  }

  private processDollar(): string {
    if (this.nesting >= MAX_NESTING) {
      throw new ExpansionFailure(`variable references nested more than ${MAX_NESTING} deep`);
    }
    this.nesting++;
    try {
      return this.expandDollar();
    } finally {
      this.nesting--;
    }
  }

  private expandDollar(): string {
    const start = this.offset();
    this.next();
    if (this.peek() !== OPEN_BRACE) {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.resolve(name, start, null);
      if (value === undefined && this.mode.keepUnset) return `$${name}`;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === END) throw new ExpansionFailure("syntax error: missing '}'");
    if (first === OPEN_BRACE || first === CLOSE_BRACE || first === COLON) {
      throw new ExpansionFailure('syntax error: bad substitution');
    }
    const name = this.processName();
    let operator = this.next();
    let modifier = runeText(operator);
    switch (operator) {
      case CLOSE_BRACE: {
        const value = this.resolve(name, start, null);
        if (value === undefined && this.mode.keepUnset) return `\${${name}}`;
        return value ?? '';
      }
      case SLASH:
        return this.processReplacement(name, start);
      case COLON:
      case PLUS:
      case MINUS:
      case QUESTION:
      case HASH:
      case PERCENT:
        break;
      default:
        throw unsupportedModifier(modifier);
    }

    const nullIsUnset = operator === COLON;
    if (nullIsUnset) {
      // Whatever follows the colon is taken as the operator, so `${a:}` swallows the `}`.
      operator = this.next();
      modifier += runeText(operator);
    }
    const trims = operator === HASH || operator === PERCENT;
    if (nullIsUnset && trims) throw unsupportedModifier(modifier);
    const operand = this.processNested(CLOSE_BRACE, trims, "syntax error: missing '}'");
    // `##` and `%%` are recognised on the expanded operand, as BuildKit does.
    const greedy = trims && operand.startsWith(String.fromCodePoint(operator));
    const value = this.resolve(name, start, greedy ? modifier + modifier : modifier);
    if (value === undefined && this.mode.keepUnset) return `\${${name}${modifier}${operand}}`;
    if (operator !== MINUS && operator !== PLUS && operator !== QUESTION && !trims) {
      throw unsupportedModifier(modifier);
    }
    if (!this.mode.evaluate) return '';

    const unsetOrNull = value === undefined || (nullIsUnset && value === '');
    switch (operator) {
      case MINUS:
        return unsetOrNull ? operand : (value ?? '');
      case PLUS:
        return unsetOrNull ? '' : operand;
      case QUESTION:
        if (value === undefined) throw new ExpansionFailure(`${name}: ${operand || 'is not allowed to be unset'}`);
        if (unsetOrNull) throw new ExpansionFailure(`${name}: ${operand || 'is not allowed to be empty'}`);
        return value;
      case HASH:
        return trimMatchingPrefix(greedy ? operand.slice(1) : operand, value ?? '', greedy);
      default:
        return trimMatchingSuffix(greedy ? operand.slice(1) : operand, value ?? '', greedy);
    }
  }

  private processReplacement(name: string, start: number): string {
    const replaceAll = this.peek() === SLASH;
    if (replaceAll) this.next();
    const pattern = this.processNested(SLASH, true, "syntax error: missing '/' in ${}");
    const replacement = this.processNested(CLOSE_BRACE, true, "syntax error: missing '}'");
    const value = this.resolve(name, start, replaceAll ? '//' : '/');
    // BuildKit writes a single `/` back even for `//`.
    if (value === undefined && this.mode.keepUnset) return `\${${name}/${pattern}/${replacement}}`;
    if (!this.mode.evaluate) return '';
    const compiled = compileShellPattern(pattern, true, false);
    return replaceAll
      ? replaceAllMatches(compiled, value ?? '', replacement)
      : replaceFirstMatch(compiled, value ?? '', replacement);
  }

  /** An operand inside `${...}`; running out of input there is reported as the missing delimiter. */
  private processNested(stop: number, rawEscapes: boolean, reasonAtEnd: string): string {
    try {
      return this.processUntil(stop, rawEscapes, false).text;
    } catch (failure) {
      if (failure instanceof ExpansionFailure && this.peek() === END) throw new ExpansionFailure(reasonAtEnd);
      throw failure;
    }
  }

  /** A name, all the digits of a positional parameter, or one special-parameter character. */
  private processName(): string {
    let name = '';
    for (let point = this.peek(); point !== END; point = this.peek()) {
      if (name === '' && isGoDigit(point)) {
        while (isGoDigit(this.peek())) name += String.fromCodePoint(this.next());
        return name;
      }
      if (name === '' && SPECIAL_PARAMETERS.has(point)) return String.fromCodePoint(this.next());
      if (!isGoLetter(point) && !isGoDigit(point) && point !== UNDERSCORE) break;
      name += String.fromCodePoint(this.next());
    }
    return name;
  }

  private resolve(name: string, start: number, modifier: string | null): string | undefined {
    const value = this.lookup(name);
    const names = value === undefined ? this.unmatched : this.matched;
    if (!names.includes(name)) names.push(name);
    this.references.push({ name, start, end: this.offset(), modifier });
    return value;
  }
}

function unsupportedModifier(modifier: string): ExpansionFailure {
  return new ExpansionFailure(`unsupported modifier (${modifier}) in substitution`);
}

/** Go's `string(rune)`: the end-of-input marker -1 becomes U+FFFD. */
function runeText(point: number): string {
  return String.fromCodePoint(point === END ? REPLACEMENT_CHARACTER : point);
}

// ---------------------------------------------------------------------------------------------
// Environment lookups

function splitPair(pair: string): [string, string] {
  const equals = pair.indexOf('=');
  return equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
}

/**
 * Go's `strings.ToUpper`, which BuildKit applies to keys on Windows. Go uses one-to-one case
 * mappings, so a character whose JavaScript uppercase is longer (`ß` → `SS`) stays as it is.
 */
function normalizeEnvKey(key: string): string {
  let normalized = '';
  for (const char of key) {
    const upper = char.toUpperCase();
    normalized += [...upper].length === 1 ? upper : char;
  }
  return normalized;
}

function lookupIn(env: ExpandEnv, caseInsensitive: boolean): (name: string) => string | undefined {
  if (!caseInsensitive) return (name) => env.get(name);
  let keysByNormalizedName: Map<string, string> | undefined;
  return (name) => {
    const exact = env.get(name);
    if (exact !== undefined || env.keys === undefined) return exact;
    if (keysByNormalizedName === undefined) {
      keysByNormalizedName = new Map();
      // A later spelling of the same key wins, as a later duplicate does in a KEY=VALUE list.
      for (const key of env.keys()) keysByNormalizedName.set(normalizeEnvKey(key), key);
    }
    const key = keysByNormalizedName.get(normalizeEnvKey(name));
    return key === undefined ? undefined : env.get(key);
  };
}

// ---------------------------------------------------------------------------------------------
// Shell patterns for `#`, `%` and `/`
//
// BuildKit turns the pattern into a Go regular expression (`*` → `.*` or `.*?`, `?` → `.`, every
// other character literal) and lets RE2 find the leftmost-first match. The same semantics are
// reproduced here with a small Pike VM, which keeps matching linear: a backtracking JavaScript
// RegExp could hang the page on a pattern such as `*a*a*a*a*b`.

type PatternInstruction =
  | { op: 'char'; point: number }
  | { op: 'any' }
  | { op: 'split'; preferred: number; alternative: number }
  | { op: 'jump'; target: number }
  | { op: 'match' };

interface CompiledPattern {
  program: PatternInstruction[];
  /** Matches only at the start of the subject (`^` in BuildKit's regular expression). */
  anchored: boolean;
}

interface MatchSpan {
  start: number;
  end: number;
}

function compileShellPattern(pattern: string, greedy: boolean, anchored: boolean): CompiledPattern {
  const points = decodeCodePoints(pattern).points;
  const program: PatternInstruction[] = [];
  let index = points[0] === BYTE_ORDER_MARK ? 1 : 0;
  while (index < points.length) {
    const point = points[index++] ?? END;
    if (point === STAR) {
      const loop = program.length;
      const body = loop + 1;
      const exit = loop + 3;
      program.push(
        greedy ? { op: 'split', preferred: body, alternative: exit } : { op: 'split', preferred: exit, alternative: body },
        { op: 'any' },
        { op: 'jump', target: loop },
      );
    } else if (point === QUESTION) {
      program.push({ op: 'any' });
    } else if (point === BACKSLASH) {
      const escaped = points[index] ?? END;
      // `\}` and `\/` only protected the character from the `${}` parser; the next turn adds it.
      if (escaped === CLOSE_BRACE || escaped === SLASH) continue;
      index++;
      if (escaped !== STAR && escaped !== QUESTION && escaped !== BACKSLASH) {
        throw new ExpansionFailure(
          `invalid pattern (${pattern}) in substitution: invalid escape '\\${runeText(escaped)}'`,
        );
      }
      program.push({ op: 'char', point: escaped });
    } else {
      program.push({ op: 'char', point });
    }
  }
  program.push({ op: 'match' });
  return { program, anchored };
}

interface Thread {
  pc: number;
  start: number;
}

/** Adds the thread at `pc` and everything reachable without input, in priority order. */
function addThread(
  program: PatternInstruction[],
  threads: Thread[],
  seenAtStep: Int32Array,
  step: number,
  pc: number,
  start: number,
): void {
  const pending = [pc];
  while (pending.length > 0) {
    const current = pending.pop() ?? 0;
    if (seenAtStep[current] === step) continue;
    seenAtStep[current] = step;
    const instruction = program[current];
    if (instruction === undefined) continue;
    if (instruction.op === 'split') pending.push(instruction.alternative, instruction.preferred);
    else if (instruction.op === 'jump') pending.push(instruction.target);
    else threads.push({ pc: current, start });
  }
}

/** RE2's leftmost-first match at or after `from`; spans are code point indexes into `subject`. */
function findMatch(compiled: CompiledPattern, subject: number[], from: number): MatchSpan | null {
  const { program, anchored } = compiled;
  const seenAtStep = new Int32Array(program.length).fill(-1);
  let threads: Thread[] = [];
  let found: MatchSpan | null = null;
  for (let position = from, step = 0; position <= subject.length; position++, step++) {
    if (found === null && (!anchored || position === from)) addThread(program, threads, seenAtStep, step, 0, position);
    if (threads.length === 0 && (found !== null || anchored)) break;
    const point = subject[position] ?? END;
    const following: Thread[] = [];
    for (const thread of threads) {
      const instruction = program[thread.pc];
      if (instruction === undefined) continue;
      if (instruction.op === 'match') {
        // Threads after this one have lower priority and are dropped.
        found = { start: thread.start, end: position };
        break;
      }
      const advances =
        point !== END &&
        ((instruction.op === 'any' && point !== NEWLINE) || (instruction.op === 'char' && instruction.point === point));
      if (advances) addThread(program, following, seenAtStep, step + 1, thread.pc + 1, thread.start);
    }
    threads = following;
  }
  return found;
}

function trimMatchingPrefix(pattern: string, value: string, greedy: boolean): string {
  const compiled = compileShellPattern(pattern, greedy, true);
  const { points, offsets } = decodeCodePoints(value);
  const match = findMatch(compiled, points, 0);
  return match === null ? value : value.slice(offsets[match.end]);
}

/**
 * BuildKit reverses both the pattern and the value and trims a prefix, because a regular
 * expression cannot find the shortest rightmost match. Errors therefore quote the reversed pattern.
 */
function trimMatchingSuffix(pattern: string, value: string, greedy: boolean): string {
  const compiled = compileShellPattern(reversePattern(pattern), greedy, true);
  const { points, offsets } = decodeCodePoints(value);
  const match = findMatch(compiled, [...points].reverse(), 0);
  return match === null ? value : value.slice(0, offsets[points.length - match.end]);
}

/** Reverses a pattern but keeps each `\x` pair in order, so `a\*c` becomes `c\*a`. */
function reversePattern(pattern: string): string {
  const points = decodeCodePoints(pattern).points;
  const reversed: string[] = [];
  for (let index = 0; index < points.length; ) {
    const point = points[index] ?? END;
    const escaped = points[index + 1];
    if (point === BACKSLASH && escaped !== undefined) {
      reversed.push(String.fromCodePoint(escaped), '\\');
      index += 2;
    } else {
      reversed.push(String.fromCodePoint(point));
      index++;
    }
  }
  return reversed.reverse().join('');
}

function replaceFirstMatch(compiled: CompiledPattern, value: string, replacement: string): string {
  const { points, offsets } = decodeCodePoints(value);
  const match = findMatch(compiled, points, 0);
  if (match === null) return value;
  return value.slice(0, offsets[match.start]) + replacement + value.slice(offsets[match.end]);
}

/**
 * Go's `Regexp.ReplaceAllString`: an empty match right after a previous match is not replaced,
 * and the replacement is a template in which `$0` is the match and `$$` a dollar sign.
 */
function replaceAllMatches(compiled: CompiledPattern, value: string, template: string): string {
  const { points, offsets } = decodeCodePoints(value);
  const sliceOf = (from: number, to?: number): string => value.slice(offsets[from], to === undefined ? undefined : offsets[to]);
  let result = '';
  let lastMatchEnd = 0;
  let searchFrom = 0;
  while (searchFrom <= points.length) {
    const match = findMatch(compiled, points, searchFrom);
    if (match === null) break;
    result += sliceOf(lastMatchEnd, match.start);
    if (match.end > lastMatchEnd || match.start === 0) result += expandGoTemplate(template, sliceOf(match.start, match.end));
    lastMatchEnd = match.end;
    searchFrom = Math.max(searchFrom + 1, match.end);
  }
  return result + sliceOf(lastMatchEnd);
}

/**
 * Go's `Regexp.Expand`. BuildKit's expressions have no capture groups (parentheses are escaped),
 * so `$0`/`${0}` is the whole match and every other well-formed reference is empty.
 */
function expandGoTemplate(template: string, wholeMatch: string): string {
  let expanded = '';
  let rest = template;
  for (let dollar = rest.indexOf('$'); dollar >= 0; dollar = rest.indexOf('$')) {
    expanded += rest.slice(0, dollar);
    rest = rest.slice(dollar + 1);
    if (rest.startsWith('$')) {
      expanded += '$';
      rest = rest.slice(1);
      continue;
    }
    const reference = parseTemplateReference(rest);
    if (reference === null) {
      expanded += '$';
      continue;
    }
    rest = rest.slice(reference.length);
    if (reference.name === '0') expanded += wholeMatch;
  }
  return expanded + rest;
}

function parseTemplateReference(text: string): { name: string; length: number } | null {
  const braced = text.startsWith('{');
  let name = '';
  for (const char of braced ? text.slice(1) : text) {
    const point = char.codePointAt(0) ?? END;
    if (!isGoLetter(point) && !isGoDigit(point) && point !== UNDERSCORE) break;
    name += char;
  }
  if (name === '') return null;
  if (!braced) return { name, length: name.length };
  if (text[1 + name.length] !== '}') return null;
  return { name, length: name.length + 2 };
}

// ---------------------------------------------------------------------------------------------
// Go's character classes and quoting

const LETTER = /^\p{L}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const WHITE_SPACE = /^\p{White_Space}$/u;
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

const SURROGATE = /[\ud800-\udfff]/;

function decodeCodePoints(text: string): { points: number[]; offsets: number[] } {
  const points: number[] = [];
  const offsets: number[] = [];
  for (let index = 0; index < text.length; ) {
    const point = text.codePointAt(index) ?? REPLACEMENT_CHARACTER;
    points.push(point);
    offsets.push(index);
    index += point > 0xffff ? 2 : 1;
  }
  offsets.push(text.length);
  return { points, offsets };
}

/** `unicode.IsLetter`. */
function isGoLetter(point: number): boolean {
  if (point < 0x80) return (point >= 0x41 && point <= 0x5a) || (point >= 0x61 && point <= 0x7a);
  return LETTER.test(String.fromCodePoint(point));
}

/** `unicode.IsDigit`: any decimal digit, not only ASCII. */
function isGoDigit(point: number): boolean {
  if (point < 0x80) return point >= 0x30 && point <= 0x39;
  return DECIMAL_DIGIT.test(String.fromCodePoint(point));
}

/** `unicode.IsSpace`. */
function isGoSpace(point: number): boolean {
  if (point < 0x100) return point === SPACE || (point >= TAB && point <= 0x0d) || point === 0x85 || point === 0xa0;
  return WHITE_SPACE.test(String.fromCodePoint(point));
}

const GO_CONTROL_ESCAPES = new Map([
  [0x07, '\\a'],
  [0x08, '\\b'],
  [0x0c, '\\f'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
  [0x09, '\\t'],
  [0x0b, '\\v'],
]);

/** Go's `%q`, which BuildKit uses to quote the word in `failed to process "...": ...`. */
function goQuote(text: string): string {
  let quoted = '"';
  for (const char of text) {
    let point = char.codePointAt(0) ?? REPLACEMENT_CHARACTER;
    // A lone surrogate cannot be encoded as UTF-8; it would reach Go as U+FFFD.
    if (point >= 0xd800 && point <= 0xdfff) point = REPLACEMENT_CHARACTER;
    const hex = (digits: number): string => point.toString(16).padStart(digits, '0');
    if (point === DOUBLE_QUOTE || point === BACKSLASH) quoted += `\\${String.fromCodePoint(point)}`;
    else if (point === SPACE || PRINTABLE.test(String.fromCodePoint(point))) quoted += String.fromCodePoint(point);
    else if (GO_CONTROL_ESCAPES.has(point)) quoted += GO_CONTROL_ESCAPES.get(point);
    else if (point < 0x20 || point === 0x7f) quoted += `\\x${hex(2)}`;
    else if (point < 0x10000) quoted += `\\u${hex(4)}`;
    else quoted += `\\U${hex(8)}`;
  }
  return `${quoted}"`;
}
