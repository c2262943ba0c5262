import {
  addOptionFix,
  aptConfigValue,
  aptGetInstalls,
  commandHeadSpan,
  findInRun,
  hasOption,
  mayHideOptions,
  runsWithScripts,
  type Invocation,
} from '../helpers/packages.js';
import type { Rule, RuleDocs } from '../types.js';

const TRUE_VALUES = new Set(['1', 'true', 'yes', 'on']);

/** `-qq`, `-q -q`, `-q=2`, `--quiet --quiet`: apt's quiet level 2 implies `--yes`. */
function quietLevel(invocation: Invocation): number {
  let level = 0;
  for (const option of invocation.options) {
    if (option.name !== 'q' && option.name !== 'quiet') continue;
    level = option.value === null ? level + 1 : Number(option.value) || 0;
  }
  return level;
}

function assumesYes(invocation: Invocation): boolean {
  return (
    hasOption(invocation, 'y', 'yes', 'assume-yes') ||
    quietLevel(invocation) >= 2 ||
    TRUE_VALUES.has((aptConfigValue(invocation, 'APT::Get::Assume-Yes') ?? '').toLowerCase())
  );
}

export const rule: Rule = {
  meta: {
    code: 'DL3014',
    name: 'apt-get-missing-yes',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3014'],
    enabledByDefault: true,
    description: 'Pass `-y` to `apt-get install`.',
    fix: 'safe',
    messages: { missingYes: 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3014',
  },
  check(context) {
    for (const run of runsWithScripts(context)) {
      const offending = findInRun(run, aptGetInstalls).filter(
        ({ invocation }) => !assumesYes(invocation) && !mayHideOptions(invocation),
      );
      const first = offending[0];
      if (first === undefined) continue;
      context.report({
        messageId: 'missingYes',
        instruction: run.instruction,
        at: commandHeadSpan(context, first.script, first.invocation),
        fixes: [addOptionFix(context, offending, '-y', 'safe')],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A build has no terminal to answer apt-get\'s "Do you want to continue?" prompt, so without `-y` the install ' +
    'aborts as soon as it needs to pull in more than the named packages. `-y` (or `--yes`, `--assume-yes`, `-qq`) ' +
    'makes the step non-interactive.',
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN apt-get update && apt-get install --no-install-recommends curl\n'],
    good: ['FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n'],
  },
};
