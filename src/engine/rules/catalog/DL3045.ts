import { resolvedPath } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

/** `/path`, and Windows drive paths `C:\dir` or `C:/dir`. */
const ABSOLUTE = /^(?:\/|[A-Za-z]:(?:[\\/]|$))/;

export const rule: Rule = {
  meta: {
    code: 'DL3045',
    name: 'copy-relative-without-workdir',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3045'],
    enabledByDefault: true,
    description: 'Set WORKDIR before copying to a relative destination.',
    fix: 'none',
    messages: { relative: '`COPY` to a relative destination without `WORKDIR` set: `{destination}` depends on the base image\'s directory' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3045',
  },
  check(context) {
    const { model } = context;
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'COPY' || instruction.details.paths.length < 2) continue;
      if (model.contextOf(instruction).workdir !== null) continue;
      const destination = instruction.details.paths[instruction.details.paths.length - 1]!;
      const path = resolvedPath(model, instruction, destination);
      if (path === null || ABSOLUTE.test(path)) continue;
      context.report({ messageId: 'relative', data: { destination: path }, instruction, at: destination });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A relative COPY destination is resolved against the working directory, which, without a WORKDIR in this stage or ' +
    'the stages it builds on, is whatever the base image chose. Files then land in `/` for one base and somewhere else ' +
    'for another. Set WORKDIR first, or copy to an absolute path.',
  examples: {
    bad: ['FROM node:22-slim\nCOPY package.json .\n'],
    good: [
      'FROM node:22-slim\nWORKDIR /app\nCOPY package.json .\n',
      'FROM node:22-slim\nCOPY package.json /app/\n',
      'FROM node:22-slim AS base\nWORKDIR /app\nFROM base\nCOPY . .\n',
    ],
  },
};
