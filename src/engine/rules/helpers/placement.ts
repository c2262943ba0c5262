/**
 * Where a fix can put new lines without changing what the lines around them mean: above an
 * instruction's own comments (so `# hadolint ignore=` pragmas and explanations stay with it), and
 * never inside an instruction that continues onto the next line.
 */
import type { Instruction } from '../../syntax/types.js';
import type { RuleContext } from '../types.js';
import { oncePerAnalysis } from './memo.js';

/** The 0-based lines that hold a comment of their own (not one inside a continued instruction). */
const commentLines = oncePerAnalysis(
  (context): ReadonlySet<number> =>
    new Set(context.syntax.comments.filter((comment) => !comment.inContinuation).map((comment) => comment.range.startLine - 1)),
);

/** The start of the line where new lines go above `instruction`, and that line's indentation. */
export function lineAbove(context: RuleContext, instruction: Instruction): { offset: number; indent: string } {
  const { lineStarts, text } = context.syntax;
  const commented = commentLines(context);
  let line = instruction.startLine - 1;
  while (line > 0 && commented.has(line - 1)) line--;
  const offset = lineStarts[line] as number;
  const indent = /^[ \t]*/.exec(text.slice(offset))?.[0] ?? '';
  return { offset, indent };
}

/**
 * The offset just after `instruction`'s last line, or null when it ends with a line continuation
 * (`RUN … \` and then only blank lines): BuildKit would join anything added there to it.
 */
export function lineBelow(context: RuleContext, instruction: Instruction): number | null {
  const { text } = context.syntax;
  const source = text.slice(instruction.start, instruction.end).replace(/\s+$/, '');
  if (source.endsWith(context.model.escapeChar)) return null;
  const lineBreak = text.indexOf('\n', instruction.start + source.length);
  return lineBreak === -1 ? text.length : lineBreak + 1;
}
