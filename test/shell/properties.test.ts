import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShell, type ShellScript, type ShellWord } from '../../src/engine/shell/index.js';

interface Span {
  start: number;
  end: number;
}

function expectSpan(text: string, span: Span, what: string): void {
  if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
    throw new Error(`${what} [${span.start}, ${span.end}) is outside 0..${text.length}`);
  }
}

function expectWord(text: string, word: ShellWord | null): void {
  if (!word) return;
  expectSpan(text, word, `word ${JSON.stringify(word.raw)}`);
  if (text.slice(word.start, word.end) !== word.raw) {
    throw new Error(`word raw ${JSON.stringify(word.raw)} differs from its source slice`);
  }
}

function expectOrdered(spans: Span[], what: string): void {
  for (let index = 1; index < spans.length; index++) {
    if (spans[index]!.start < spans[index - 1]!.start) throw new Error(`${what} out of order at ${index}`);
  }
}

/** Everything parseShell promises about offsets, whatever the input. */
function expectWellFormed(text: string, script: ShellScript): void {
  expectOrdered(script.commands, 'commands');
  expectOrdered(script.operators, 'operators');
  expectOrdered(script.errors, 'errors');
  for (const command of script.commands) {
    expectSpan(text, command, 'command');
    const parts: Span[] = [...command.assignments, ...command.words, ...command.redirects].sort((a, b) => a.start - b.start);
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!;
      expectSpan(text, part, 'command part');
      if (part.start < command.start || part.end > command.end) throw new Error('command part outside its command');
      if (index > 0 && part.start < parts[index - 1]!.end) throw new Error('command parts overlap');
    }
    for (const assignment of command.assignments) expectWord(text, assignment.value);
    for (const word of command.words) expectWord(text, word);
    for (const redirect of command.redirects) expectWord(text, redirect.target);
  }
  for (let index = 0; index < script.operators.length; index++) {
    const operator = script.operators[index]!;
    expectSpan(text, operator, 'operator');
    if (index > 0 && operator.start < script.operators[index - 1]!.end) throw new Error('operators overlap');
    const source = text.slice(operator.start, operator.end);
    if (source !== operator.op && !(operator.op === '|' && source === '|&')) {
      throw new Error(`operator ${JSON.stringify(operator.op)} over ${JSON.stringify(source)}`);
    }
  }
  for (const error of script.errors) expectSpan(text, error, 'error');
}

function check(text: string): ShellScript {
  const script = parseShell(text);
  expectWellFormed(text, script);
  return script;
}

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Fragments that open, close and mix every construct the tokenizer knows, in any order. */
const shellFragment = fc.constantFrom(
  ' ', '\t', '\n', '\r\n', '\\\n', '\\', 'echo', 'apt-get', '-y', 'a', 'x=1', 'FOO=', '"', "'", '$', "$'", '$"',
  '$(', '$((', '$[', '${', '}', '{', ')', '(', '((', '))', '`', ';', ';;', ';&', '&', '&&', '|', '||', '|&',
  '<', '>', '>>', '2>&1', '&>', '<<', '<<-', '<<<', 'EOF', '<<EOF', "<<'EOF'", '<(', '>(', '#', '# c\n',
  'if', 'then', 'elif', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'case', 'esac', 'function',
  'f()', '!', '[[', ']]', '[', ']', '=~', '*', '~', '\0', '\ud800', '\udc00', '😀', 'é',
);
const shellish = fc.array(shellFragment, { maxLength: 60 }).map((fragments) => fragments.join(''));

describe('parseShell never throws and keeps offsets sound', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => void check(text)), { numRuns: 2000 });
  });

  it('on arbitrary code points', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => void check(text)), { numRuns: 1000 });
  });

  it('on arbitrary UTF-16 code units, lone surrogates and NUL included', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 200 }), (text) => void check(text)), { numRuns: 1000 });
  });

  it('on shell-ish fragment soup', () => {
    fc.assert(fc.property(shellish, (text) => void check(text)), { numRuns: 5000 });
  });

  it('on every prefix of a realistic script', () => {
    const script = [
      'set -eux; \\\n',
      'FOO="a b" apt-get install -y $(cat pkgs | tr "\\n" " ") `id -u` 2>&1 >/dev/null; ',
      'case "$(uname -m)" in x86_64|amd64) arch=x64;; *) exit 1;; esac; ',
      'for f in ${LIST:-a b}; do [[ -f $f ]] && echo "$f"; done; ',
      "cat <<-'EOF' > /x\n\tbody $(x)\n\tEOF\n",
      'f() { ( cd /src && make -j$(( $(nproc) + 1 )) ); }; f | tee log',
    ].join('');
    for (let end = 0; end <= script.length; end++) check(script.slice(0, end));
  });
});

describe('parseShell stays linear on huge and pathological input', () => {
  const hundredK = 100_000;
  const inputs: [string, string][] = [
    ['a long line of words', 'ab '.repeat(hundredK / 3)],
    ['one 100,000-character word', 'x'.repeat(hundredK)],
    ['a long pipeline', 'a | '.repeat(hundredK / 4)],
    ['unbalanced double quotes', '"'.repeat(hundredK)],
    ['unbalanced single quotes', "'".repeat(hundredK - 1)],
    ['backticks', '`'.repeat(hundredK - 1)],
    ['nested $( )', '$('.repeat(hundredK / 2)],
    ['nested $(( ))', '$(('.repeat(hundredK / 3)],
    ['nested ( )', '('.repeat(hundredK)],
    ['stray )', ')'.repeat(hundredK)],
    ['nested ${', '${'.repeat(hundredK / 2)],
    ['failing $(( ))', '$((a) '.repeat(hundredK / 6)],
    ['here-documents without bodies', 'cat <<EOF '.repeat(hundredK / 10)],
    ['here-documents line after line', 'cat <<E\nbody\nE\n'.repeat(hundredK / 15)],
    ['random fragments', Array.from({ length: hundredK / 4 }, (_, index) => ['$(', ')', '"', 'a ', '`', '${', '}', '((', "'"][index % 9]).join('')],
  ];

  it.each(inputs)('%s', (_name, text) => {
    const started = performance.now();
    check(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

/** Ways to write an arbitrary string as one shell word. */
const quotingStyles: Record<string, (value: string) => string> = {
  single: (value) => `'${value.replaceAll("'", `'\\''`)}'`,
  double: (value) => `"${value.replace(/[$`"\\]/g, '\\$&')}"`,
  backslash: (value) => value.replace(/[^A-Za-z0-9]/g, (ch) => (ch === '\n' ? `'\n'` : `\\${ch}`)),
};

describe('quote removal round-trips', () => {
  const valueArb = fc.string({ unit: fc.constantFrom(...'ab $`"\'\\\n\t;|&()<>{}#*=-'.split('')), minLength: 1, maxLength: 20 });

  it.each(Object.entries(quotingStyles))('%s quoting', (_style, quote) => {
    fc.assert(
      fc.property(fc.array(valueArb, { minLength: 1, maxLength: 5 }), (values) => {
        const text = `cmd ${values.map(quote).join(' ')}`;
        const script = check(text);
        expect(script.errors).toEqual([]);
        expect(script.commands.map((command) => command.words.map((word) => word.value))).toEqual([['cmd', ...values]]);
        for (const word of script.commands[0]!.words.slice(1)) expect([word.quoted, word.dynamic]).toEqual([word.raw !== word.value, false]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('generated command lists parse back to their argv', () => {
  const reservedWords = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'select', 'while', 'until', 'do', 'done', 'case', 'esac', 'in', 'function']);
  const plainWord = fc.stringMatching(/^[a-z][a-z0-9._\/-]{0,8}$/);
  const commandName = plainWord.filter((name) => !reservedWords.has(name));
  const argument = fc.oneof(
    plainWord.map((value) => ({ raw: value, value })),
    plainWord.map((value) => ({ raw: `'${value} x'`, value: `${value} x` })),
    plainWord.map((value) => ({ raw: `"${value}"`, value })),
  );
  const command = fc.tuple(commandName, fc.array(argument, { maxLength: 5 }));
  const operator = fc.constantFrom(' && ', ' || ', ' | ', '; ', ' & ', '\n');

  it('keeps every command, argument and operator', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(command, operator), { minLength: 1, maxLength: 8 }), (items) => {
        const text = items.map(([[name, args], op]) => [name, ...args.map((arg) => arg.raw)].join(' ') + op).join('');
        const script = check(text);
        expect(script.errors).toEqual([]);
        expect(script.commands.map((c) => c.words.map((w) => w.value))).toEqual(
          items.map(([[name, args]]) => [name, ...args.map((arg) => arg.value)]),
        );
        expect(script.operators.map((o) => o.op)).toEqual(items.map(([, op]) => op.trim() || '\n'));
      }),
      { numRuns: 1000 },
    );
  });
});
