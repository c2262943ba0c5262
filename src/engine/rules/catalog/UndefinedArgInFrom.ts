import { expandWord } from '../../model/index.js';
import { globalScope, referenceSpan, verbatimStart } from '../helpers/buildkit-dispatch.js';
import { suggest } from '../../syntax/suggest.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'UndefinedArgInFrom',
    name: 'undefined-arg-in-from',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:UndefinedArgInFrom'],
    enabledByDefault: true,
    description: "BuildKit's check: a FROM should only use ARGs declared before the first FROM.",
    fix: 'none',
    messages: {
      undeclared: "FROM argument '{name}' is not declared",
      undeclaredSuggestion: "FROM argument '{name}' is not declared (did you mean {suggestion}?)",
    },
    url: 'https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/',
  },
  check(context) {
    const scope = globalScope(context);
    const known = new Set(scope.known);
    for (const stage of context.model.stages) {
      const instruction = stage.from;
      const details = instruction.details;
      const platformFlag = instruction.flags.find((flag) => flag.name === 'platform');
      const words: { text: string; start: number; end: number; textStart: number | null }[] = [];
      if (details.kind === 'FROM' && details.image !== null) {
        const image = details.image;
        words.push({ text: image.raw, start: image.start, end: image.end, textStart: verbatimStart(context, image.raw, image.start, image.end) });
      }
      if (platformFlag?.value != null && platformFlag.valueStart !== null && platformFlag.valueEnd !== null) {
        const { value, valueStart, valueEnd } = platformFlag;
        words.push({ text: value, start: valueStart, end: valueEnd, textStart: verbatimStart(context, value, valueStart, valueEnd) });
      }
      for (const word of words) {
        const { unmatched } = expandWord(word.text, scope.env, { escapeChar: context.model.escapeChar });
        for (const name of unmatched) {
          if (known.has(name)) continue;
          const suggestion = suggest(name, [...scope.known], true);
          context.report({
            messageId: suggestion === null ? 'undeclared' : 'undeclaredSuggestion',
            data: suggestion === null ? { name } : { name, suggestion },
            instruction,
            at: referenceSpan(context, word.text, word.textStart, word, name),
          });
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A FROM line can only expand global ARGs (declared above the first FROM) and the predefined platform ARGs such as ' +
    'TARGETPLATFORM. Any other name expands to an empty string, so `FROM node:${NODE_VERSON}-alpine` becomes the ' +
    'invalid reference `node:-alpine` and the build fails; passing `--build-arg` for an undeclared name does not help.',
  examples: {
    bad: ['FROM node:${NODE_VERSION}-alpine\n', 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSON}-alpine\n'],
    good: ['ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\n', 'FROM --platform=$BUILDPLATFORM golang:1.22\n'],
  },
};
