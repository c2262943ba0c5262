import { describe, expect, it } from 'vitest';
import { isDefaultSettings, ruleStateIn, sanitizeBuildArgs, sanitizeSettings, withRuleState } from '../../src/app/state/settings';

const WARNING_ON = { enabledByDefault: true, severity: 'warning' as const };
const INFO_OFF = { enabledByDefault: false, severity: 'info' as const };

describe('rule settings', () => {
  it('store only what differs from the rule’s defaults', () => {
    const off = withRuleState({}, 'DL3008', { enabled: false, severity: 'warning' }, WARNING_ON);
    expect(off).toEqual({ rules: { DL3008: false } });
    expect(ruleStateIn(off, 'DL3008', WARNING_ON)).toEqual({ enabled: false, severity: 'warning' });
    const back = withRuleState(off, 'DL3008', { enabled: true, severity: 'warning' }, WARNING_ON);
    expect(back).toEqual({});
    expect(isDefaultSettings(back)).toBe(true);
  });

  it('re-level a rule and turn on a rule that is off by default', () => {
    expect(withRuleState({}, 'DL3008', { enabled: true, severity: 'error' }, WARNING_ON)).toEqual({ rules: { DL3008: 'error' } });
    expect(withRuleState({}, 'DL3057', { enabled: true, severity: 'info' }, INFO_OFF)).toEqual({ rules: { DL3057: true } });
  });

  it('let an explicit choice win over hadolint’s ignored and override lists', () => {
    const imported = { ignored: ['DL3008', 'DL3009'], override: { error: ['DL3008'] } };
    expect(ruleStateIn(imported, 'DL3008', WARNING_ON).enabled).toBe(false);
    const on = withRuleState(imported, 'DL3008', { enabled: true, severity: 'warning' }, WARNING_ON);
    expect(on).toEqual({ ignored: ['DL3009'] });
    expect(ruleStateIn(on, 'DL3008', WARNING_ON)).toEqual({ enabled: true, severity: 'warning' });
  });

  it('keep an explicit entry when every rule is turned on', () => {
    const settings = withRuleState({ enableAll: true }, 'DL3057', { enabled: false, severity: 'info' }, INFO_OFF);
    expect(ruleStateIn(settings, 'DL3057', INFO_OFF).enabled).toBe(false);
  });
});

describe('reading settings from untrusted places', () => {
  it('keeps valid entries and drops the rest', () => {
    expect(
      sanitizeSettings({
        rules: { DL3008: 'error', DL3009: 'loud', 'bad code': false },
        override: { error: ['DL3001', 42], loud: ['DL3002'] },
        ignored: 'DL3003',
        trustedRegistries: ['docker.io', '', '  '],
        failureThreshold: 'none',
        labelSchema: { maintainer: 'email', version: 'number' },
        unknownKey: true,
      }),
    ).toEqual({
      rules: { DL3008: 'error' },
      override: { error: ['DL3001'] },
      trustedRegistries: ['docker.io'],
      failureThreshold: 'none',
      labelSchema: { maintainer: 'email' },
    });
    expect(sanitizeSettings('nonsense')).toEqual({});
  });

  it('keeps build args that BuildKit could be given', () => {
    expect(sanitizeBuildArgs({ GOOD: '1', 'HAS SPACE': '2', 'A=B': '3', NUMBER: 4 })).toEqual({ GOOD: '1' });
    expect(sanitizeBuildArgs(null)).toEqual({});
  });
});
