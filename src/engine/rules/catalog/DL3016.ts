import { isNpmPackagePinned, npmInstalls, reportUnpinned } from '../helpers/packages.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3016',
    name: 'npm-unpinned-packages',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3016'],
    enabledByDefault: true,
    description: 'Pin the versions of packages named on an `npm install` line.',
    fix: 'none',
    messages: {
      unpinned:
        'Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>` (unpinned: {packages})',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3016',
  },
  check(context) {
    reportUnpinned(context, { find: npmInstalls, isPinned: isNpmPackagePinned });
  },
};

export const docs: RuleDocs = {
  why:
    'A package named without a version installs whatever the registry tags as latest when the image is built, outside ' +
    'the lockfile that pins the rest of the project. Give it `@version` (git URLs a `#ref`), or list it in ' +
    'package.json and run a plain `npm ci`.',
  examples: {
    bad: ['FROM node:22-slim\nRUN npm install -g typescript\n'],
    good: ['FROM node:22-slim\nRUN npm install -g typescript@5.6.3\n', 'FROM node:22-slim\nCOPY package*.json ./\nRUN npm ci\n'],
  },
};
