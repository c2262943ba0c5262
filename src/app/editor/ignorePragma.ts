import type { Range } from '../../engine/index';

/** A line-scoped hadolint pragma; `global` and `stage` pragmas are left alone. */
const LINE_PRAGMA = /^([ \t]*#[ \t]*hadolint[ \t]+ignore[ \t]*=[ \t]*)([A-Za-z0-9]+(?:[ \t]*,[ \t]*[A-Za-z0-9]+)*)/;

export interface LineEdit {
  range: Range;
  text: string;
}

/**
 * "Ignore here": a `# hadolint ignore=CODE` comment right above the instruction that starts on
 * `instructionLine` (1-based), indented like it. When that line already holds such a pragma, the
 * code joins its list instead of stacking a second comment (hadolint reads only the line above).
 * Null when the pragma already names the code.
 */
export function ignoreHereEdit(lines: readonly string[], eol: string, instructionLine: number, code: string): LineEdit | null {
  const instruction = lines[instructionLine - 1] ?? '';
  const above = instructionLine >= 2 ? lines[instructionLine - 2] : undefined;
  const pragma = above === undefined ? null : LINE_PRAGMA.exec(above);
  if (pragma !== null) {
    const [, prefix = '', list = ''] = pragma;
    if (list.split(/[ \t]*,[ \t]*/).includes(code)) return null;
    const column = prefix.length + list.length + 1;
    const line = instructionLine - 1;
    return { range: { startLine: line, startColumn: column, endLine: line, endColumn: column }, text: `,${code}` };
  }
  const indent = /^[ \t]*/.exec(instruction)?.[0] ?? '';
  return {
    range: { startLine: instructionLine, startColumn: 1, endLine: instructionLine, endColumn: 1 },
    text: `${indent}# hadolint ignore=${code}${eol}`,
  };
}
