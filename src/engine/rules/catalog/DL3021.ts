import { resolvedPath } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

/** Paths BuildKit copies into as a directory: a trailing separator, or `.`/`..` (which always exist). */
const DIRECTORY_PATH = /(?:[/\\]|(?:^|\/)\.\.?)$/;

export const rule: Rule = {
  meta: {
    code: 'DL3021',
    name: 'copy-sources-need-directory',
    severity: 'error',
    category: 'correctness',
    refs: ['hadolint:DL3021'],
    enabledByDefault: true,
    description: 'A COPY with several sources needs a destination ending in `/`.',
    fix: 'unsafe',
    messages: { notDirectory: 'COPY with more than 2 arguments requires the last argument to end with /: `{destination}` does not' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3021',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'COPY' || instruction.details.paths.length < 3) continue;
      const destination = instruction.details.paths[instruction.details.paths.length - 1]!;
      const path = resolvedPath(context.model, instruction, destination);
      if (path === null || DIRECTORY_PATH.test(path)) continue;
      const closingQuote = 'value' in destination || /^(['"]).*\1$/s.test(destination.raw) ? 1 : 0;
      const insertAt = destination.end - closingQuote;
      context.report({
        messageId: 'notDirectory',
        data: { destination: path },
        instruction,
        at: destination,
        fixes: [{ title: 'End the destination with /', safety: 'unsafe', edits: [{ start: insertAt, end: insertAt, text: '/' }] }],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'With several sources the destination has to be a directory, and the trailing slash is how a Dockerfile says so. ' +
    'Without it, a destination that does not exist yet is created as a file and each source overwrites the previous one, ' +
    'so only the last file survives.',
  examples: {
    bad: ['FROM node:22-slim\nCOPY package.json package-lock.json /app\n'],
    good: ['FROM node:22-slim\nCOPY package.json package-lock.json /app/\n', 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json .\n'],
  },
};
