import type { ShellSource, Word } from '../../syntax/types.js';
import type { Fix, Rule, RuleDocs } from '../types.js';

/**
 * Words no shell (sh, cmd, PowerShell) treats specially: a command made only of these runs the
 * same when its words are passed straight to the program.
 */
const PLAIN_WORD = /^[A-Za-z0-9_./:+=-]+$/;

/** Commands that exist only inside a shell, so they cannot be the program of an exec form. */
const SHELL_BUILTINS: ReadonlySet<string> = new Set([
  '.', ':', 'alias', 'cd', 'eval', 'exit', 'export', 'read', 'return', 'set', 'shift', 'source', 'trap', 'ulimit', 'umask', 'unset', 'wait',
]);

/**
 * The argv of the exec form: the words themselves when nothing in the command needs a shell
 * (`exec` dropped, since exec form already replaces the shell), else the stage's SHELL running it.
 */
function execForm(shell: readonly string[], command: string): string[] {
  const words = command.trim().split(/\s+/);
  const program = words[0] === 'exec' ? words.slice(1) : words;
  const plain =
    program.length > 0 &&
    program.every((word) => PLAIN_WORD.test(word)) &&
    !program[0]!.includes('=') &&
    !SHELL_BUILTINS.has(program[0]!);
  return plain ? program : [...shell, command];
}

/**
 * The command on one line: the indentation a continuation line brought along becomes one space,
 * except inside quotes, where it is part of a word.
 */
function oneLine(source: ShellSource): string {
  const { text } = source;
  let result = '';
  let from = 0;
  for (const join of source.map.joinedStarts.slice(1)) {
    let start = join;
    while (start > from && /[ \t]/.test(text[start - 1] as string)) start--;
    let end = join;
    while (end < text.length && /[ \t]/.test(text[end] as string)) end++;
    const before = result + text.slice(from, start);
    if (quotesOpen(before)) continue;
    result = `${before}${start > 0 && end < text.length ? ' ' : ''}`;
    from = end;
  }
  return result + text.slice(from);
}

/** Whether a single or double quote is still open at the end of `text`, as the shell reads it. */
function quotesOpen(text: string): boolean {
  let quote: string | null = null;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\' && quote !== "'") index++;
    else if (quote === null && (char === "'" || char === '"')) quote = char;
    else if (char === quote) quote = null;
  }
  return quote !== null;
}

function toExecForm(shell: readonly string[], source: ShellSource, text: Word): Fix {
  const argv = execForm(shell, oneLine(source));
  return {
    title: 'Convert to exec form (JSON array)',
    safety: 'unsafe',
    edits: [{ start: text.start, end: text.end, text: `[${argv.map((word) => JSON.stringify(word)).join(', ')}]` }],
  };
}

export const rule: Rule = {
  meta: {
    code: 'DL3025',
    name: 'shell-form-cmd-entrypoint',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3025', 'buildkit:JSONArgsRecommended'],
    enabledByDefault: true,
    description: 'Write CMD, ENTRYPOINT and HEALTHCHECK CMD in exec (JSON) form.',
    fix: 'unsafe',
    messages: { shellForm: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments: {instruction} is in shell form' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3025',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      const details = instruction.details;
      let command: { source: ShellSource; text: Word } | null = null;
      if ((details.kind === 'CMD' || details.kind === 'ENTRYPOINT') && details.form === 'shell') {
        command = { source: details.shell, text: details.text };
      } else if (details.kind === 'HEALTHCHECK' && details.command?.form === 'shell') {
        command = { source: details.command.shell, text: details.command.text };
      }
      if (command === null || command.source.text.trim() === '') continue;
      const { shell } = context.model.contextOf(instruction);
      context.report({
        messageId: 'shellForm',
        data: { instruction: details.kind === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : details.kind },
        instruction,
        at: command.text,
        // `CMD ["npm", "start]` is a JSON array with a typo, not a command: wrapping it in a shell would hide that.
        fixes: command.source.text.trimStart().startsWith('[') ? [] : [toExecForm(shell, command.source, command.text)],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'In shell form the command runs through `/bin/sh -c`, and the shell typically stays PID 1: the SIGTERM of `docker stop` ' +
    'reaches the shell, not your program, which is killed after the timeout instead of shutting down cleanly. ' +
    'A shell-form ENTRYPOINT also ignores CMD and `docker run` arguments. The JSON form runs the program directly; ' +
    'for a HEALTHCHECK it also saves starting a shell on every probe and works in images without one.',
  examples: {
    bad: ['FROM node:22-slim\nCMD node server.js\n', 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n'],
    good: ['FROM node:22-slim\nCMD ["node", "server.js"]\n', 'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n'],
  },
};
