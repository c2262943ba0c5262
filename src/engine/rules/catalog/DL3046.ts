import type { ShellWord } from '../../shell/index.js';
import {
  hasOption,
  insertArgument,
  resolveWord,
  runInstructions,
  runShellCommands,
  spanTo,
  type RunShellCommand,
} from '../helpers/run-commands.js';
import type { RuleContext, Rule, RuleDocs } from '../types.js';

/** From here on the lastlog and faillog files, sized by the highest UID, grow to gigabytes. */
const LONG_UID = 100000;

/** The words giving the UID: `-u 123456`, `-mu 123456`, `-u123456`, `--uid 123456`, `--uid=123456`. */
function uidValues(command: RunShellCommand): { word: ShellWord; text: string | null }[] {
  const values: { word: ShellWord; text: string | null }[] = [];
  const args = command.args;
  for (let index = 0; index < args.length; index++) {
    const text = (args[index] as ShellWord).value;
    if (text === '--') break;
    if (text === '--uid' || (/^-[A-Za-z]*u$/.test(text) && !text.startsWith('--'))) {
      const next = args[index + 1];
      if (next !== undefined) values.push({ word: next, text: null });
      index++;
    } else if (text.startsWith('--uid=')) {
      values.push({ word: args[index] as ShellWord, text: text.slice('--uid='.length) });
    } else if (/^-[A-Za-z]*u./.test(text) && !text.startsWith('--')) {
      values.push({ word: args[index] as ShellWord, text: text.slice(text.indexOf('u') + 1) });
    }
  }
  return values;
}

/** The first UID at or above LONG_UID; a UID unknown before the build is not reported. */
function longUid(context: RuleContext, command: RunShellCommand): { word: ShellWord; value: string } | null {
  for (const { word, text } of uidValues(command)) {
    const value = text ?? resolveWord(context, command.instruction, word);
    if (value !== null && /^\d+$/.test(value) && Number(value) >= LONG_UID) return { word, value };
  }
  return null;
}

export const rule: Rule = {
  meta: {
    code: 'DL3046',
    name: 'useradd-long-uid-without-no-log-init',
    severity: 'warning',
    category: 'size',
    refs: ['hadolint:DL3046'],
    enabledByDefault: true,
    description: 'Add `-l` (`--no-log-init`) to `useradd` when it sets a large UID.',
    fix: 'safe',
    messages: { noLogInit: '`useradd` with UID {uid} without `-l` writes huge lastlog and faillog files into the layer' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3046',
  },
  check(context) {
    for (const instruction of runInstructions(context, { onbuild: true })) {
      const offending = runShellCommands(context, instruction)
        .filter((run) => run.name === 'useradd' && !hasOption(run, ['l', 'no-log-init']))
        .flatMap((run) => {
          const uid = longUid(context, run);
          return uid === null ? [] : [{ run, uid }];
        });
      const first = offending[0];
      if (first === undefined) continue;
      context.report({
        messageId: 'noLogInit',
        data: { uid: first.uid.value },
        instruction,
        at: spanTo(context, first.run, first.uid.word),
        fixes: [
          {
            title: 'Add `-l` (`--no-log-init`)',
            safety: 'safe',
            edits: offending.flatMap(({ run }) => (run.nameWord === null ? [] : [insertArgument(context, run, run.nameWord, '-l')])),
          },
        ],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'useradd records every new user in /var/log/lastlog and faillog at an offset computed from the UID. With a UID in ' +
    'the hundreds of thousands or more, those sparse files become huge once written into a layer, which can exhaust ' +
    'disk space during the build. `-l` skips the log entries.',
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN useradd -u 123456 app\n'],
    good: ['FROM debian:bookworm-slim\nRUN useradd -l -u 123456 app\n', 'FROM debian:bookworm-slim\nRUN useradd -u 1000 app\n'],
  },
};
