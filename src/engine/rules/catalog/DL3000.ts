import type { Rule, RuleDocs } from '../types.js';

/** Quotes are stripped first; `$VAR`, `/path` and `C:` / `C:\` (Windows) count as absolute. */
const ABSOLUTE = /^(?:\/|\$|[A-Za-z]:[\\/]?)/;

export const rule: Rule = {
  meta: {
    code: 'DL3000',
    name: 'workdir-relative-path',
    severity: 'error',
    category: 'correctness',
    refs: ['hadolint:DL3000', 'buildkit:WorkdirRelativePath'],
    enabledByDefault: true,
    description: 'Use an absolute path for WORKDIR.',
    fix: 'none',
    messages: { relative: 'Use absolute WORKDIR: `{path}` is relative' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3000',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'WORKDIR' || instruction.details.value === null) continue;
      const path = instruction.details.value.raw.replace(/^(['"])(.*)\1$/s, '$2');
      if (ABSOLUTE.test(path)) continue;
      context.report({ messageId: 'relative', data: { path }, instruction, at: instruction.details.value });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A relative WORKDIR is resolved against whatever directory the previous instruction or the base image left behind, ' +
    'so the same line means different places in different stages. An absolute path says where files land and keeps ' +
    'the Dockerfile readable when stages are reordered or the base image changes its own WORKDIR.',
  examples: {
    bad: ['FROM alpine:3.20\nWORKDIR app\n'],
    good: ['FROM alpine:3.20\nWORKDIR /app\n', 'FROM alpine:3.20\nARG HOME_DIR=/srv\nWORKDIR ${HOME_DIR}\n'],
  },
};
