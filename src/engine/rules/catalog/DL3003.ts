import { commandSpan, runInstructions, runShellCommands } from '../helpers/run-commands.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3003',
    name: 'cd-instead-of-workdir',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL3003'],
    enabledByDefault: true,
    description: 'Use WORKDIR to change directory instead of `cd` in a RUN.',
    fix: 'none',
    messages: { cd: 'Use WORKDIR rather than `{command}`: the directory change ends with this RUN' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3003',
  },
  check(context) {
    for (const instruction of runInstructions(context, { onbuild: false })) {
      const cd = runShellCommands(context, instruction).find((run) => run.name === 'cd');
      if (cd === undefined) continue;
      const command = ['cd', ...cd.args.map((word) => word.raw)].join(' ');
      context.report({ messageId: 'cd', data: { command }, instruction, at: commandSpan(context, cd) });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A `cd` lasts only until the end of its RUN, so later instructions silently run somewhere else and readers have to ' +
    'trace every command to know where files land. WORKDIR sets the directory for all following instructions and ' +
    'documents it in one place.',
  examples: {
    bad: ['FROM alpine:3.20\nRUN cd /usr/src/app && make\n'],
    good: ['FROM alpine:3.20\nWORKDIR /usr/src/app\nRUN make\n'],
  },
};
