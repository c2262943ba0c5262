import type { LineIndex } from './lines.js';
import type { FlagOption, Instruction, Located, Range } from './types.js';

/**
 * A located node whose `range` is computed on first use: a parse allocates hundreds of thousands
 * of nodes on big files and most ranges are never read, so storing only offsets keeps parsing
 * linear and light on the garbage collector. JSON output includes the range.
 */
export class Span implements Located {
  readonly #lines: LineIndex;
  start: number;
  end: number;

  constructor(start: number, end: number, lines: LineIndex) {
    this.start = start;
    this.end = end;
    this.#lines = lines;
  }

  get range(): Range {
    return this.#lines.range(this.start, this.end);
  }

  protected rangeOf(start: number, end: number): Range {
    return this.#lines.range(start, end);
  }

  toJSON(): Record<string, unknown> {
    return { ...(this as object), range: this.range };
  }
}

/** The most common node: a word of source text (quotes and escapes kept). */
export class WordSpan extends Span {
  readonly raw: string;

  constructor(raw: string, start: number, end: number, lines: LineIndex) {
    super(start, end, lines);
    this.raw = raw;
  }
}

/** A node with fields besides its span. */
export function spanWith<T extends object>(start: number, end: number, lines: LineIndex, fields: T): Span & T {
  return Object.assign(new Span(start, end, lines), fields);
}

export class FlagSpan extends Span {
  constructor(
    start: number,
    end: number,
    lines: LineIndex,
    readonly name: string,
    readonly value: string | null,
    readonly text: string,
    readonly nameStart: number,
    readonly nameEnd: number,
    readonly valueStart: number | null,
    readonly valueEnd: number | null,
    readonly options: FlagOption[] | null,
  ) {
    super(start, end, lines);
  }

  get nameRange(): Range {
    return this.rangeOf(this.nameStart, this.nameEnd);
  }

  get valueRange(): Range | null {
    return this.valueStart === null || this.valueEnd === null ? null : this.rangeOf(this.valueStart, this.valueEnd);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), nameRange: this.nameRange, valueRange: this.valueRange };
  }
}

/** What an instruction holds until the parser reads its arguments; the lists are never modified. */
const NO_HEREDOCS: Instruction['heredocs'] = [];
const NO_ARGS: string[] = [];
const UNKNOWN_DETAILS: Instruction['details'] = { kind: 'UNKNOWN' };

/**
 * Fields are declared and assigned one by one so every instruction shares one hidden class. The
 * constructor takes what is known once the keyword and flags are read (the keyword starts the
 * instruction); the parser fills in the rest (details, arguments, heredocs) as it learns them.
 */
export class InstructionSpan extends Span implements Instruction {
  keyword: string;
  name: Instruction['name'];
  flags: Instruction['flags'];
  details: Instruction['details'] = UNKNOWN_DETAILS;
  heredocs: Instruction['heredocs'] = NO_HEREDOCS;
  buildkitArgs: string[] = NO_ARGS;
  json = false;
  original: string;
  argsText: Instruction['argsText'];
  argsStart: number;
  startLine: number;
  endLine: number;
  prevComments: string[];
  emptyContinuationLine = false;
  parent: Instruction | null;
  readonly keywordStart: number;
  readonly keywordEnd: number;

  constructor(
    start: number,
    end: number,
    lines: LineIndex,
    keyword: string,
    keywordEnd: number,
    name: Instruction['name'],
    flags: Instruction['flags'],
    original: string,
    argsText: Instruction['argsText'],
    argsStart: number,
    prevComments: string[],
    parent: Instruction | null,
  ) {
    super(start, end, lines);
    this.keyword = keyword;
    this.name = name;
    this.flags = flags;
    this.original = original;
    this.argsText = argsText;
    this.argsStart = argsStart;
    this.startLine = lines.lineOf(start) + 1;
    this.endLine = lines.lineOf(end) + 1;
    this.prevComments = prevComments;
    this.parent = parent;
    this.keywordStart = start;
    this.keywordEnd = keywordEnd;
  }

  get keywordRange(): Range {
    return this.rangeOf(this.keywordStart, this.keywordEnd);
  }

  /** JSON without the back-reference from an ONBUILD trigger to its ONBUILD. */
  override toJSON(): Record<string, unknown> {
    const { parent: _parent, keywordStart: _keywordStart, keywordEnd: _keywordEnd, ...rest } = super.toJSON();
    return { ...rest, keywordRange: this.keywordRange };
  }
}
