import { findVariableReferences } from '../../model/index.js';
import type { KeyValue } from '../../syntax/types.js';
import type { Rule, RuleDocs } from '../types.js';

/**
 * The first reference to a variable that another pair of the same ENV sets and that had no value
 * before the line; hadolint reports each ENV once.
 */
function firstEarlyReference(
  pairs: readonly KeyValue[],
  escapeChar: '\\' | '`',
  definedBefore: (name: string) => boolean,
): { name: string; start: number; end: number } | null {
  for (const pair of pairs) {
    if (pair.value === null) continue;
    for (const reference of findVariableReferences(pair.value.raw, { escapeChar })) {
      const setByOtherPair = pairs.some((other) => other !== pair && other.key.raw === reference.name);
      if (!setByOtherPair || definedBefore(reference.name)) continue;
      return { name: reference.name, start: pair.value.start + reference.start, end: pair.value.start + reference.end };
    }
  }
  return null;
}

export const rule: Rule = {
  meta: {
    code: 'DL3044',
    name: 'env-references-same-instruction',
    severity: 'error',
    category: 'correctness',
    refs: ['hadolint:DL3044'],
    enabledByDefault: true,
    description: 'An ENV value cannot use a variable set by the same ENV instruction.',
    fix: 'none',
    messages: {
      sameInstruction:
        'Do not refer to an environment variable within the same `ENV` statement where it is defined: `{name}` is not set yet when this line is expanded',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3044',
  },
  check(context) {
    const { model } = context;
    // The model keeps no ENV scope before the first FROM; hadolint lints such fragments, so track them here.
    const setBeforeFirstFrom = new Set<string>();
    for (const instruction of context.syntax.instructions) {
      const { details } = instruction;
      const scope = model.contextOf(instruction);
      if (details.kind === 'ENV' && details.pairs.length > 1) {
        const definedBefore = (name: string) =>
          scope.env.has(name) || scope.declaredArgs.has(name) || (scope.stage === null && setBeforeFirstFrom.has(name));
        const early = firstEarlyReference(details.pairs, model.escapeChar, definedBefore);
        if (early !== null) context.report({ messageId: 'sameInstruction', data: { name: early.name }, instruction, at: early });
      }
      if (scope.stage !== null) continue;
      if (details.kind === 'ENV') for (const pair of details.pairs) setBeforeFirstFrom.add(pair.key.raw);
      if (details.kind === 'ARG') for (const arg of details.args) setBeforeFirstFrom.add(arg.name.raw);
    }
  },
};

export const docs: RuleDocs = {
  why:
    'All values of one ENV are expanded with the environment as it was before that line, so `ENV A=1 B=$A` gives B ' +
    'the old value of A (usually empty), not 1. Set the variable in an earlier ENV, then use it.',
  examples: {
    bad: ['FROM alpine:3.20\nENV APP_HOME=/srv/app APP_BIN=${APP_HOME}/bin\n'],
    good: [
      'FROM alpine:3.20\nENV APP_HOME=/srv/app\nENV APP_BIN=${APP_HOME}/bin\n',
      'FROM alpine:3.20\nENV PATH=/opt/tool/bin:$PATH\n',
    ],
  },
};
