import { parseShell } from '../../shell/index.js';
import type { Instruction, ShellSource, Word } from '../../syntax/types.js';
import { basename, copyPaths, pathText, rootImage, rootTools } from '../helpers/stage-facts.js';
import type { Fix, Rule, RuleDocs } from '../types.js';

const DEFAULT_SHELL = '/bin/sh';
const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'busybox']);
const BINARY_DIRECTORIES = /^\/(?:usr\/)?s?bin\/?$/;
/** Characters that mean something to a shell even in a single command. */
const SHELL_SYNTAX = /[*?[~`$<>|&;(){}\\#'"]|^\s*$/;

/** A COPY/ADD that may bring a shell into a shell-less image (`COPY --from=busybox /bin/sh /bin/sh`). */
function providesShell(instruction: Instruction): boolean {
  const { sources, destination } = copyPaths(instruction);
  if (destination === null) return false;
  const paths = [...sources, destination].map(pathText);
  return paths.some((path) => SHELL_NAMES.has(basename(path))) || BINARY_DIRECTORIES.test(pathText(destination));
}

interface ChainFacts {
  /** A COPY/ADD of the chain may bring a shell in. */
  providesShell: boolean;
  hasEntrypoint: boolean;
  hasCmd: boolean;
}

/** The command as an exec-form array when it is one plain command a shell would only split into words. */
function execForm(text: string): string | null {
  const script = parseShell(text);
  const [command, ...others] = script.commands;
  if (command === undefined || others.length > 0 || script.operators.length > 0 || script.errors.length > 0) return null;
  if (command.assignments.length > 0 || command.redirects.length > 0) return null;
  if (command.words.some((word) => word.dynamic || SHELL_SYNTAX.test(word.raw))) return null;
  return `[${command.words.map((word) => JSON.stringify(word.value)).join(', ')}]`;
}

export const rule: Rule = {
  meta: {
    code: 'SS114',
    name: 'shell-form-without-shell',
    severity: 'error',
    category: 'correctness',
    refs: ['shipshape:SS114'],
    enabledByDefault: true,
    description: 'Shell-form RUN, CMD, ENTRYPOINT or HEALTHCHECK in an image without /bin/sh.',
    fix: 'safe',
    messages: {
      noShell: 'Shell-form {keyword} needs /bin/sh, which `{image}` does not have: use the exec form',
      otherShell: 'Shell-form {keyword} needs /bin/sh, but `{image}` has its shell at {shellPath}: use the exec form or `SHELL ["{shellPath}", "-c"]`',
    },
  },
  check(context) {
    const { model } = context;
    // What each stage's chain holds, up to its end; a stage is only built FROM an earlier one.
    const chains: ChainFacts[] = [];
    for (const stage of model.stages) {
      const inherited = stage.parent === null ? undefined : chains[stage.parent];
      const has = (kind: string) => stage.instructions.some((instruction) => instruction.details.kind === kind);
      const chain: ChainFacts = {
        providesShell: inherited?.providesShell === true || stage.instructions.some(providesShell),
        hasEntrypoint: inherited?.hasEntrypoint === true || has('ENTRYPOINT'),
        hasCmd: inherited?.hasCmd === true || has('CMD'),
      };
      chains[stage.index] = chain;
      const tools = rootTools(model, stage.index);
      if (tools === null || tools.sh !== false) continue;
      const image = rootImage(model, stage.index) ?? 'scratch';
      const { hasEntrypoint, hasCmd } = chain;
      let shellProvided = inherited?.providesShell === true;
      for (const instruction of stage.instructions) {
        if (providesShell(instruction)) shellProvided = true;
        if (shellProvided || context.model.contextOf(instruction).shell[0] !== DEFAULT_SHELL) continue;
        const details = instruction.details;
        let command: { text: Word; shell: ShellSource } | null = null;
        if ((details.kind === 'RUN' || details.kind === 'ENTRYPOINT') && details.form === 'shell') command = details;
        else if (details.kind === 'CMD' && details.form === 'shell' && !hasEntrypoint) command = details;
        else if (details.kind === 'HEALTHCHECK' && details.command?.form === 'shell') command = details.command;
        if (command === null) continue;
        const { text } = command;
        const keyword = details.kind === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : details.kind;
        const exec = instruction.heredocs.length > 0 ? null : execForm(command.shell.text);
        const fixes: Fix[] =
          exec === null
            ? []
            : [
                {
                  title: 'Use the exec form',
                  safety: details.kind === 'ENTRYPOINT' && hasCmd ? 'unsafe' : 'safe',
                  edits: [{ start: text.start, end: text.end, text: exec }],
                },
              ];
        const shellPath = tools.shellPath;
        context.report({
          messageId: shellPath === null || shellPath === DEFAULT_SHELL ? 'noShell' : 'otherShell',
          data: { keyword, image, shellPath: shellPath ?? '' },
          instruction,
          at: text,
          fixes,
        });
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'The shell form runs its text with `/bin/sh -c`, and `scratch`, distroless and similar images have no `/bin/sh`, so the build step fails or the container exits at start with "no such file or directory". ' +
    'The exec form (`CMD ["/app", "--port", "8080"]`) starts the program directly and needs no shell. ' +
    'Stages built FROM such a stage inherit the problem; a SHELL instruction or a COPY that brings a shell in turns the check off.',
  examples: {
    bad: [
      'FROM golang:1.22 AS build\nRUN go build -o /server .\nFROM scratch\nCOPY --from=build /server /server\nCMD /server --port 8080\n',
      'FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT /app\n',
    ],
    good: [
      'FROM scratch\nCOPY server /server\nCMD ["/server", "--port", "8080"]\n',
      'FROM gcr.io/distroless/static-debian12:debug\nSHELL ["/busybox/sh", "-c"]\nRUN echo ready\n',
    ],
  },
};
