/**
 * BuildKit's own variable-expansion tables (frontend/dockerfile/shell/{envVarTest,wordsTest} and
 * the lex_test.go expectations in process-with-matches.json), read from ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { envFromPairs, expandWord, expandWords, type ExpandOptions } from '../../src/engine/model/expand.js';

// import.meta.dirname needs Node 20.11; the package accepts any Node 20.
const testDirectory = import.meta.dirname ?? path.dirname(fileURLToPath(import.meta.url));
const shellDataDirectory = path.resolve(testDirectory, '../../../shared/conformance/buildkit/shell');
const haveSharedData = existsSync(shellDataDirectory);

if (!haveSharedData) {
  console.warn(
    `buildkit-shell conformance skipped: ${shellDataDirectory} is missing (the shared reference data lives next to the repository, in ../shared)`,
  );
}

const readShellData = (name: string): string => readFileSync(path.join(shellDataDirectory, name), 'utf8');

/** Counts rows whose assertions all passed, so the summary line cannot claim more than ran. */
function tally(label: string): { pass(): void; total: number } {
  const counter = { passed: 0, total: 0, pass: () => void counter.passed++ };
  afterAll(() => console.log(`${label}: ${counter.passed}/${counter.total}`));
  return counter;
}

// notes.md §5: the environment BuildKit's TestShellParser4EnvVars uses.
const ENV_VAR_TEST_ENV = ['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL='];

interface EnvVarRow {
  line: number;
  platform: 'A' | 'U' | 'W';
  input: string;
  expected: string;
}

function parseEnvVarTest(text: string): EnvVarRow[] {
  const rows: EnvVarRow[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.startsWith('#') || raw.trim() === '') return;
    const fields = raw.split('|').map((field) => field.trim());
    const [platform, input, expected] = fields;
    if (fields.length !== 3 || input === undefined || expected === undefined) {
      throw new Error(`envVarTest line ${index + 1} does not have three fields: ${raw}`);
    }
    if (platform !== 'A' && platform !== 'U' && platform !== 'W') {
      throw new Error(`envVarTest line ${index + 1} has an unknown platform: ${raw}`);
    }
    rows.push({ line: index + 1, platform, input, expected });
  });
  return rows;
}

function describeRows(rows: EnvVarRow[]): string {
  const count = (platform: EnvVarRow['platform']): number => rows.filter((row) => row.platform === platform).length;
  return (['A', 'U', 'W'] as const)
    .filter((platform) => count(platform) > 0)
    .map((platform) => `${count(platform)} ${platform}`)
    .join(' + ');
}

function checkEnvVarRow(row: EnvVarRow, options: ExpandOptions): void {
  const env = envFromPairs(ENV_VAR_TEST_ENV, { caseInsensitive: options.caseInsensitive ?? false });
  const result = expandWord(row.input, env, options);
  if (row.expected === 'error') {
    expect(result.error, `expected an error, got ${JSON.stringify(result.value)}`).not.toBeNull();
  } else {
    expect(result.error).toBeNull();
    expect(result.value).toBe(row.expected);
  }
}

interface WordsRow {
  line: number;
  input: string;
  expected: string[];
  env: string[];
}

function parseWordsTest(text: string): WordsRow[] {
  const rows: WordsRow[] = [];
  const env: string[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.startsWith('#') || raw.trim() === '') return;
    // The value keeps its trailing spaces: rows below depend on them.
    if (raw.startsWith('ENV ')) {
      env.push(raw.slice(3).replace(/^ +/, ''));
      return;
    }
    const fields = raw.split('|');
    const [input, expected] = fields;
    if (fields.length !== 2 || input === undefined || expected === undefined) {
      throw new Error(`wordsTest line ${index + 1} does not have two fields: ${raw}`);
    }
    rows.push({ line: index + 1, input: input.trim(), expected: expected.replace(/^ +/, '').split(','), env: [...env] });
  });
  return rows;
}

type MatchesCase =
  | {
      kind: 'process_word_with_matches';
      input: string;
      env: Record<string, string>;
      expected: string | null;
      expected_error: boolean;
      matched: string[] | null;
      unmatched: string[] | null;
    }
  | {
      kind: 'process_word';
      input: string;
      env?: Record<string, string>;
      env_slice?: string[];
      expected: string | null;
      expected_error: boolean;
      error_contains?: string | null;
      source_function: string;
    };

const sorted = (names: string[]): string[] => [...names].sort();

function checkMatchesCase(testCase: MatchesCase): void {
  const pairs = testCase.kind === 'process_word' && testCase.env_slice ? testCase.env_slice : (testCase.env ?? {});
  const result = expandWord(testCase.input, envFromPairs(pairs));
  if (testCase.expected_error) {
    expect(result.error, `expected an error, got ${JSON.stringify(result.value)}`).not.toBeNull();
    if (testCase.kind === 'process_word' && testCase.error_contains) {
      expect(result.error).toContain(testCase.error_contains);
    }
    return;
  }
  expect(result.error).toBeNull();
  expect(result.value).toBe(testCase.expected);
  if (testCase.kind === 'process_word_with_matches') {
    expect(sorted(result.matched)).toEqual(sorted(testCase.matched ?? []));
    expect(sorted(result.unmatched)).toEqual(sorted(testCase.unmatched ?? []));
  }
}

const suite = haveSharedData ? describe : describe.skip;

suite('BuildKit shell lexer conformance', () => {
  const envVarRows = haveSharedData ? parseEnvVarTest(readShellData('envVarTest')) : [];
  const wordsRows = haveSharedData ? parseWordsTest(readShellData('wordsTest')) : [];
  const matchesCases: MatchesCase[] = haveSharedData
    ? (JSON.parse(readShellData('process-with-matches.json')) as { cases: MatchesCase[] }).cases
    : [];

  describe('envVarTest, Unix (A and U rows)', () => {
    const rows = envVarRows.filter((row) => row.platform !== 'W');
    const counter = tally(`envVarTest unix+all rows (${describeRows(rows)})`);
    counter.total = rows.length;
    for (const row of rows) {
      it(`line ${row.line} [${row.platform}] ${row.input} → ${row.expected}`, () => {
        checkEnvVarRow(row, {});
        counter.pass();
      });
    }
  });

  describe('envVarTest, Windows semantics (W and A rows, case-insensitive keys)', () => {
    const rows = envVarRows.filter((row) => row.platform !== 'U');
    const counter = tally(`envVarTest windows+all rows, case-insensitive keys (${describeRows(rows)})`);
    counter.total = rows.length;
    for (const row of rows) {
      it(`line ${row.line} [${row.platform}] ${row.input} → ${row.expected}`, () => {
        checkEnvVarRow(row, { caseInsensitive: true });
        counter.pass();
      });
    }
  });

  describe('wordsTest', () => {
    const counter = tally('wordsTest rows');
    counter.total = wordsRows.length;
    for (const row of wordsRows) {
      it(`line ${row.line} ${row.input} → ${row.expected.join(',')}`, () => {
        const result = expandWords(row.input, envFromPairs(row.env));
        if (row.expected.length === 1 && row.expected[0] === 'error') {
          expect(result.error, `expected an error, got ${JSON.stringify(result.words)}`).not.toBeNull();
        } else {
          expect(result.error).toBeNull();
          expect(result.words).toEqual(row.expected);
        }
        counter.pass();
      });
    }
  });

  describe('process-with-matches.json', () => {
    const counter = tally('process-with-matches.json cases');
    counter.total = matchesCases.length;
    matchesCases.forEach((testCase, index) => {
      const env = testCase.kind === 'process_word' && testCase.env_slice ? testCase.env_slice : testCase.env;
      it(`#${index} ${testCase.kind} ${testCase.input} with ${JSON.stringify(env)}`, () => {
        checkMatchesCase(testCase);
        counter.pass();
      });
    });
  });
});
