import { describe, expect, it } from 'vitest';
import { ignoreHereEdit, type LineEdit } from '../../src/app/editor/ignorePragma';
import { analyze } from '../../src/engine/index';

/** Applies a line/column edit to text, as Monaco would. */
function apply(text: string, edit: LineEdit): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  const start = offset(edit.range.startLine, edit.range.startColumn);
  const end = offset(edit.range.endLine, edit.range.endColumn);
  return text.slice(0, start) + edit.text + text.slice(end);
}

function ignoreFirst(text: string, code: string): string {
  const finding = analyze(text).findings.find((candidate) => candidate.code === code);
  if (finding === undefined) throw new Error(`${code} does not fire`);
  const edit = ignoreHereEdit(text.split('\n'), '\n', finding.line, code);
  if (edit === null) throw new Error('no edit');
  return apply(text, edit);
}

describe('"Ignore here"', () => {
  it('puts a pragma above the instruction with its indentation, and the finding goes away', () => {
    const text = 'FROM alpine:3.20\n    RUN apk add --no-cache curl\n';
    const ignored = ignoreFirst(text, 'DL3018');
    expect(ignored).toBe('FROM alpine:3.20\n    # hadolint ignore=DL3018\n    RUN apk add --no-cache curl\n');
    expect(analyze(ignored).findings.map((finding) => finding.code)).not.toContain('DL3018');
  });

  it('joins an existing pragma on the line above instead of stacking a second one', () => {
    const text = 'FROM alpine:3.20\n# hadolint ignore=DL3018 # pinned by the base image\nRUN apk add curl\n';
    const ignored = ignoreFirst(text, 'DL3019');
    expect(ignored).toBe('FROM alpine:3.20\n# hadolint ignore=DL3018,DL3019 # pinned by the base image\nRUN apk add curl\n');
    expect(analyze(ignored).findings.map((finding) => finding.code)).not.toContain('DL3019');
  });

  it('uses the line above a continued instruction’s first line', () => {
    const text = 'FROM alpine:3.20\nRUN apk add \\\n    curl\n';
    expect(ignoreFirst(text, 'DL3018')).toBe('FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add \\\n    curl\n');
  });

  it('keeps the file’s line endings', () => {
    expect(ignoreHereEdit(['FROM a', 'RUN b'], '\r\n', 2, 'DL3059')?.text).toBe('# hadolint ignore=DL3059\r\n');
  });

  it('does nothing when the pragma already names the code', () => {
    expect(ignoreHereEdit(['FROM a', '# hadolint ignore=DL3059', 'RUN b'], '\n', 3, 'DL3059')).toBeNull();
  });

  it('leaves a global pragma alone and adds a line pragma', () => {
    expect(ignoreHereEdit(['# hadolint global ignore=DL3008', 'FROM a'], '\n', 2, 'DL3006')?.text).toBe('# hadolint ignore=DL3006\n');
  });
});
