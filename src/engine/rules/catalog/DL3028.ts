import { gemInstalls, hasOption, isGemPinned, reportUnpinned } from '../helpers/packages.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3028',
    name: 'gem-unpinned-packages',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3028'],
    enabledByDefault: true,
    description: 'Pin the versions of gems installed with `gem install`.',
    fix: 'none',
    messages: {
      unpinned:
        'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>` (unpinned: {packages})',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3028',
  },
  check(context) {
    reportUnpinned(context, {
      find: gemInstalls,
      isPinned: isGemPinned,
      exempt: (invocation) => hasOption(invocation, 'v', 'version'),
    });
  },
};

export const docs: RuleDocs = {
  why:
    'An unpinned `gem install` fetches the newest release from RubyGems on every uncached build, so images built a week ' +
    'apart can differ. Name the version as `gem:version` or with `-v`, or install from a Gemfile.lock with Bundler.',
  examples: {
    bad: ['FROM ruby:3.3-slim\nRUN gem install bundler\n'],
    good: ['FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22\n', 'FROM ruby:3.3-slim\nRUN gem install bundler -v 2.5.22\n'],
  },
};
