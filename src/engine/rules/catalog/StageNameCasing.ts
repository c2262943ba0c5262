import type { Instruction } from '../../syntax/types.js';
import { fromArguments, verbatimStart } from '../helpers/buildkit-dispatch.js';
import { stageNamed } from '../helpers/images.js';
import type { RuleContext, Rule, RuleDocs, TextEdit } from '../types.js';

/** The text at [start, end) lowercased, or nothing when it already is. */
function lowercaseEdit(context: RuleContext, start: number, end: number): TextEdit[] {
  const text = context.syntax.text.slice(start, end);
  return text === text.toLowerCase() ? [] : [{ start, end, text: text.toLowerCase() }];
}

/**
 * The instructions that may refer to each stage name (lowercased), in file order: a FROM naming
 * it as its image, or a `--from` of COPY or of a RUN mount (ONBUILD triggers included).
 */
function instructionsByReference(context: RuleContext): ReadonlyMap<string, Instruction[]> {
  const byName = new Map<string, Instruction[]>();
  const add = (name: string, instruction: Instruction) => {
    const instructions = byName.get(name);
    if (instructions === undefined) byName.set(name, [instruction]);
    else if (instructions[instructions.length - 1] !== instruction) instructions.push(instruction);
  };
  for (const instruction of context.allInstructions) {
    const details = instruction.details;
    if (details.kind === 'FROM' && details.image !== null) add(details.image.raw.toLowerCase(), instruction);
    for (const flag of instruction.flags) {
      if (flag.name === 'from' && flag.value !== null) add(flag.value.toLowerCase(), instruction);
      for (const option of flag.options ?? []) {
        if (option.key.toLowerCase() === 'from' && option.value !== null) add(option.value.toLowerCase(), instruction);
      }
    }
  }
  return byName;
}

/**
 * Edits that lowercase every reference to the stage after its FROM: later FROM lines and the
 * `--from` of COPY and of RUN mounts (ONBUILD triggers included). Null when one of them cannot
 * be rewritten in place (a quoted or continued mount option), so the fix is all or nothing.
 */
function referenceEdits(context: RuleContext, referring: readonly Instruction[], from: Instruction, name: string): TextEdit[] | null {
  const edits: TextEdit[] = [];
  for (const instruction of referring) {
    if (instruction.start <= from.start) continue;
    const details = instruction.details;
    if (details.kind === 'FROM' && details.image !== null && details.image.raw.toLowerCase() === name) {
      edits.push(...lowercaseEdit(context, details.image.start, details.image.end));
    }
    for (const flag of instruction.flags) {
      if (flag.name === 'from' && flag.value?.toLowerCase() === name && flag.valueStart !== null && flag.valueEnd !== null) {
        edits.push(...lowercaseEdit(context, flag.valueStart, flag.valueEnd));
      }
      for (const option of flag.options ?? []) {
        if (option.key.toLowerCase() !== 'from' || option.value?.toLowerCase() !== name) continue;
        const field = `${option.key}=${option.value}`;
        const start = verbatimStart(context, field, option.start, option.end);
        if (start === null) return null;
        edits.push(...lowercaseEdit(context, start + option.key.length + 1, option.end));
      }
    }
  }
  return edits;
}

export const rule: Rule = {
  meta: {
    code: 'StageNameCasing',
    name: 'stage-name-casing',
    severity: 'warning',
    category: 'style',
    refs: ['buildkit:StageNameCasing'],
    enabledByDefault: true,
    description: "BuildKit's check: a stage name after AS should be lowercase.",
    fix: 'safe',
    messages: { uppercase: "Stage name '{name}' should be lowercase" },
    url: 'https://docs.docker.com/go/dockerfile/rule/stage-name-casing/',
  },
  check(context) {
    let referring: ReadonlyMap<string, Instruction[]> | null = null;
    for (const instruction of context.syntax.instructions) {
      const args = fromArguments(instruction);
      const nameWord = args[2];
      if (args.length !== 3 || nameWord === undefined) continue;
      const name = nameWord.raw;
      if (name === name.toLowerCase()) continue;
      const lowercase = name.toLowerCase();
      const firstWithName = stageNamed(context.model, lowercase);
      let references: TextEdit[] | null = null;
      if (firstWithName !== null && context.model.stages[firstWithName]?.from === instruction) {
        referring ??= instructionsByReference(context);
        references = referenceEdits(context, referring.get(lowercase) ?? [], instruction, lowercase);
      }
      context.report({
        messageId: 'uppercase',
        data: { name },
        instruction,
        at: nameWord,
        fixes:
          references === null
            ? []
            : [
                {
                  title: `Rename the stage to '${lowercase}' and update its references`,
                  safety: 'safe',
                  edits: [...lowercaseEdit(context, nameWord.start, nameWord.end), ...references],
                },
              ],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'BuildKit lowercases stage names, so `AS Builder` really defines `builder`. References then work in some places ' +
    '(`COPY --from=Builder`) and fail in others (`FROM Builder` is read as an image name, which must be lowercase). ' +
    'Writing the name in lowercase everywhere avoids the surprise.',
  examples: {
    bad: ['FROM golang:1.22 AS Builder\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=Builder /app /app\n'],
    good: ['FROM golang:1.22 AS builder\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=builder /app /app\n'],
  },
};
