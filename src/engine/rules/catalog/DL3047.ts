import { hasOption, insertArgument, runInstructions, runShellCommands, spanTo, type RunShellCommand } from '../helpers/run-commands.js';
import { rootTools } from '../helpers/stage-facts.js';
import type { Instruction } from '../../syntax/types.js';
import type { Fix, Rule, RuleContext, RuleDocs } from '../types.js';

/** Options that set the progress display or send wget's messages elsewhere. */
const QUIETING_OPTIONS = ['progress', 'q', 'quiet', 'no-verbose', 'o', 'output-file', 'a', 'append-output'];

function showsProgress(command: RunShellCommand): boolean {
  return !hasOption(command, QUIETING_OPTIONS) && !command.args.some((word) => word.value === '-nv');
}

/**
 * GNU wget takes `--progress=dot:giga`; busybox wget only knows `-q`. Without knowing which wget
 * the stage has, the GNU option is offered for review.
 */
function progressFix(context: RuleContext, instruction: Instruction, commands: readonly RunShellCommand[]): Fix {
  const stage = instruction.parent === null ? context.model.contextOf(instruction).stage : null;
  const provider = stage === null ? undefined : rootTools(context.model, stage)?.providers.wget;
  const option = provider === 'busybox' ? '-q' : '--progress=dot:giga';
  return {
    title: `Add \`${option}\``,
    safety: provider === undefined ? 'unsafe' : 'safe',
    edits: commands.flatMap((command) => (command.nameWord === null ? [] : [insertArgument(context, command, command.nameWord, option)])),
  };
}

export const rule: Rule = {
  meta: {
    code: 'DL3047',
    name: 'wget-without-progress-setting',
    severity: 'info',
    category: 'maintainability',
    refs: ['hadolint:DL3047'],
    enabledByDefault: true,
    description: 'Give `wget` a progress setting (`--progress=dot:giga`, `-q` or `-nv`) in a RUN.',
    fix: 'safe',
    messages: { noProgress: '`wget` without a progress setting floods the build log: add `--progress=dot:giga`, `-nv` or `-q`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3047',
  },
  check(context) {
    for (const instruction of runInstructions(context, { onbuild: true })) {
      const noisy = runShellCommands(context, instruction).filter((run) => run.name === 'wget' && showsProgress(run));
      const first = noisy[0];
      if (first?.nameWord == null) continue;
      context.report({
        messageId: 'noProgress',
        instruction,
        at: spanTo(context, first, first.nameWord),
        fixes: [progressFix(context, instruction, noisy)],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Without a terminal, wget prints its progress as a dot line every few kilobytes, so one large download can add ' +
    'thousands of lines to the build log and bury the output that matters. `--progress=dot:giga` keeps a coarse progress ' +
    'report, `-nv` or `-q` drop it.',
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN wget https://example.com/app.tar.gz\n'],
    good: [
      'FROM debian:bookworm-slim\nRUN wget --progress=dot:giga https://example.com/app.tar.gz\n',
      'FROM alpine:3.20\nRUN wget -q https://example.com/app.tar.gz\n',
    ],
  },
};
