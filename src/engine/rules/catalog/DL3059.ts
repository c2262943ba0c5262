import type { Flag, Instruction } from '../../syntax/types.js';
import { pathBasename } from '../helpers/run-commands.js';
import type { Rule, RuleContext, RuleDocs } from '../types.js';

/** Mount option spellings BuildKit treats as the same key. */
const MOUNT_KEY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['dst', 'target'],
  ['destination', 'target'],
  ['src', 'source'],
  ['ro', 'readonly'],
]);

/** A flag in a form where BuildKit-equivalent spellings compare equal (mount options in any order). */
function flagKey(flag: Flag): string {
  if (flag.name !== 'mount' || flag.options === null) return flag.text;
  const options = flag.options.map((option) => `${MOUNT_KEY_ALIASES.get(option.key) ?? option.key}=${option.value ?? ''}`).sort();
  return `--mount=${options.join(',')}`;
}

function flagsKey(instruction: Instruction): string {
  return instruction.flags.map(flagKey).sort().join('\n');
}

const POWERSHELL = /^(?:powershell|pwsh)(?:\.exe)?$/;

/** `[ … ]` and `[[ … ]]` are conditions of an `if`, not steps of their own. */
const TESTS = new Set(['[', '[[']);

/**
 * Whether a RUN is a single step: at most one command with a literal name. Like hadolint, the text
 * is read as a POSIX script whatever the SHELL; one that does not parse is not counted as a step.
 */
function isSingleStep(context: RuleContext, instruction: Instruction): boolean {
  if (instruction.details.kind === 'RUN' && instruction.details.form === 'exec') return true;
  const scripts = context.runScripts(instruction);
  // The body of `RUN <<EOF` holds only the marker, whose here-document the shell never sees.
  const checked = instruction.heredocs.length > 0 ? scripts.filter((script) => script.origin === 'heredoc') : scripts;
  if (checked.some((script) => script.script.errors.length > 0)) return false;
  const named = scripts.flatMap((script) => script.script.commands).filter((command) => {
    const first = command.words[0];
    return first !== undefined && first.value !== '' && !first.dynamic && !TESTS.has(first.value);
  });
  return named.length <= 1;
}

export const rule: Rule = {
  meta: {
    code: 'DL3059',
    name: 'consecutive-run-instructions',
    severity: 'info',
    category: 'style',
    refs: ['hadolint:DL3059'],
    enabledByDefault: true,
    description: 'Merge back-to-back single-command RUN instructions with the same flags.',
    fix: 'none',
    messages: {
      consecutive: 'This RUN follows another single-command RUN: join them with `&&` into one layer',
      consecutivePowerShell: 'This RUN follows another single-command RUN: join them with `;` into one layer',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3059',
  },
  check(context) {
    let previous: Instruction | null = null;
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'RUN') {
        previous = null;
        continue;
      }
      if (
        previous !== null &&
        flagsKey(previous) === flagsKey(instruction) &&
        isSingleStep(context, previous) &&
        isSingleStep(context, instruction)
      ) {
        // Windows PowerShell 5.1, the one in Windows images, has no `&&`.
        const program = pathBasename(context.model.contextOf(instruction).shell[0] ?? '').toLowerCase();
        context.report({
          messageId: POWERSHELL.test(program) ? 'consecutivePowerShell' : 'consecutive',
          instruction,
          at: { start: instruction.start, end: instruction.start + instruction.keyword.length },
        });
      }
      previous = instruction;
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Every RUN adds a layer and a cache step, so a row of one-command RUNs makes the image history longer and keeps files ' +
    'that a later step deletes. Joining them with `&&` gives one layer. RUNs that already chain several commands, or ' +
    'that use different mounts or flags, are left alone because the split is then likely deliberate.',
  examples: {
    bad: ['FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh\n'],
    good: ['FROM alpine:3.20\nRUN apk add --no-cache curl \\\n && curl -fsSL https://example.com/install.sh -o /tmp/install.sh\n'],
  },
};
