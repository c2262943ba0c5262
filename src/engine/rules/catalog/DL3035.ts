import { commandLabel, rpmCommands, verbIs } from '../helpers/rpm.js';
import { runInstructions, spanTo } from '../helpers/run-commands.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3035',
    name: 'zypper-dist-upgrade',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3035'],
    enabledByDefault: true,
    description: 'Do not run `zypper dist-upgrade` in a Dockerfile.',
    fix: 'none',
    messages: { distUpgrade: '`{command}` upgrades the whole distribution: use a newer base image instead' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3035',
  },
  check(context) {
    for (const instruction of runInstructions(context, { onbuild: true })) {
      const upgrade = rpmCommands(context, instruction, ['zypper']).find((command) => verbIs(command, ['dist-upgrade', 'dup']));
      if (upgrade?.verb == null) continue;
      context.report({
        messageId: 'distUpgrade',
        data: { command: commandLabel(upgrade) },
        instruction,
        at: spanTo(context, upgrade.run, upgrade.verb),
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    '`zypper dist-upgrade` moves every package to whatever the repositories hold today, possibly across a distribution ' +
    'release, so the image stops matching the base it names. Pick a newer base image instead, or update only the ' +
    'packages you need.',
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade\n'],
    good: ['FROM opensuse/leap:15.6\nRUN zypper -n patch --category security && zypper clean\n'],
  },
};
