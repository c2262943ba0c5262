import { commandSpan, runInstructions, runShellCommands } from '../helpers/run-commands.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL4005',
    name: 'relink-bin-sh',
    severity: 'warning',
    category: 'correctness',
    refs: ['hadolint:DL4005'],
    enabledByDefault: true,
    description: 'Use SHELL to change the default shell instead of relinking /bin/sh.',
    fix: 'none',
    messages: { relink: 'Use SHELL to change the default shell instead of relinking /bin/sh' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL4005',
  },
  check(context) {
    for (const instruction of runInstructions(context, { onbuild: true })) {
      const relink = runShellCommands(context, instruction).find(
        (run) => run.name === 'ln' && run.args.some((word) => word.value === '/bin/sh'),
      );
      if (relink === undefined) continue;
      context.report({ messageId: 'relink', instruction, at: commandSpan(context, relink) });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Pointing /bin/sh at another shell with `ln` changes it for every program in the image, including package scripts ' +
    'that expect the distribution\'s own sh. The SHELL instruction changes only the shell the Dockerfile\'s shell-form ' +
    'instructions use, and says so where readers look.',
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN ln -sf /bin/bash /bin/sh\n'],
    good: ['FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-c"]\nRUN echo "$BASH_VERSION"\n'],
  },
};
