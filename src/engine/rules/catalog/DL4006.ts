import { hasPipefail, type ShellOperator, type SimpleCommand } from '../../shell/index.js';
import type { Instruction } from '../../syntax/types.js';
import { lineAbove } from '../helpers/placement.js';
import { pathBasename, runsPosixShell } from '../helpers/run-commands.js';
import { rootTools } from '../helpers/stage-facts.js';
import type { Fix, Rule, RuleContext, RuleDocs, RunScript } from '../types.js';

/** Shells whose `-o pipefail` option exists; `sh` only where it is bash or busybox ash. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);
const PIPEFAIL_SHELL = '["/bin/bash", "-o", "pipefail", "-c"]';

/** `-o pipefail` (or `-eo pipefail`) among the shell's own options; a later `+o pipefail` undoes it. */
function shellOptionsSetPipefail(args: readonly string[]): boolean {
  let enabled = false;
  for (let index = 1; index < args.length; index++) {
    const option = args[index] as string;
    const sign = option[0];
    if (option.length < 2 || option.startsWith('--') || (sign !== '-' && sign !== '+')) continue;
    for (const letter of option.slice(1)) {
      if (letter !== 'o') continue;
      if (args[index + 1] === 'pipefail') enabled = sign === '-';
      index++;
    }
  }
  return enabled;
}

/** Whether the stage's own `/bin/sh` is known to understand `set -o pipefail` (bash, busybox ash). */
function stageShSupportsPipefail(context: RuleContext, instruction: Instruction): boolean {
  const stage = context.model.contextOf(instruction).stage;
  const shell = stage === null ? null : rootTools(context.model, stage)?.shell;
  return shell === 'bash' || shell === 'busybox';
}

function shellSupportsPipefail(context: RuleContext, instruction: Instruction, program: string): boolean {
  return PIPEFAIL_SHELLS.has(program) || (program === 'sh' && stageShSupportsPipefail(context, instruction));
}

/** The first pipe of a script that runs before any `set -o pipefail`. */
function unguardedPipe(script: RunScript): ShellOperator | null {
  const pipe = script.script.operators.find((operator) => operator.op === '|');
  if (pipe === undefined) return null;
  const before = script.script.commands.filter((command) => command.end <= pipe.start);
  return hasPipefail({ ...script.script, commands: before }) ? null : pipe;
}

function setPipefailFix(context: RuleContext, script: RunScript): Fix {
  if (script.origin === 'body') {
    const start = context.scriptSpan(script, 0, 0).start;
    return { title: 'Start the RUN with `set -o pipefail &&`', safety: 'unsafe', edits: [{ start, end: start, text: 'set -o pipefail && ' }] };
  }
  const shebang = /^#![^\n]*\n/.exec(script.source.text)?.[0].length ?? 0;
  // Indented like the script's first line, which the new one goes in front of.
  const indent = /^[ \t]*/.exec(script.source.text.slice(shebang))?.[0] ?? '';
  const start = context.scriptSpan(script, shebang + indent.length, shebang + indent.length).start;
  return { title: 'Start the script with `set -o pipefail`', safety: 'unsafe', edits: [{ start, end: start, text: `set -o pipefail\n${indent}` }] };
}

export const rule: Rule = {
  meta: {
    code: 'DL4006',
    name: 'pipe-without-pipefail',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL4006'],
    enabledByDefault: true,
    description: 'Set `-o pipefail` before running a pipe in a RUN.',
    fix: 'unsafe',
    messages: { noPipefail: 'A failure on the left of this pipe goes unnoticed: set `-o pipefail` in SHELL or in the RUN' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL4006',
  },
  check(context) {
    const shellFixOffered = new Set<number>();
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'RUN' || instruction.details.form !== 'shell' || !runsPosixShell(context, instruction)) continue;
      const { shell, stage } = context.model.contextOf(instruction);
      const program = pathBasename(shell[0] ?? '');
      if (shellSupportsPipefail(context, instruction, program) && shellOptionsSetPipefail(shell)) continue;
      const found = context
        .runScripts(instruction)
        .map((script) => ({ script, pipe: unguardedPipe(script) }))
        .find((candidate) => candidate.pipe !== null);
      if (found?.pipe == null) continue;
      const { script, pipe } = found;
      const left = script.script.commands
        .filter((command) => command.end <= pipe.start)
        .reduce<SimpleCommand | null>((best, command) => (best === null || command.end > best.end ? command : best), null);
      const fixes: Fix[] = [];
      const defaultShell = shell.length === 2 && shell[0] === '/bin/sh' && shell[1] === '-c';
      const tools = stage === null ? null : rootTools(context.model, stage);
      if (defaultShell && tools?.bash === true && stage !== null && !shellFixOffered.has(stage)) {
        shellFixOffered.add(stage);
        const { offset, indent } = lineAbove(context, instruction);
        fixes.push({
          title: `Insert SHELL ${PIPEFAIL_SHELL} before this RUN`,
          safety: 'unsafe',
          edits: [{ start: offset, end: offset, text: `${indent}SHELL ${PIPEFAIL_SHELL}\n` }],
        });
      }
      if (shellSupportsPipefail(context, instruction, program)) fixes.push(setPipefailFix(context, script));
      context.report({
        messageId: 'noPipefail',
        instruction,
        at: context.scriptSpan(script, left?.start ?? pipe.start, pipe.end),
        fixes,
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A shell reports only the exit status of the last command of a pipe, so `wget -O- URL | tar x` succeeds even when the ' +
    'download fails and the image is built without the files. With `pipefail` (from SHELL ["/bin/bash", "-o", ' +
    '"pipefail", "-c"], or `set -o pipefail` in the RUN where `/bin/sh` supports it: BusyBox ash on Alpine does, ' +
    "Debian's and Ubuntu's dash does not) any failing command fails the step.",
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN wget -O - https://example.com/data | wc -l > /count\n'],
    good: [
      'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://example.com/data | wc -l > /count\n',
      'FROM alpine:3.20\nRUN set -o pipefail && wget -O - https://example.com/data | wc -l > /count\n',
    ],
  },
};
