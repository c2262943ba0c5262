import type { IRange } from 'monaco-editor/editor';
import type { Range } from '../engine/index';

/** Engine ranges already follow Monaco's convention (1-based, end column exclusive); only the names differ. */
export function toMonacoRange(range: Range): IRange {
  return {
    startLineNumber: range.startLine,
    startColumn: range.startColumn,
    endLineNumber: range.endLine,
    endColumn: range.endColumn,
  };
}
