import { analyze, type AnalyzeOptions, type Rule, type RuleContext } from '../../../src/engine/index.js';

/**
 * Runs `inspect` with the rule context of one analysis of `dockerfile`, through a throwaway rule:
 * rule helpers take a context, and only the runner can make one.
 */
export function withRuleContext<T>(dockerfile: string, inspect: (context: RuleContext) => T, options: AnalyzeOptions = {}): T {
  let result: { value: T } | undefined;
  const probe: Rule = {
    meta: {
      code: 'Probe',
      name: 'probe',
      severity: 'info',
      category: 'style',
      refs: [],
      enabledByDefault: true,
      description: 'Hands the rule context to a test.',
      fix: 'none',
      messages: {},
    },
    check(context) {
      result = { value: inspect(context) };
    },
  };
  analyze(dockerfile, { ...options, rules: [probe] });
  if (result === undefined) throw new Error('the probe rule did not run');
  return result.value;
}
