import { dispatchedStages } from '../helpers/buildkit-dispatch.js';
import type { Fix, Rule, RuleContext, RuleDocs } from '../types.js';
import type { KeyValue } from '../../syntax/types.js';

const SPACE = /^\p{White_Space}$/u;

/**
 * The legacy value rewritten as one `key=value` word that expands to the same text: blanks
 * outside quotes get the escape character, everything else stays. Null for an unclosed quote.
 */
function asSingleWord(value: string, escapeChar: string): string | null {
  let out = '';
  let quote: string | null = null;
  const chars = [...value];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] as string;
    if (quote === "'") {
      if (char === "'") quote = null;
      out += char;
    } else if (char === escapeChar) {
      out += char + (chars[index + 1] ?? '');
      index++;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else {
      out += SPACE.test(char) ? escapeChar + char : char;
    }
  }
  return quote === null ? out : null;
}

function keyValueFix(context: RuleContext, pair: KeyValue): Fix[] {
  if (pair.value === null) return [];
  if (context.syntax.text.slice(pair.key.start, pair.value.end).includes('\n')) return [];
  const value = asSingleWord(pair.value.raw, context.model.escapeChar);
  if (value === null) return [];
  return [
    {
      title: 'Use key=value',
      safety: 'safe',
      edits: [{ start: pair.key.start, end: pair.value.end, text: `${pair.key.raw}=${value}` }],
    },
  ];
}

export const rule: Rule = {
  meta: {
    code: 'LegacyKeyValueFormat',
    name: 'legacy-key-value-format',
    severity: 'warning',
    category: 'maintainability',
    refs: ['buildkit:LegacyKeyValueFormat'],
    enabledByDefault: true,
    description: "BuildKit's check: ENV and LABEL should use key=value, not the legacy 'key value' form.",
    fix: 'safe',
    messages: { legacy: '"{keyword} key=value" should be used instead of legacy "{keyword} key value" format' },
    url: 'https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
  },
  check(context) {
    for (const { steps } of dispatchedStages(context)) {
      for (const step of steps) {
        const details = step.instruction.details;
        if (details.kind !== 'ENV' && details.kind !== 'LABEL') continue;
        for (const pair of details.pairs) {
          if (!pair.legacy) continue;
          context.report({
            messageId: 'legacy',
            data: { keyword: step.instruction.keyword },
            instruction: step.reportOn,
            at: pair,
            fixes: step.reportOn === step.instruction ? keyValueFix(context, pair) : [],
          });
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'In the legacy form everything after the first space is the value, so `ENV PATH /app/bin NODE_ENV production` ' +
    'sets one variable with a surprising value, and a line cannot set two keys. The `key=value` form reads ' +
    'unambiguously; quote or escape values that contain spaces.',
  examples: {
    bad: ['FROM node:20\nENV NODE_ENV production\n'],
    good: ['FROM node:20\nENV NODE_ENV=production\nLABEL org.opencontainers.image.title="my app"\n'],
  },
};
