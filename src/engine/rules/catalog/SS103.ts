import type { Instruction } from '../../syntax/types.js';
import {
  isInstall,
  isRefresh,
  operatorBefore,
  packageCommands,
  runCommands,
  wholeLines,
  type PackageCommand,
} from '../helpers/stage-facts.js';
import type { Fix, Rule, RuleContext, RuleDocs } from '../types.js';

/** Commands that neither read the package index nor could install anything. */
const INERT_PROGRAMS = new Set(['set', 'echo', 'printf', 'true', ':', 'export', 'rm', 'mkdir', 'sleep']);
/** `apk add` options that fetch a fresh index themselves, making a separate `apk update` moot. */
const APK_SELF_REFRESH = /^--(?:update(?:-cache)?|no-cache)$|^-[a-zA-Z]*U[a-zA-Z]*$/;

export const rule: Rule = {
  meta: {
    code: 'SS103',
    name: 'apt-update-alone',
    severity: 'warning',
    category: 'reliability',
    refs: ['shipshape:SS103'],
    enabledByDefault: true,
    description: 'Refresh the package index in the same RUN that installs packages.',
    fix: 'unsafe',
    messages: { alone: '`{command}` runs in a RUN that installs nothing: its index is cached and goes stale; refresh in the RUN that installs' },
  },
  check(context) {
    const instructions = context.allInstructions;
    instructions.forEach((instruction, index) => {
      if (instruction.details.kind !== 'RUN') return;
      const commands = packageCommands(context, instruction);
      const refresh = commands.find(isRefresh);
      if (refresh === undefined) return;
      const byCommand = new Map(commands.map((command) => [command.command, command]));
      const consumes = runCommands(context, instruction).some((run) => {
        const call = byCommand.get(run.command);
        return !INERT_PROGRAMS.has(run.program) && !(call !== undefined && (isRefresh(call) || call.verb === 'clean'));
      });
      if (consumes) return;
      context.report({
        messageId: 'alone',
        data: { command: refresh.argv.map((word) => word.value).join(' ') },
        instruction,
        at: context.scriptSpan(refresh.script, refresh.command.start, refresh.command.end),
        fixes: mergeFix(context, instruction, refresh, instructions, index + 1),
      });
    });
  },
};

export const docs: RuleDocs = {
  why:
    'A RUN that only runs `apt-get update` (or `apk update`, `dnf makecache`) is cached like any other layer, so later builds reuse an index that may be weeks old while the install in the next RUN is rebuilt against it. ' +
    'The install then fails on packages the mirror has since removed, or silently gets outdated versions. ' +
    'Refreshing and installing in one RUN keeps the two in step and leaves no index behind when the same RUN cleans up.',
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n'],
    good: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    ],
  },
};

/** Moves the refresh into the next RUN of the stage (searched from `instructions[from]`) that installs with the same manager. */
function mergeFix(context: RuleContext, alone: Instruction, refresh: PackageCommand, instructions: readonly Instruction[], from: number): Fix[] {
  const refreshes = new Set(packageCommands(context, alone).filter(isRefresh).map((command) => command.command));
  const onlyRefreshes = runCommands(context, alone).every((run) => refreshes.has(run.command));
  if (!onlyRefreshes || alone.flags.length > 0 || alone.parent !== null || context.runScripts(alone).some((script) => script.origin === 'heredoc')) return [];
  const stage = context.model.contextOf(alone).stage;
  let target: Instruction | undefined;
  for (let index = from; index < instructions.length && target === undefined; index++) {
    const instruction = instructions[index] as Instruction;
    if (instruction.details.kind === 'RUN' || context.model.contextOf(instruction).stage !== stage) target = instruction;
  }
  if (target === undefined || target.details.kind !== 'RUN' || target.parent !== null || context.model.contextOf(target).stage !== stage) return [];
  const commands = packageCommands(context, target).filter((command) => command.manager === refresh.manager);
  const install = commands.find(isInstall);
  if (install === undefined) return [];
  const removal = { ...wholeLines(context.syntax.text, alone.start, alone.end), text: '' };
  const title = `Refresh in the RUN on line ${target.startLine}`;
  const refreshesItself =
    commands.some((command) => isRefresh(command) && command.command.start < install.command.start) ||
    (install.manager === 'apk' && install.argv.some((word) => APK_SELF_REFRESH.test(word.value)));
  if (refreshesItself) return [{ title, safety: 'unsafe', edits: [removal] }];
  const before = operatorBefore(install.script, install.command.start);
  if (install.command.depth !== 0 || (before !== null && before !== '&&' && before !== ';' && before !== '\n')) return [];
  const refreshSpan = context.scriptSpan(refresh.script, refresh.command.start, refresh.command.end);
  const refreshText = context.syntax.text.slice(refreshSpan.start, refreshSpan.end);
  const at = context.scriptSpan(install.script, install.command.start, install.command.start).start;
  return [{ title, safety: 'unsafe', edits: [removal, { start: at, end: at, text: `${refreshText} && ` }] }];
}
