import { runInstructions, runShellCommands, wordSpan } from '../helpers/run-commands.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3004',
    name: 'sudo-in-run',
    severity: 'error',
    category: 'security',
    refs: ['hadolint:DL3004'],
    enabledByDefault: true,
    description: 'Do not use `sudo` in a RUN: switch users with USER, or use gosu/su-exec at run time.',
    fix: 'none',
    messages: { sudo: 'Do not use `sudo`: RUN already runs as the current USER' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3004',
  },
  check(context) {
    for (const instruction of runInstructions(context, { onbuild: true })) {
      const sudo = runShellCommands(context, instruction).find((run) => run.name === 'sudo');
      if (sudo?.nameWord == null) continue;
      context.report({ messageId: 'sudo', instruction, at: wordSpan(context, sudo, sudo.nameWord) });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'sudo needs a terminal and a sudoers setup, and it behaves differently across base images, so builds that depend on ' +
    'it break in surprising ways; installing it also leaves a privilege-escalation tool in the image. RUN already ' +
    'executes as the current USER: run root steps before switching with USER, and use gosu or su-exec when a process ' +
    'must drop privileges at start-up.',
  examples: {
    bad: [
      'FROM debian:bookworm-slim\nUSER 10001\nRUN sudo apt-get update && sudo apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15\n',
    ],
    good: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    ],
  },
};
