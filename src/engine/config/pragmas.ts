import type { Comment, Dockerfile } from '../syntax/types.js';

/**
 * hadolint's inline pragmas (conformance/hadolint/notes.md §2):
 *   `# hadolint ignore=DL3008,DL3015 # reason` – the instruction on the next line
 *   `# hadolint global ignore=DL3008`          – the whole file
 *   `# hadolint stage ignore=DL3008`           – from the next FROM's following lines to the one after
 * Our codes (SS101, BuildKit check names) are accepted too. hadolint drops a whole pragma when one
 * code is malformed (`ignore=crazy,DL3002` ignores nothing); a code must start with an uppercase
 * letter here for the same effect, while still admitting BuildKit's CamelCase check names.
 */

export type PragmaScope = 'line' | 'global' | 'stage';

export interface IgnorePragma {
  scope: PragmaScope;
  codes: { code: string; start: number; end: number }[];
  comment: Comment;
  /** 1-based line of the comment. */
  line: number;
  /** False when a code is malformed: the pragma then suppresses nothing. */
  valid: boolean;
}

const PRAGMA = /^\s*hadolint\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9]+(?:\s*,\s*[A-Za-z0-9]+)*)\s*(?:#.*)?$/;
const WELL_FORMED_CODE = /^[A-Z][A-Za-z0-9]*$/;

export function isWellFormedCode(code: string): boolean {
  return WELL_FORMED_CODE.test(code);
}

export function parseIgnorePragmas(dockerfile: Dockerfile): IgnorePragma[] {
  const pragmas: IgnorePragma[] = [];
  for (const comment of dockerfile.comments) {
    if (comment.inContinuation) continue;
    const match = PRAGMA.exec(comment.text);
    if (match === null) continue;
    const list = match[2] as string;
    // comment.text starts right after the `#`.
    const listStart = comment.start + 1 + comment.text.indexOf(list, comment.text.indexOf('='));
    const codes: IgnorePragma['codes'] = [];
    const codePattern = /[A-Za-z0-9]+/g;
    for (let found = codePattern.exec(list); found !== null; found = codePattern.exec(list)) {
      codes.push({ code: found[0], start: listStart + found.index, end: listStart + found.index + found[0].length });
    }
    pragmas.push({
      scope: (match[1] as PragmaScope | undefined) ?? 'line',
      codes,
      comment,
      line: comment.range.startLine,
      valid: codes.every((c) => isWellFormedCode(c.code)),
    });
  }
  return pragmas;
}

/** Decides whether a finding on an instruction starting at `line` is suppressed by a pragma. */
export function pragmaFilter(dockerfile: Dockerfile, pragmas: IgnorePragma[]): (code: string, line: number) => boolean {
  const global = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  const stageRanges: { from: number; to: number; codes: Set<string> }[] = [];
  const fromLines = dockerfile.instructions.filter((i) => i.name === 'FROM').map((i) => i.startLine);
  for (const pragma of pragmas) {
    if (!pragma.valid) continue;
    const codes = new Set(pragma.codes.map((c) => c.code));
    if (pragma.scope === 'global') for (const code of codes) global.add(code);
    else if (pragma.scope === 'line') byLine.set(pragma.line + 1, codes);
    else {
      // hadolint covers the lines after the next FROM (or two below a mid-stage pragma) up to the next FROM.
      const nextFrom = fromLines.find((line) => line > pragma.line);
      const from = nextFrom === pragma.line + 1 ? nextFrom + 1 : pragma.line + 2;
      const to = fromLines.find((line) => line >= from) ?? Number.POSITIVE_INFINITY;
      stageRanges.push({ from, to, codes });
    }
  }
  return (code, line) =>
    global.has(code) ||
    (byLine.get(line)?.has(code) ?? false) ||
    stageRanges.some((range) => line >= range.from && line < range.to && range.codes.has(code));
}
