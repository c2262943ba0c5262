import type { Range } from '../syntax/types.js';
import { countBySeverity, describeCounts, fileProblems, ruleMetaLookup, sourceLines, type Problem, type ReportFile, type ReportOptions } from './problems.js';

/** Ranges longer than this show their first lines and a count of the rest (a 60-line heredoc RUN). */
const MAX_FRAME_LINES = 5;

/** Spaces up to `column`, keeping tabs so the marker lines up however the terminal renders them. */
function indentTo(line: string, column: number): string {
  let indent = '';
  for (const char of line.slice(0, column - 1)) indent += char === '\t' ? '\t' : ' ';
  return indent;
}

/**
 * The range's source lines with line numbers and `^` under the exact columns (BuildKit's `--check`
 * and Ruff show the same), then `notes` as `= note` lines under the gutter.
 */
export function codeFrame(lines: readonly string[], range: Range, notes: readonly string[] = []): string[] {
  // A range that stops at the very start of a line does not cover that line.
  const lastLine = Math.min(range.endLine > range.startLine && range.endColumn === 1 ? range.endLine - 1 : range.endLine, lines.length);
  const shownLast = Math.min(lastLine, range.startLine + MAX_FRAME_LINES - 1);
  const width = String(shownLast).length;
  const gutter = ' '.repeat(width + 3);
  const frame: string[] = [];
  for (let number = range.startLine; number <= shownLast; number++) {
    const line = lines[number - 1] ?? '';
    frame.push(`  ${String(number).padStart(width)} |${line === '' ? '' : ` ${line}`}`);
    const from = number === range.startLine ? range.startColumn : line.search(/\S/) + 1;
    const to = number === range.endLine ? range.endColumn : line.length + 1;
    if (from < 1 || (to <= from && number !== range.startLine)) continue;
    const markerLength = Math.max(1, [...line.slice(from - 1, to - 1)].length);
    frame.push(`${gutter}| ${indentTo(line, from)}${'^'.repeat(markerLength)}`);
  }
  if (lastLine > shownLast) frame.push(`${gutter}| ... ${lastLine - shownLast} more line${lastLine - shownLast === 1 ? '' : 's'}`);
  for (const note of notes) frame.push(`${gutter}= ${note}`);
  return frame;
}

function renderProblem(file: string, problem: Problem, lines: readonly string[], metaOf: ReturnType<typeof ruleMetaLookup>): string {
  const { startLine, startColumn } = problem.range;
  const notes = (problem.finding?.fixes ?? []).map((fix) => `fix${fix.safety === 'unsafe' ? ' (unsafe)' : ''}: ${fix.title}`);
  const url = problem.finding === null ? undefined : metaOf(problem.code)?.url;
  if (url !== undefined) notes.push(`docs: ${url}`);
  return [`${file}:${startLine}:${startColumn}  ${problem.code}  ${problem.severity}  ${problem.message}`, ...codeFrame(lines, problem.range, notes)].join('\n');
}

/**
 * `file:line:col  CODE  severity  message`, a code frame, fix and docs hints, then one summary line:
 * `2 errors, 1 warning` or `No problems found`.
 */
export function formatText(files: readonly ReportFile[], options: ReportOptions): string {
  const metaOf = ruleMetaLookup(options.rules);
  const blocks: string[] = [];
  const all: Problem[] = [];
  for (const file of files) {
    const lines = sourceLines(file.text);
    for (const problem of fileProblems(file, lines)) {
      blocks.push(renderProblem(file.file, problem, lines, metaOf));
      all.push(problem);
    }
  }
  blocks.push(describeCounts(countBySeverity(all)) ?? 'No problems found');
  return `${blocks.join('\n\n')}\n`;
}
