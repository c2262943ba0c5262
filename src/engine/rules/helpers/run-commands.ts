/**
 * The simple commands of a RUN, read the way hadolint reads them: every command of the shell-form
 * body and of the heredoc scripts (nested `$(…)`, subshells and pipelines included), and the argv
 * of an exec-form RUN as one command. The program name looks through the wrappers ShellCheck looks
 * through (`command`, `exec`, `builtin`, `busybox`, `time`) and never through `sudo`, `env` or
 * `xargs`, which hadolint treats as the program itself.
 */
import { findVariableReferences, type SemanticModel } from '../../model/index.js';
import type { ShellWord, SimpleCommand } from '../../shell/index.js';
import type { Instruction, JsonString } from '../../syntax/types.js';
import type { RuleContext, RunScript, TextEdit } from '../types.js';
import { oncePerAnalysis, oncePerModel, perAnalysis } from './memo.js';

export interface RunShellCommand {
  /** The RUN, or the ONBUILD trigger, the command belongs to. */
  instruction: Instruction;
  /** The parsed script it comes from; null for the argv of an exec-form RUN. */
  script: RunScript | null;
  command: SimpleCommand;
  /** The program as written after wrappers, or null when it is not a literal word (`$CMD`, `$(…)`). */
  name: string | null;
  nameWord: ShellWord | null;
  /** The words after the program. */
  args: ShellWord[];
}

export interface Span {
  start: number;
  end: number;
}

type WrapperStep = 'next' | 'skip-options' | 'none';

/** How a wrapper hands over to the program it runs; `none` means it runs nothing (`command -v ls`). */
function wrapperStep(wrapper: string, following: readonly ShellWord[]): WrapperStep | null {
  switch (wrapper) {
    case 'builtin':
    case 'busybox':
      return 'next';
    case 'command':
      return following.some((word) => /^-[a-zA-Z]*[vV]/.test(word.value)) ? 'none' : 'skip-options';
    case 'exec':
    case 'time':
      return 'skip-options';
    default:
      return null;
  }
}

/** Options of `exec` that take the next word as their value. */
const EXEC_OPTIONS_WITH_VALUE = new Set(['-a']);

function programIndex(words: readonly ShellWord[]): number | null {
  let index = 0;
  while (index < words.length) {
    const word = words[index] as ShellWord;
    if (word.dynamic) return index;
    const step = wrapperStep(word.value, words.slice(index + 1));
    if (step === null) return index;
    if (step === 'none') return null;
    index++;
    if (step === 'skip-options') {
      while (index < words.length && (words[index] as ShellWord).value.startsWith('-')) {
        index += EXEC_OPTIONS_WITH_VALUE.has((words[index] as ShellWord).value) ? 2 : 1;
      }
    }
  }
  return null;
}

function toCommand(instruction: Instruction, script: RunScript | null, command: SimpleCommand): RunShellCommand {
  const index = programIndex(command.words);
  const nameWord = index === null ? null : (command.words[index] ?? null);
  return {
    instruction,
    script,
    command,
    name: nameWord === null || nameWord.dynamic ? null : nameWord.value,
    nameWord,
    args: index === null ? [] : command.words.slice(index + 1),
  };
}

function execWord(arg: JsonString): ShellWord {
  return { raw: arg.raw, value: arg.value, start: arg.start, end: arg.end, dynamic: false, quoted: true };
}

/** Windows base images by name: `mcr.microsoft.com/windows/servercore`, `…-nanoserver-ltsc2022`, .NET Framework. */
const WINDOWS_IMAGE = /windows|nanoserver|servercore|ltsc\d{4}|dotnet\/framework/i;
const NON_POSIX_SHELL = /pwsh|powershell|cmd/i;

/** `isWindowsStage` of every stage, by index: one pass in file order, each stage after the earlier one it is built FROM. */
const windowsStages = oncePerModel((model): readonly boolean[] => {
  const windows: boolean[] = [];
  for (const stage of model.stages) {
    const own =
      stage.platform?.expanded.toLowerCase().startsWith('windows') === true ||
      (stage.base.kind === 'image' && WINDOWS_IMAGE.test(stage.base.expanded));
    windows.push(own || (stage.parent !== null && windows[stage.parent] === true));
  }
  return windows;
});

/** Whether the stage runs on Windows: a `--platform=windows/…` FROM or a Windows base image in its chain. */
export function isWindowsStage(model: SemanticModel, stage: number): boolean {
  return windowsStages(model)[stage] === true;
}

/**
 * Whether a shell-form RUN goes to a POSIX shell: not when SHELL names PowerShell or cmd, nor
 * with the default shell on a Windows stage (cmd there).
 */
export function runsPosixShell(context: RuleContext, instruction: Instruction): boolean {
  const { shell, stage } = context.model.contextOf(instruction);
  if (NON_POSIX_SHELL.test(pathBasename(shell[0] ?? ''))) return false;
  const defaultShell = shell.length === 2 && shell[0] === '/bin/sh' && shell[1] === '-c';
  return !(defaultShell && stage !== null && isWindowsStage(context.model, stage));
}

/**
 * Every simple command a RUN runs, in the order the scripts run; the argv for exec form. A
 * shell-form RUN run by PowerShell or cmd has none we can read.
 */
export const runShellCommands = perAnalysis((context, instruction: Instruction): readonly RunShellCommand[] => {
  const details = instruction.details;
  if (details.kind !== 'RUN') return [];
  if (details.form === 'exec') {
    const words = details.args.map(execWord);
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) return [];
    const command: SimpleCommand = { kind: 'command', assignments: [], words, redirects: [], start: first.start, end: last.end, depth: 0 };
    return [toCommand(instruction, null, command)];
  }
  if (!runsPosixShell(context, instruction)) return [];
  return context
    .runScripts(instruction)
    .flatMap((script) => script.script.commands.map((command) => toCommand(instruction, script, command)));
});

/** RUN instructions in file order; with `onbuild`, ONBUILD RUN triggers too, right after their ONBUILD. */
export function runInstructions(context: RuleContext, options: { onbuild: boolean }): Instruction[] {
  const source = options.onbuild ? context.allInstructions : context.syntax.instructions;
  return source.filter((instruction) => instruction.details.kind === 'RUN');
}

/** Source offsets of a range of a command's script text. */
function sourceSpan(context: RuleContext, command: RunShellCommand, start: number, end: number): Span {
  return command.script === null ? { start, end } : context.scriptSpan(command.script, start, end);
}

export function wordSpan(context: RuleContext, command: RunShellCommand, word: ShellWord): Span {
  return sourceSpan(context, command, word.start, word.end);
}

/** From the program word to the last word: the part of the command worth a marker. */
export function commandSpan(context: RuleContext, command: RunShellCommand): Span {
  const first = command.nameWord ?? command.command.words[0];
  const last = command.command.words[command.command.words.length - 1];
  if (first === undefined || last === undefined) return sourceSpan(context, command, command.command.start, command.command.end);
  return { start: wordSpan(context, command, first).start, end: wordSpan(context, command, last).end };
}

/** From the program word to `word` (e.g. `dnf install`). */
export function spanTo(context: RuleContext, command: RunShellCommand, word: ShellWord): Span {
  const first = command.nameWord ?? word;
  return { start: wordSpan(context, command, first).start, end: wordSpan(context, command, word).end };
}

/** An edit inserting `text` right after `word`. */
export function insertAfter(context: RuleContext, command: RunShellCommand, word: ShellWord, text: string): TextEdit {
  const end = wordSpan(context, command, word).end;
  return { start: end, end, text };
}

function isOptionWord(text: string): boolean {
  return text.length > 1 && text.startsWith('-');
}

/**
 * Option names after the program, up to `--`, split the way hadolint splits them: `-yq` gives `y`
 * and `q`, `--assumeyes=1` gives `assumeyes`.
 */
export function optionNames(command: RunShellCommand): string[] {
  const names: string[] = [];
  for (const word of command.args) {
    const text = word.value;
    if (text === '--') break;
    if (!isOptionWord(text)) continue;
    if (text.startsWith('--')) names.push(text.slice(2).split('=', 1)[0] as string);
    else names.push(...text.slice(1));
  }
  return names;
}

export function hasOption(command: RunShellCommand, names: readonly string[]): boolean {
  return optionNames(command).some((name) => names.includes(name));
}

/**
 * The arguments that are not options, skipping the value word of the options listed (written
 * `-c` or `--config`) when it is a separate word. Tools whose options mean something else after
 * the subcommand (zypper) pass `afterFirst` for the options that follow the first positional.
 */
export function positionalArgs(
  command: RunShellCommand,
  withValue: ReadonlySet<string> = new Set(),
  afterFirst: ReadonlySet<string> = withValue,
): ShellWord[] {
  const positional: ShellWord[] = [];
  let optionsEnded = false;
  for (let index = 0; index < command.args.length; index++) {
    const word = command.args[index] as ShellWord;
    if (!optionsEnded && word.value === '--') optionsEnded = true;
    else if (!optionsEnded && isOptionWord(word.value)) {
      if ((positional.length === 0 ? withValue : afterFirst).has(word.value)) index++;
    } else positional.push(word);
  }
  return positional;
}

/** The last path component; `\` counts as a separator too, for Windows paths. */
export function pathBasename(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
}

const COMMAND_SUBSTITUTION = /\$\(|`/;

/**
 * What a shell word holds once the ARG and ENV values in scope are substituted, or null while a
 * variable is unset or the word runs a command (`$(…)`). An ONBUILD trigger runs in another
 * build, so none of this file's values apply to it.
 */
export function resolveWord(context: RuleContext, instruction: Instruction, word: ShellWord): string | null {
  if (!word.dynamic) return word.value;
  if (instruction.parent !== null || COMMAND_SUBSTITUTION.test(word.raw)) return null;
  const expansion = context.model.expand(instruction, word.raw);
  return expansion.unmatched.length === 0 && expansion.error === null ? expansion.value : null;
}

/**
 * Names hadolint counts as declared before `instruction`: an ARG anywhere earlier in the file (any
 * stage, or before the first FROM) and ENV names of this stage and the stages it is built FROM
 * (before any FROM, the ENVs written there). ONBUILD triggers see none.
 */
export const declaredNames = perAnalysis((context, instruction: Instruction): ReadonlySet<string> => {
  if (instruction.parent !== null) return new Set();
  const scope = context.model.contextOf(instruction);
  const names = new Set(scope.envNames);
  const firstDeclared = firstDeclarations(context);
  const addDeclaredBefore = (declarations: ReadonlyMap<string, number>) => {
    for (const [name, start] of declarations) if (start < instruction.start) names.add(name);
  };
  addDeclaredBefore(firstDeclared.args);
  // Before the first FROM the model keeps no ENV scope: the ENVs written above count.
  if (scope.stage === null) addDeclaredBefore(firstDeclared.envs);
  return names;
});

/** Where each ARG name and each ENV name of the file is first declared (the instruction's offset). */
const firstDeclarations = oncePerAnalysis((context) => {
  const args = new Map<string, number>();
  const envs = new Map<string, number>();
  for (const instruction of context.syntax.instructions) {
    const details = instruction.details;
    if (details.kind === 'ARG') for (const arg of details.args) if (!args.has(arg.name.raw)) args.set(arg.name.raw, instruction.start);
    if (details.kind === 'ENV') for (const pair of details.pairs) if (!envs.has(pair.key.raw)) envs.set(pair.key.raw, instruction.start);
  }
  return { args, envs };
});

/**
 * Whether a variable that stays unset is written right after a `-` (quotes aside), as in
 * `git-${VERSION}` or `git-"$VERSION"`: hadolint takes that for a version given at build time.
 */
export function hasVersionVariable(word: ShellWord, names: ReadonlySet<string>): boolean {
  return findVariableReferences(word.raw).some((reference) => {
    if (!names.has(reference.name)) return false;
    const before = word.raw.slice(0, reference.start).replace(/["']+$/, '');
    return before.endsWith('-');
  });
}

/** Whether `path` is `directory`, inside it, or one of its parents other than `/`. */
export function pathOverlaps(path: string, directory: string): boolean {
  const normalized = path.replace(/\/+$/, '');
  if (normalized === '') return false;
  return normalized === directory || normalized.startsWith(`${directory}/`) || directory.startsWith(`${normalized}/`);
}

const LISTED_NAMES = 5;

/** `` `a`, `b` `` — at most a few distinct names, then how many more. */
export function listNames(names: readonly string[]): string {
  const distinct = [...new Set(names)];
  const shown = distinct.slice(0, LISTED_NAMES).map((name) => `\`${name}\``).join(', ');
  return distinct.length > LISTED_NAMES ? `${shown} and ${distinct.length - LISTED_NAMES} more` : shown;
}

/** An edit adding one argument after `word`: ` -y` in a shell command, `, "-y"` in an exec-form argv. */
export function insertArgument(context: RuleContext, command: RunShellCommand, word: ShellWord, argument: string): TextEdit {
  return insertAfter(context, command, word, command.script === null ? `, ${JSON.stringify(argument)}` : ` ${argument}`);
}
