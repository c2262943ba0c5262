import { memoizeByText } from '../estimate/text-memo.js';
import type { SemanticModel } from '../model/index.js';
import { parseShell } from '../shell/index.js';
import { mapToSource } from '../syntax/joined.js';
import { LineIndex } from '../syntax/lines.js';
import type { Dockerfile, Instruction, ShellSource } from '../syntax/types.js';
import type { DockerIgnore, Finding, Fix, MessageData, Rule, RuleContext, RuleSettings, RunScript } from './types.js';

/** Shells whose `-c` argument or stdin is a POSIX shell script we can analyse. */
const POSIX_SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|dash|ash|ksh|zsh)$/;

/**
 * A template split once into literal text (even indexes) and placeholder names (odd indexes):
 * templates are few and fixed, findings many, so each finding only joins the pieces.
 */
const piecesOf = memoizeByText((template: string): readonly string[] => template.split(/\{(\w+)\}/));

export function formatMessage(template: string, data: MessageData): string {
  const pieces = piecesOf(template);
  let message = pieces[0] as string;
  for (let index = 1; index < pieces.length; index += 2) {
    const key = pieces[index] as string;
    message += (key in data ? String(data[key]) : `{${key}}`) + (pieces[index + 1] as string);
  }
  return message;
}

/** Every instruction in file order, each ONBUILD trigger right after its ONBUILD. */
export function flattenInstructions(instructions: readonly Instruction[]): Instruction[] {
  const all: Instruction[] = [];
  for (const instruction of instructions) {
    all.push(instruction);
    if (instruction.details.kind === 'ONBUILD' && instruction.details.trigger !== null) all.push(instruction.details.trigger);
  }
  return all;
}

/**
 * Whether a RUN feeds its heredoc to a shell as the script: `RUN <<EOF`, `RUN <<EOF bash`,
 * `RUN <<EOF sh -e`; not `RUN <<EOF python3` nor `RUN cat <<EOF > file` (where it is data).
 */
function heredocIsScript(instruction: Instruction, content: string): boolean {
  const words = instruction.argsText.text.trim().split(/\s+/);
  if (!/^\d*<<-?/.test(words[0] ?? '')) return false;
  const program = words[1];
  if (program !== undefined && !POSIX_SHELLS.test(program)) return false;
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(content);
  if (shebang === null) return true;
  const interpreter = shebang[1] === '/usr/bin/env' ? (shebang[2] ?? '') : (shebang[1] ?? '');
  return POSIX_SHELLS.test(interpreter) || POSIX_SHELLS.test(`/bin/${interpreter}`);
}

export interface ContextOptions {
  syntax: Dockerfile;
  model: SemanticModel;
  settings: RuleSettings;
  dockerignore: DockerIgnore | null;
  buildArgs: Readonly<Record<string, string>>;
  knownCodes: ReadonlySet<string>;
}

export interface RawFinding extends Finding {
  instruction: Instruction | null;
}

/** The context one rule sees while it runs; findings go to `sink`, naming `refs`. */
export function createRuleContext(
  options: ContextOptions,
  allInstructions: readonly Instruction[],
  scriptCache: Map<Instruction, RunScript[]>,
): { forRule(rule: Rule, refs: readonly string[], sink: RawFinding[]): RuleContext } {
  const { syntax, model } = options;
  const runScripts = (instruction: Instruction): RunScript[] => {
    const cached = scriptCache.get(instruction);
    if (cached !== undefined) return cached;
    const scripts: RunScript[] = [];
    const details = instruction.details;
    if (details.kind === 'RUN' && details.form === 'shell') {
      scripts.push({ script: parseShell(details.shell.text), source: details.shell, origin: 'body' });
      for (const heredoc of instruction.heredocs) {
        if (!heredocIsScript(instruction, heredoc.content)) continue;
        const source: ShellSource = { text: heredoc.content, map: { joinedStarts: [0], sourceStarts: [heredoc.body.start] } };
        scripts.push({ script: parseShell(heredoc.content), source, origin: 'heredoc' });
      }
    }
    scriptCache.set(instruction, scripts);
    return scripts;
  };
  const scriptSpan = (script: RunScript, start: number, end: number): { start: number; end: number } => {
    const sourceStart = mapToSource(script.source.map, start);
    const sourceEnd = end > start ? mapToSource(script.source.map, end - 1) + 1 : sourceStart;
    return { start: sourceStart, end: sourceEnd };
  };
  const lines = new LineIndex(syntax.text, syntax.lineStarts);
  const rangeOf = (start: number, end: number) => lines.range(start, end);
  // Rules write their fixes with `\n`; a file with Windows line endings keeps them.
  const inFileLineEndings = syntax.text.includes('\r\n')
    ? (fixes: Fix[]): Fix[] => fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, '\r\n') })) }))
    : (fixes: Fix[]): Fix[] => fixes;

  return {
    forRule(rule, refs, sink) {
      return {
        syntax,
        model,
        settings: options.settings,
        dockerignore: options.dockerignore,
        buildArgs: options.buildArgs,
        knownCodes: options.knownCodes,
        allInstructions,
        runScripts,
        scriptSpan,
        report(input) {
          const template = rule.meta.messages[input.messageId];
          if (template === undefined) throw new Error(`${rule.meta.code}: unknown message id ${input.messageId}`);
          const data = input.data ?? {};
          const at = input.at ?? input.instruction ?? { start: 0, end: 0 };
          const owner = input.instruction?.parent ?? input.instruction;
          sink.push({
            code: rule.meta.code,
            name: rule.meta.name,
            refs: [...refs],
            severity: rule.meta.severity,
            category: rule.meta.category,
            message: formatMessage(template, data),
            messageId: input.messageId,
            data,
            range: rangeOf(at.start, at.end),
            start: at.start,
            end: at.end,
            stage: input.instruction === null ? null : model.contextOf(input.instruction).stage,
            line: input.line ?? owner?.startLine ?? rangeOf(at.start, at.start).startLine,
            fixes: inFileLineEndings(input.fixes ?? []),
            instruction: input.instruction,
          });
        },
      };
    },
  };
}
