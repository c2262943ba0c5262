import type { LineIndex } from './lines.js';
import type { Located, SourceMap } from './types.js';

/**
 * A logical line built from pieces of physical lines. Every offset in the joined text maps back
 * to exactly one offset in the source, so ranges of words found in the joined text are exact.
 */
export class JoinedLine {
  text = '';
  private readonly joinedStarts: number[] = [];
  private readonly sourceStarts: number[] = [];

  constructor(private readonly index: LineIndex) {}

  /** Appends source[from, to); an empty first piece still anchors the line's position. */
  append(source: string, from: number, to: number): void {
    if (to <= from && this.joinedStarts.length > 0) return;
    this.joinedStarts.push(this.text.length);
    this.sourceStarts.push(from);
    this.text += source.slice(from, to);
  }

  /** Source offset of the joined offset `offset` (which may equal the text length). */
  toSource(offset: number): number {
    const starts = this.joinedStarts;
    if (starts.length === 0) return 0;
    if (offset >= this.text.length && offset > 0) return this.toSource(offset - 1) + 1;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return (this.sourceStarts[low] as number) + offset - (starts[low] as number);
  }

  /** Source span of the joined span [from, to): from the first character to just past the last. */
  located(from: number, to: number): Located {
    const start = this.toSource(from);
    const end = to > from ? this.toSource(to - 1) + 1 : start;
    return this.index.located(start, end);
  }

  /** The source map of the joined sub-text [from, to), re-based to start at 0. */
  subMap(from: number, to: number): SourceMap {
    const joinedStarts = [0];
    const sourceStarts = [this.toSource(from)];
    const starts = this.joinedStarts;
    for (let i = 0; i < starts.length; i++) {
      const pieceStart = starts[i] as number;
      if (pieceStart > from && pieceStart < to) {
        joinedStarts.push(pieceStart - from);
        sourceStarts.push(this.sourceStarts[i] as number);
      }
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
