import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/engine/report/index.js';
import { analyzed, OPTIONS, SAMPLE } from './fixtures.js';

const range = (startLine: number, startColumn: number, endLine: number, endColumn: number) => ({ startLine, startColumn, endLine, endColumn });

describe('json report', () => {
  it('has a fixed shape and key order: the contract for other tools', () => {
    // Object literals keep their key order through JSON.stringify, so this pins the order too.
    const expected = {
      tool: { name: 'shipshape', version: '1.2.3' },
      files: [
        {
          file: 'Dockerfile',
          findings: [
            {
              code: 'DL4000',
              name: 'maintainer-deprecated',
              refs: ['hadolint:DL4000', 'buildkit:MaintainerDeprecated'],
              severity: 'error',
              category: 'maintainability',
              message: 'MAINTAINER is deprecated',
              range: range(2, 1, 2, 11),
              stage: 0,
              fixes: [
                {
                  title: 'Replace with an OCI authors LABEL',
                  safety: 'safe',
                  edits: [{ start: 17, end: 32, text: 'LABEL org.opencontainers.image.authors="jane"' }],
                },
              ],
            },
            {
              code: 'DL3000',
              name: 'workdir-relative-path',
              refs: ['hadolint:DL3000', 'buildkit:WorkdirRelativePath'],
              severity: 'error',
              category: 'correctness',
              message: 'Use absolute WORKDIR: `app` is relative',
              range: range(3, 9, 3, 12),
              stage: 0,
              fixes: [],
            },
          ],
          diagnostics: [{ code: 'DL1000', kind: 'unknown-instruction', severity: 'error', message: 'unknown instruction: BADCMD', range: range(4, 1, 4, 7) }],
        },
        { file: 'ok/Dockerfile', findings: [], diagnostics: [] },
      ],
    };
    expect(formatJson([analyzed('Dockerfile', SAMPLE), analyzed('ok/Dockerfile', 'FROM alpine:3.20\n')], OPTIONS)).toBe(
      `${JSON.stringify(expected, null, 2)}\n`,
    );
  });

  it('lists parse warnings and an invalid # check= directive as diagnostics', () => {
    const report = JSON.parse(formatJson([analyzed('Dockerfile', '# check=skip\nFROM alpine:3.20\nRUN echo \\\n\n  hi\n')], OPTIONS));
    expect(report.files[0].diagnostics).toEqual([
      { code: 'DL1000', kind: 'empty-continuation', severity: 'warning', message: 'Empty continuation line found in: RUN echo   hi', range: range(5, 1, 5, 5) },
      { code: 'DL1000', kind: 'invalid-check-options', severity: 'error', message: 'failed to parse check options: invalid check option "skip"', range: range(1, 1, 1, 13) },
    ]);
  });

  it('is valid JSON with no files', () => {
    expect(formatJson([], OPTIONS)).toBe('{\n  "tool": {\n    "name": "shipshape",\n    "version": "1.2.3"\n  },\n  "files": []\n}\n');
  });
});
