import type { Range } from './types.js';

/** Converts offsets to Monaco positions over precomputed line starts. */
export class LineIndex {
  readonly lineStarts: number[];
  private readonly textLength: number;
  /** Lookups come in source order, so the previous answer is usually right or one line off. */
  private lastLine = 0;

  /** `lineStarts`: the text's line starts when they are already known (a parsed Dockerfile keeps them). */
  constructor(text: string, lineStarts: number[] = lineStartsOf(text)) {
    this.lineStarts = lineStarts;
    this.textLength = text.length;
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    const hint = this.lastLine;
    if ((starts[hint] as number) <= offset) {
      if (hint + 1 >= starts.length || offset < (starts[hint + 1] as number)) return hint;
      if (hint + 2 >= starts.length || offset < (starts[hint + 2] as number)) return (this.lastLine = hint + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    this.lastLine = low;
    return low;
  }

  range(start: number, end: number): Range {
    const clampedStart = Math.max(0, Math.min(start, this.textLength));
    const clampedEnd = Math.max(clampedStart, Math.min(end, this.textLength));
    const startLine = this.lineOf(clampedStart);
    const endLine = clampedEnd === clampedStart ? startLine : this.lineOf(clampedEnd);
    return {
      startLine: startLine + 1,
      startColumn: clampedStart - (this.lineStarts[startLine] as number) + 1,
      endLine: endLine + 1,
      endColumn: clampedEnd - (this.lineStarts[endLine] as number) + 1,
    };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}
