import type { Instruction, Located } from '../../syntax/types.js';
import { declaredStageName } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

/** The names a description comment above the instruction should start with, and where they are written. */
function definedNames(instruction: Instruction): { names: string[]; at: Located | { start: number; end: number } } | null {
  const details = instruction.details;
  if (details.kind === 'ARG') {
    const first = details.args[0];
    const last = details.args[details.args.length - 1];
    if (first === undefined || last === undefined) return null;
    return { names: details.args.map((arg) => arg.name.raw), at: details.args.length === 1 ? first.name : { start: first.start, end: last.end } };
  }
  const stageName = declaredStageName(instruction);
  return stageName === null ? null : { names: [stageName.raw.toLowerCase()], at: stageName };
}

export const rule: Rule = {
  meta: {
    code: 'InvalidDefinitionDescription',
    name: 'invalid-definition-description',
    severity: 'warning',
    category: 'style',
    refs: ['buildkit:InvalidDefinitionDescription'],
    enabledByDefault: false,
    description: "BuildKit's experimental check: a comment right above a named stage or an ARG should start with its name.",
    fix: 'none',
    messages: { format: 'Comment for {instruction} should follow the format: `# {name} <description>`' },
    url: 'https://docs.docker.com/go/dockerfile/rule/invalid-definition-description/',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      const defined = definedNames(instruction);
      const lastComment = instruction.prevComments[instruction.prevComments.length - 1];
      if (defined === null || lastComment === undefined) continue;
      if (defined.names.includes(lastComment.split(' ')[0] as string)) continue;
      context.report({
        messageId: 'format',
        data: { instruction: instruction.details.kind, name: defined.names.length > 1 ? '<arg_key>' : (defined.names[0] as string) },
        instruction,
        at: defined.at,
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Tools such as `docker buildx build --call=outline` show the comment above a stage or an ARG as its description, ' +
    'but only when it starts with the name (`# version the release to build`). BuildKit runs this check only when ' +
    'the `# check=experimental=InvalidDefinitionDescription` directive asks for it; separate an unrelated comment ' +
    'from the instruction with an empty `#` line.',
  examples: {
    bad: ['# check=experimental=InvalidDefinitionDescription\n# the Go version to build with\nARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}\n'],
    good: ['# check=experimental=InvalidDefinitionDescription\n# GO_VERSION the Go version to build with\nARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}\n'],
  },
};
