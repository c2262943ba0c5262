import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/engine/report/index.js';
import { analyzed, finding, handMade, OPTIONS, SAMPLE } from './fixtures.js';

describe('markdown report', () => {
  it('has a heading with the totals and a table per file with problems, codes linked to their docs', () => {
    expect(formatMarkdown([analyzed('Dockerfile', SAMPLE), analyzed('ok/Dockerfile', 'FROM alpine:3.20\n')], OPTIONS)).toBe(
      `### shipshape: 3 errors (2 files checked)

#### \`Dockerfile\`: 3 errors

| Line | Code | Severity | Message |
| ---: | --- | --- | --- |
| 2 | [DL4000](https://github.com/hadolint/hadolint/wiki/DL4000) | error | MAINTAINER is deprecated |
| 3 | [DL3000](https://github.com/hadolint/hadolint/wiki/DL3000) | error | Use absolute WORKDIR: \`app\` is relative |
| 4 | DL1000 | error | unknown instruction: BADCMD |
`,
    );
  });

  it('escapes pipes and line breaks so a message stays in its cell', () => {
    const file = handMade('a.Dockerfile', 'FROM alpine:3.20\nRUN a || b\n', [
      finding({ code: 'SS1', severity: 'warning', message: 'replace `a || b`\nwith `a; b`', range: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 11 } }),
      finding({ code: 'SS2', severity: 'style', message: 'style', range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 4 } }),
    ]);
    expect(formatMarkdown([file], OPTIONS)).toBe(
      `### shipshape: 1 warning, 1 style issue (1 file checked)

#### \`a.Dockerfile\`: 1 warning, 1 style issue

| Line | Code | Severity | Message |
| ---: | --- | --- | --- |
| 2 | SS2 | style | style |
| 2 | SS1 | warning | replace \`a \\|\\| b\` with \`a; b\` |
`,
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatMarkdown([analyzed('Dockerfile', 'FROM alpine:3.20\n')], OPTIONS)).toBe('### shipshape: no problems found (1 file checked)\n');
  });
});
