import { runInstructions, runShellCommands, wordSpan } from '../helpers/run-commands.js';
import type { Rule, RuleDocs } from '../types.js';

/** Programs for interactive use or for managing a running system, which a build step has no use for. */
const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);

export const rule: Rule = {
  meta: {
    code: 'DL3001',
    name: 'pointless-command-in-run',
    severity: 'info',
    category: 'correctness',
    refs: ['hadolint:DL3001'],
    enabledByDefault: true,
    description: 'Do not run interactive or system-management programs (ssh, vim, service, ps, top, …) in a RUN.',
    fix: 'none',
    messages: { pointless: '`{command}` has nothing to act on while the image builds' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3001',
  },
  check(context) {
    for (const instruction of runInstructions(context, { onbuild: true })) {
      const command = runShellCommands(context, instruction).find((run) => run.name !== null && POINTLESS.has(run.name));
      if (command?.nameWord == null) continue;
      context.report({
        messageId: 'pointless',
        data: { command: command.name ?? '' },
        instruction,
        at: wordSpan(context, command, command.nameWord),
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A RUN step executes once, without a terminal and without the services of a booted system, then its filesystem is ' +
    'saved. Starting a service, opening an editor or inspecting processes there has no lasting effect on the image, and ' +
    'often hangs or fails the build.',
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN service nginx start\n'],
    good: ['FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-client\n'],
  },
};
