import { describe, expect, it } from 'vitest';
import { parseFailureThreshold, parseHadolintYaml, serializeHadolintYaml } from '../../src/engine/config/hadolint-yaml.js';
import type { LintSettings } from '../../src/engine/index.js';

const FULL = `ignored:
  - DL3008
  - SC2086
override:
  error: [DL3001]
  warning: [DL3042, DL3059]
  info: []
  style: [DL3015]
trustedRegistries:
  - docker.io
  - "*.gcr.io"
label-schema:
  author: text
  version: semver
  docs: url
  notes: ""
strict-labels: true
failure-threshold: warning
disable-ignore-pragma: false
enable-all: true
rules:
  DL3008: off
  DL3009: on
  StageNameCasing: false
  SS101: warning
`;

const FULL_SETTINGS: LintSettings = {
  ignored: ['DL3008', 'SC2086'],
  override: { error: ['DL3001'], warning: ['DL3042', 'DL3059'], info: [], style: ['DL3015'] },
  trustedRegistries: ['docker.io', '*.gcr.io'],
  labelSchema: { author: 'text', version: 'semver', docs: 'url', notes: 'text' },
  strictLabels: true,
  failureThreshold: 'warning',
  disableIgnorePragma: false,
  enableAll: true,
  rules: { DL3008: false, DL3009: true, StageNameCasing: false, SS101: 'warning' },
};

describe('parseHadolintYaml', () => {
  it('reads every hadolint key plus enable-all and rules', () => {
    expect(parseHadolintYaml(FULL)).toEqual({ settings: FULL_SETTINGS, errors: [] });
  });

  it.each(['', '# only a comment\n', '---\n'])('reads an empty file %j as no settings', (text) => {
    expect(parseHadolintYaml(text)).toEqual({ settings: {}, errors: [] });
  });

  it("accepts hadolint's output keys and ignores them", () => {
    const text = 'format: json\nformats: [tty, sarif]\nno-fail: true\nno-color: true\nverbose: true\nignored: [DL3000]\n';
    expect(parseHadolintYaml(text)).toEqual({ settings: { ignored: ['DL3000'] }, errors: [] });
  });

  it('treats a key with an empty value as absent', () => {
    expect(parseHadolintYaml('ignored:\noverride:\n  error:\n  warning: [DL3000]\n')).toEqual({
      settings: { override: { warning: ['DL3000'] } },
      errors: [],
    });
  });

  it("maps hadolint's `ignore` threshold to style: both fail on any finding", () => {
    expect(parseHadolintYaml('failure-threshold: ignore\n').settings).toEqual({ failureThreshold: 'style' });
    expect(parseHadolintYaml('failure-threshold: none\n').settings).toEqual({ failureThreshold: 'none' });
  });

  it('collects every error, naming the key, and keeps the valid settings', () => {
    const text = `ignored: DL3008
override:
  warning: DL3002
  fatal: [DL3003]
  error: [DL3004]
trustedRegistries: [docker.io, 5]
label-schema:
  version: date
  author: text
strict-labels: "yes"
failure-threshold: high
disable-ignore-pragma: 1
enable-all: yes
rules:
  DL3008: maybe
  "DL 3009": on
  DL3010: info
ignore: [DL3000]
`;
    expect(parseHadolintYaml(text)).toEqual({
      settings: { override: { error: ['DL3004'] }, labelSchema: { author: 'text' }, rules: { DL3010: 'info' } },
      errors: [
        '.hadolint.yaml: "ignored" must be a list of rule codes',
        '.hadolint.yaml: "override.warning" must be a list of rule codes',
        '.hadolint.yaml: "override.fatal" is not a severity (expected error, warning, info or style)',
        '.hadolint.yaml: "trustedRegistries" must be a list of registry names',
        '.hadolint.yaml: "label-schema.version" must be one of text, url, semver, hash, rfc3339, spdx, email',
        '.hadolint.yaml: "strict-labels" must be true or false',
        '.hadolint.yaml: "failure-threshold" must be one of error, warning, info, style, ignore, none',
        '.hadolint.yaml: "disable-ignore-pragma" must be true or false',
        '.hadolint.yaml: "enable-all" must be true or false',
        '.hadolint.yaml: "rules.DL3008" must be on, off, error, warning, info or style',
        '.hadolint.yaml: "rules.DL 3009" is not a rule code',
        '.hadolint.yaml: unknown key "ignore"',
      ],
    });
  });

  it.each([
    ['override: [DL3000]\n', '"override" must be a mapping of severities (error, warning, info, style) to lists of rule codes'],
    ['label-schema: [author]\n', '"label-schema" must be a mapping of label names to types'],
    ['rules: DL3000\n', '"rules" must be a mapping of rule codes to on, off or a severity'],
    ['ignored: [DL3000, [DL3001]]\n', '"ignored" must be a list of rule codes'],
    ['- ignored\n', 'the top level must be a mapping of settings'],
    ['ignored: [DL3000\n', 'invalid YAML at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['ignored: []\nignored: [DL3000]\n', 'invalid YAML at line 2, column 1: Map keys must be unique'],
  ])('rejects %j', (text, message) => {
    expect(parseHadolintYaml(text).errors).toEqual([`.hadolint.yaml: ${message}`]);
  });

  it('names the file it was given', () => {
    expect(parseHadolintYaml('strict-labels: 1\n', 'ci/lint.yml').errors).toEqual(['ci/lint.yml: "strict-labels" must be true or false']);
  });
});

describe('parseFailureThreshold', () => {
  it.each([
    ['error', 'error'],
    ['style', 'style'],
    ['none', 'none'],
    ['ignore', 'style'],
    ['fatal', null],
    ['Error', null],
  ])('%s → %s', (text, threshold) => {
    expect(parseFailureThreshold(text)).toBe(threshold);
  });
});

describe('serializeHadolintYaml', () => {
  it('writes hadolint key names in a fixed order, on/off for rule switches', () => {
    expect(serializeHadolintYaml(FULL_SETTINGS)).toBe(`ignored:
  - DL3008
  - SC2086
override:
  error:
    - DL3001
  warning:
    - DL3042
    - DL3059
  style:
    - DL3015
trustedRegistries:
  - docker.io
  - "*.gcr.io"
label-schema:
  author: text
  version: semver
  docs: url
  notes: text
strict-labels: true
failure-threshold: warning
disable-ignore-pragma: false
enable-all: true
rules:
  DL3008: off
  DL3009: on
  StageNameCasing: off
  SS101: warning
`);
  });

  it('writes an empty mapping for no settings', () => {
    expect(serializeHadolintYaml({})).toBe('{}\n');
  });

  it('round-trips through parseHadolintYaml', () => {
    const settings: LintSettings = { ...FULL_SETTINGS, override: { error: ['DL3001'], style: ['DL3015'] } };
    expect(parseHadolintYaml(serializeHadolintYaml(settings))).toEqual({ settings, errors: [] });
  });
});
