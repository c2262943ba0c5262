import { hasOption, isPipRequirementPinned, pipInstalls, reportUnpinned } from '../helpers/packages.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3013',
    name: 'pip-unpinned-packages',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3013'],
    enabledByDefault: true,
    description: 'Pin the versions of packages installed with pip or pipx.',
    fix: 'none',
    messages: {
      unpinned:
        'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or ' +
        '`pip install --requirement <requirements file>` (unpinned: {packages})',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3013',
  },
  check(context) {
    reportUnpinned(context, {
      find: pipInstalls,
      isPinned: isPipRequirementPinned,
      exempt: (invocation) => hasOption(invocation, 'c', 'constraint', 'r', 'requirement'),
    });
  },
};

export const docs: RuleDocs = {
  why:
    'An unpinned `pip install` resolves to the newest release on PyPI at build time, so a rebuild can pull a new major ' +
    'version with breaking changes. Pin with `==` (or a range), install from a requirements or constraints file that ' +
    'does, or point at a VCS URL with an `@ref`.',
  examples: {
    bad: ['FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n'],
    good: [
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
      'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
    ],
  },
};
