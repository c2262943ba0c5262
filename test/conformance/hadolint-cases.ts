import { analyze } from '../../src/engine/index.js';
import type { LabelType, LintSettings } from '../../src/engine/index.js';

/** One case of ../shared/conformance/hadolint/cases-dev.json (see that folder's notes.md §1). */
export interface HadolintCase {
  id: string;
  rule: string;
  expect: 'catches' | 'passes';
  count: number | null;
  dockerfile: string;
  note?: string;
  onbuild?: boolean;
  config?: {
    trustedRegistries?: string[];
    'label-schema'?: Record<string, string>;
    'strict-labels'?: boolean;
    ignored?: string[];
  };
}

export interface CaseOutcome {
  agrees: boolean;
  /** How many findings named the rule (by code or refs). */
  matching: number;
  codes: string[];
}

/** hadolint's test harness runs every rule with the case's config; so do we. */
export function settingsFor(testCase: HadolintCase): LintSettings {
  const config = testCase.config ?? {};
  const settings: LintSettings = { enableAll: true };
  if (config.trustedRegistries !== undefined) settings.trustedRegistries = config.trustedRegistries;
  if (config['label-schema'] !== undefined) {
    settings.labelSchema = Object.fromEntries(
      Object.entries(config['label-schema']).map(([label, type]) => [label, (type === '' ? 'text' : type) as LabelType]),
    );
  }
  if (config['strict-labels'] !== undefined) settings.strictLabels = config['strict-labels'];
  if (config.ignored !== undefined) settings.ignored = config.ignored;
  return settings;
}

export function runCase(testCase: HadolintCase): CaseOutcome {
  // The spec helper appends one newline before parsing.
  const { findings } = analyze(`${testCase.dockerfile}\n`, { settings: settingsFor(testCase) });
  const codes = findings.map((f) => f.code);
  if (testCase.rule === 'ALL') {
    // "No findings at all" in hadolint's world: none of hadolint's rules (ours, SS1xx, are not hadolint's).
    const hadolintFindings = findings.filter((f) => /^DL\d{4}$/.test(f.code) || f.refs.some((ref) => ref.startsWith('hadolint:')));
    return { agrees: hadolintFindings.length === 0, matching: hadolintFindings.length, codes };
  }
  const matching = findings.filter((f) => f.code === testCase.rule || f.refs.includes(`hadolint:${testCase.rule}`)).length;
  let agrees: boolean;
  if (testCase.expect === 'passes') agrees = matching === 0;
  else agrees = testCase.count === null ? matching > 0 : matching === testCase.count;
  return { agrees, matching, codes };
}
