import type { Instruction } from '../../syntax/types.js';
import type { RuleContext, Rule, RuleDocs, TextEdit } from '../types.js';

/** Edits deleting the blank lines inside the instruction's continuation, up to `lastLine`. */
function blankLineEdits(context: RuleContext, instruction: Instruction, lastLine: number): TextEdit[] {
  const { text, lineStarts } = context.syntax;
  const edits: TextEdit[] = [];
  for (let line = instruction.startLine + 1; line <= lastLine; line++) {
    const start = lineStarts[line - 1] as number;
    const next = lineStarts[line];
    if (text.slice(start, next ?? text.length).trim() !== '') continue;
    edits.push({ start, end: next ?? text.length, text: '' });
  }
  return edits;
}

export const rule: Rule = {
  meta: {
    code: 'NoEmptyContinuation',
    name: 'no-empty-continuation',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:NoEmptyContinuation'],
    enabledByDefault: true,
    description: "BuildKit's check: a backslash-continued instruction should not contain empty lines.",
    fix: 'safe',
    messages: { empty: 'Empty continuation line' },
    url: 'https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/',
  },
  check(context) {
    const warnings = context.syntax.diagnostics.filter((diagnostic) => diagnostic.code === 'empty-continuation');
    for (const instruction of context.syntax.instructions) {
      if (!instruction.emptyContinuationLine) continue;
      const warning = warnings.find((candidate) => candidate.start >= instruction.start && candidate.start <= instruction.end);
      if (warning === undefined) continue;
      const lastLine = warning.range.startLine;
      context.report({
        messageId: 'empty',
        instruction,
        at: warning,
        line: lastLine,
        fixes: [{ title: 'Remove the empty lines', safety: 'safe', edits: blankLineEdits(context, instruction, lastLine) }],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'An empty line does not end a continued instruction: the next non-empty line is still joined to it, so a ' +
    'forgotten trailing backslash silently swallows the following instruction. BuildKit accepts it today but says ' +
    'it will become an error; it reports the last line of the instruction.',
  examples: {
    bad: ['FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n'],
    good: ['FROM alpine:3.20\nRUN apk add --no-cache \\\n    # the client\n    curl\n'],
  },
};
