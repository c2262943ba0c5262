import type { LineIndex } from './lines.js';
import { Span, WordSpan, spanWith } from './nodes.js';
import type { SourceMap } from './types.js';

/** The joined-offset table of every map with one piece (most instructions fit on one line). */
const SINGLE_PIECE: number[] = [0];

/**
 * A logical line built from pieces of physical lines. Every offset in the joined text maps back
 * to exactly one offset in the source, so ranges of words found in the joined text are exact.
 * One instance serves a whole parse (see `reset`): nodes keep only source offsets, never the line.
 */
export class JoinedLine {
  text = '';
  /** Pieces in use: the arrays below are never shortened, so their storage is reused. */
  private pieceCount = 0;
  private readonly joinedStarts: number[] = [];
  private readonly sourceStarts: number[] = [];

  constructor(private readonly index: LineIndex) {}

  /** Empties the line for the next instruction. */
  reset(): void {
    this.text = '';
    this.pieceCount = 0;
  }

  /** Appends source[from, to); an empty first piece still anchors the line's position. */
  append(source: string, from: number, to: number): void {
    if (to <= from && this.pieceCount > 0) return;
    this.joinedStarts[this.pieceCount] = this.text.length;
    this.sourceStarts[this.pieceCount] = from;
    this.pieceCount++;
    this.text += source.slice(from, to);
  }

  /** Source offset of the joined offset `offset` (which may equal the text length). */
  toSource(offset: number): number {
    if (this.pieceCount === 0) return 0;
    if (this.pieceCount === 1) return (this.sourceStarts[0] as number) + offset;
    if (offset >= this.text.length && offset > 0) return this.toSource(offset - 1) + 1;
    const starts = this.joinedStarts;
    let low = 0;
    let high = this.pieceCount - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return (this.sourceStarts[low] as number) + offset - (starts[low] as number);
  }

  /** Source offset just past the joined span [from, to) (the end of its last character). */
  sourceEnd(from: number, to: number): number {
    return to > from ? this.toSource(to - 1) + 1 : this.toSource(from);
  }

  /** The source span of the joined span [from, to). */
  located(from: number, to: number): Span {
    return new Span(this.toSource(from), this.sourceEnd(from, to), this.index);
  }

  word(raw: string, from: number, to: number): WordSpan {
    return new WordSpan(raw, this.toSource(from), this.sourceEnd(from, to), this.index);
  }

  /** A node with extra fields over the joined span [from, to). */
  node<T extends object>(from: number, to: number, fields: T): Span & T {
    return spanWith(this.toSource(from), this.sourceEnd(from, to), this.index, fields);
  }

  get lines(): LineIndex {
    return this.index;
  }

  /** The source map of the joined sub-text [from, to), re-based to start at 0. */
  subMap(from: number, to: number): SourceMap {
    const starts = this.joinedStarts;
    if (this.pieceCount === 1) return { joinedStarts: SINGLE_PIECE, sourceStarts: [this.toSource(from)] };
    // The pieces starting inside (from, to) are consecutive. The maps are sized to fit since they
    // are kept in the tree, where push would leave unused slots.
    let first = 0;
    while (first < this.pieceCount && (starts[first] as number) <= from) first++;
    let last = first;
    while (last < this.pieceCount && (starts[last] as number) < to) last++;
    const joinedStarts = new Array<number>(last - first + 1);
    const sourceStarts = new Array<number>(last - first + 1);
    joinedStarts[0] = 0;
    sourceStarts[0] = this.toSource(from);
    for (let i = first; i < last; i++) {
      joinedStarts[i - first + 1] = (starts[i] as number) - from;
      sourceStarts[i - first + 1] = this.sourceStarts[i] as number;
    }
    return { joinedStarts, sourceStarts };
  }
}

/** Maps an offset of a `ShellSource` text back to the source text. */
export function mapToSource(map: SourceMap, offset: number): number {
  const starts = map.joinedStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return (map.sourceStarts[low] as number) + offset - (starts[low] as number);
}
