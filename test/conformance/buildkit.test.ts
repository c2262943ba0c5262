import { readdirSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { dumpBuildkit, parse } from '../../src/engine/index.js';
import { chompHeredocContent, detectDirective, parseHeredocWord } from '../../src/engine/syntax/index.js';
import { splitWords } from '../../src/engine/syntax/words.js';
import { describeWithShared, readShared, readSharedJson, sharedPath } from '../support/shared.js';

const counts: Record<string, { passed: number; total: number }> = {};
function count(group: string, passed: boolean): void {
  const entry = (counts[group] ??= { passed: 0, total: 0 });
  entry.total++;
  if (passed) entry.passed++;
}
afterAll(() => {
  const lines = Object.entries(counts).map(([group, { passed, total }]) => `  ${group}: ${passed}/${total}`);
  if (lines.length > 0) console.log(`BuildKit parser conformance\n${lines.join('\n')}`);
});

function parserErrors(text: string): string[] {
  return parse(text)
    .diagnostics.filter((d) => d.layer === 'parser' && d.severity === 'error')
    .map((d) => d.message);
}

describeWithShared('BuildKit parser: positive dumps', ['conformance/buildkit/parser'], () => {
  const dir = sharedPath('conformance/buildkit/parser');
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  it('has all 33 cases', () => expect(names).toHaveLength(33));
  for (const name of names) {
    it(name, () => {
      const text = readShared('conformance/buildkit/parser', name, 'Dockerfile');
      const expected = readShared('conformance/buildkit/parser', name, 'result');
      const dockerfile = parse(text);
      const dump = dumpBuildkit(dockerfile);
      count('parser dumps', dump === expected);
      expect(dump).toBe(expected);
      expect(parserErrors(text)).toEqual([]);
    });
  }
});

describeWithShared('BuildKit parser: negative cases', ['conformance/buildkit/parser-negative'], () => {
  const expected = readSharedJson<Record<string, { message: string; line: number } | string>>(
    'conformance/buildkit/parser-negative/expected-errors.json',
  );
  const cases = Object.entries(expected).filter(
    (entry): entry is [string, { message: string; line: number }] => typeof entry[1] === 'object',
  );
  it('has all 4 cases', () => expect(cases).toHaveLength(4));
  for (const [name, { message, line }] of cases) {
    it(`${name} is rejected with "${message}"`, () => {
      const dockerfile = parse(readShared('conformance/buildkit/parser-negative', name, 'Dockerfile'));
      const errors = dockerfile.diagnostics.filter((d) => d.layer === 'parser' && d.severity === 'error');
      count('negative cases', errors[0]?.message === message);
      expect(errors.map((e) => e.message)).toEqual([message]);
      if (line > 0) expect(errors[0]?.range.startLine).toBe(line);
    });
  }
});

interface HeredocExpectation {
  name: string;
  content: string;
  expand: boolean;
  chomp: boolean;
  file_descriptor: number;
}
type HeredocCase =
  | { kind: 'parse_heredocs'; dockerfile: string; expected: { child_index: number; heredocs: HeredocExpectation[] | null }[] }
  | { kind: 'chomp_content'; input: string; expected: string }
  | { kind: 'heredoc_word'; input: string; expected: { name: string } | 'error' | null }
  | { kind: 'heredocs_from_line'; input: string; expected_names: string[] | null; code_reading_result?: string[] };

describeWithShared('BuildKit parser: heredocs', ['conformance/buildkit/parser-heredoc'], () => {
  const { cases } = readSharedJson<{ cases: HeredocCase[] }>('conformance/buildkit/parser-heredoc/heredoc-cases.json');
  cases.forEach((testCase, caseIndex) => {
    switch (testCase.kind) {
      case 'parse_heredocs':
        for (const { child_index, heredocs } of testCase.expected) {
          it(`case ${caseIndex}: child ${child_index} heredocs`, () => {
            const dockerfile = parse(testCase.dockerfile);
            const got = (dockerfile.instructions[child_index]?.heredocs ?? []).map((h) => ({
              name: h.name,
              content: h.content,
              expand: h.expand,
              chomp: h.chomp,
              file_descriptor: h.fileDescriptor,
            }));
            const want = heredocs ?? [];
            count('heredoc extraction', JSON.stringify(got) === JSON.stringify(want));
            expect(got).toEqual(want);
          });
        }
        break;
      case 'chomp_content':
        it(`case ${caseIndex}: chomp`, () => {
          count('heredoc chomp', chompHeredocContent(testCase.input) === testCase.expected);
          expect(chompHeredocContent(testCase.input)).toBe(testCase.expected);
        });
        break;
      case 'heredoc_word':
        it(`case ${caseIndex}: word ${JSON.stringify(testCase.input)}`, () => {
          const got = parseHeredocWord(testCase.input);
          const summary = got === null ? null : 'error' in got ? 'error' : { name: got.name };
          count('heredoc words', JSON.stringify(summary) === JSON.stringify(testCase.expected));
          expect(summary).toEqual(testCase.expected);
        });
        break;
      case 'heredocs_from_line':
        it(`case ${caseIndex}: line ${JSON.stringify(testCase.input)}`, () => {
          // `code_reading_result` records what BuildKit really returns where its own test is vacuous.
          const want = testCase.code_reading_result ?? testCase.expected_names ?? [];
          const got = parse(`${testCase.input}\n${want.map((name) => `${name}\n`).join('')}`).instructions[0]?.heredocs.map(
            (h) => h.name,
          );
          count('heredocs from line', JSON.stringify(got) === JSON.stringify(want));
          expect(got).toEqual(want);
        });
        break;
    }
  });
});

type DirectiveCase =
  | { kind: 'parse_all'; input: string; expected: { name: string; value: string }[] }
  | {
      kind: 'detect_syntax' | 'parse_directive_check';
      input: string;
      expected: { found: boolean; ref?: string; cmdline?: string; line?: number };
    };

describeWithShared('BuildKit parser: directives', ['conformance/buildkit/parser-misc/directive-cases.json'], () => {
  const { cases } = readSharedJson<{ cases: DirectiveCase[] }>('conformance/buildkit/parser-misc/directive-cases.json');
  cases.forEach((testCase, caseIndex) => {
    it(`case ${caseIndex}: ${testCase.kind} ${JSON.stringify(testCase.input)}`, () => {
      if (testCase.kind === 'parse_all') {
        const got = parse(testCase.input).directives.map((d) => ({ name: d.name, value: d.value }));
        count('directives', JSON.stringify(got) === JSON.stringify(testCase.expected));
        expect(got).toEqual(testCase.expected);
        return;
      }
      const detected = detectDirective(testCase.kind === 'detect_syntax' ? 'syntax' : 'check', testCase.input);
      const { found, ...rest } = testCase.expected;
      const got: Record<string, unknown> = { found: detected !== null };
      if (detected !== null) {
        if ('ref' in rest) got.ref = detected.ref;
        if ('cmdline' in rest) got.cmdline = detected.cmdline;
        if ('line' in rest) got.line = detected.line;
      } else {
        if ('ref' in rest) got.ref = '';
        if ('cmdline' in rest) got.cmdline = '';
      }
      count('directives', JSON.stringify(got) === JSON.stringify({ found, ...rest }));
      expect(got).toEqual({ found, ...rest });
    });
  });
});

type UnitCase =
  | { kind: 'parse_words'; input: string; expected: string[] }
  | {
      kind: 'parse_warnings';
      dockerfile: string;
      expected_count: number;
      expected_short_contains: string[][];
      expected_detail_contains: string;
    }
  | { kind: 'line_numbers'; dockerfile_path: string; expected: { root: [number, number]; children: [number, number][] } }
  | { kind: 'parse_error'; dockerfile_template: string; fill: { repeat: string; count: number }; expected_error: string };

describeWithShared('BuildKit parser: unit cases', ['conformance/buildkit/parser-misc/parser-unit-cases.json'], () => {
  const { cases } = readSharedJson<{ cases: UnitCase[] }>('conformance/buildkit/parser-misc/parser-unit-cases.json');
  cases.forEach((testCase, caseIndex) => {
    it(`case ${caseIndex}: ${testCase.kind}`, () => {
      switch (testCase.kind) {
        case 'parse_words': {
          const got = splitWords(testCase.input, 0, testCase.input.length, '\\').map((w) => w.value);
          count('unit cases', JSON.stringify(got) === JSON.stringify(testCase.expected));
          expect(got).toEqual(testCase.expected);
          break;
        }
        case 'parse_warnings': {
          const warnings = parse(testCase.dockerfile).diagnostics.filter((d) => d.code === 'empty-continuation');
          count('unit cases', warnings.length === testCase.expected_count);
          expect(warnings).toHaveLength(testCase.expected_count);
          testCase.expected_short_contains.forEach((parts, i) => {
            for (const part of parts) expect(warnings[i]?.message).toContain(part);
          });
          break;
        }
        case 'line_numbers': {
          const dockerfile = parse(readShared('conformance/buildkit', testCase.dockerfile_path));
          const children = dockerfile.instructions.map((i) => [i.startLine, i.endLine]);
          const root = [children[0]?.[0], children[children.length - 1]?.[1]];
          count('unit cases', JSON.stringify({ root, children }) === JSON.stringify(testCase.expected));
          expect({ root, children }).toEqual(testCase.expected);
          break;
        }
        case 'parse_error': {
          const text = testCase.dockerfile_template.replace('%s', testCase.fill.repeat.repeat(testCase.fill.count));
          const errors = parserErrors(text);
          count('unit cases', errors.includes(testCase.expected_error));
          expect(errors).toContain(testCase.expected_error);
          break;
        }
      }
    });
  });
});

interface InstructionCase {
  kind: string;
  dockerfile: string;
  match?: 'exact' | 'contains';
  expected_error?: string;
  expected?: unknown;
}

describeWithShared('BuildKit instruction layer', ['conformance/buildkit/instructions/instruction-cases.json'], () => {
  const { cases } = readSharedJson<{ cases: InstructionCase[] }>('conformance/buildkit/instructions/instruction-cases.json');
  const errorCases = cases.filter((c) => c.kind === 'instruction_error');
  for (const testCase of errorCases) {
    it(`${JSON.stringify(testCase.dockerfile)} → ${testCase.expected_error}`, () => {
      const messages = parse(testCase.dockerfile).diagnostics.map((d) => d.message);
      const first = messages[0] ?? '';
      const passed = testCase.match === 'exact' ? first === testCase.expected_error : first.includes(testCase.expected_error ?? '');
      count('instruction errors', passed);
      if (testCase.match === 'exact') expect(first).toBe(testCase.expected_error);
      else expect(first).toContain(testCase.expected_error);
    });
  }
  const docCases = cases.filter((c) => c.kind === 'doc_comments');
  for (const testCase of docCases) {
    it(`doc comments are attached as BuildKit does`, () => {
      const dockerfile = parse(testCase.dockerfile);
      expect(dockerfile.instructions.map((i) => i.prevComments)).toEqual([
        ['foo sets foo'],
        ['base defines first stage'],
        ['this is irrelevant'],
        ['bar defines bar', 'baz is something else'],
      ]);
      count('doc comments', true);
    });
  }
});
