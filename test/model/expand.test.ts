import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  envFromPairs,
  expandWord,
  expandWords,
  findVariableReferences,
  type ExpandOptions,
} from '../../src/engine/model/expand.js';

const noEnv = envFromPairs([]);

describe('findVariableReferences', () => {
  it('gives each reference its span, nested operands included, in source order', () => {
    expect(findVariableReferences('a$FOO-${BAR:-x$BAZ}')).toEqual([
      { name: 'FOO', start: 1, end: 5, modifier: null },
      { name: 'BAR', start: 6, end: 19, modifier: ':-' },
      { name: 'BAZ', start: 14, end: 18, modifier: null },
    ]);
  });

  it('names every operator', () => {
    const word = '${A##x}${B%y}${C//a/b}${D/a/b}${E:?m}${F+w}${G}';
    expect(findVariableReferences(word).map(({ name, modifier }) => [name, modifier])).toEqual([
      ['A', '##'],
      ['B', '%'],
      ['C', '//'],
      ['D', '/'],
      ['E', ':?'],
      ['F', '+'],
      ['G', null],
    ]);
  });

  it('skips single-quoted and escaped dollars but not double-quoted ones', () => {
    expect(findVariableReferences(`'$NO'"$YES"\\$NO`)).toEqual([{ name: 'YES', start: 6, end: 10, modifier: null }]);
    expect(findVariableReferences('`$NO $YES', { escapeChar: '`' }).map((reference) => reference.name)).toEqual(['YES']);
  });

  it('counts offsets in UTF-16 units', () => {
    expect(findVariableReferences('😀한$A')).toEqual([{ name: 'A', start: 3, end: 5, modifier: null }]);
  });

  it('reports positional and special parameters as BuildKit looks them up', () => {
    expect(findVariableReferences('$12x ${@} $.').map((reference) => reference.name)).toEqual(['12', '@']);
  });

  it('stops at a syntax error but not at value-dependent failures', () => {
    expect(findVariableReferences('$A ${} $C').map((reference) => reference.name)).toEqual(['A']);
    expect(findVariableReferences('$A ${B:=x} $C').map((reference) => reference.name)).toEqual(['A', 'B']);
    expect(findVariableReferences('${A:?} ${B#\\x} $C').map((reference) => reference.name)).toEqual(['A', 'B', 'C']);
  });
});

describe('expandWord', () => {
  const env = envFromPairs(['V=/usr/local/bin', 'EMPTY=', 'ML=a\nb', 'ABC=abc']);
  const valueOf = (word: string, options?: ExpandOptions): string => {
    const result = expandWord(word, env, options);
    expect(result.error).toBeNull();
    return result.value;
  };
  const errorOf = (word: string): string | null => expandWord(word, env).error;

  it('reports BuildKit error text', () => {
    expect(errorOf('${a:=b}')).toBe('failed to process "${a:=b}": unsupported modifier (:=) in substitution');
    expect(errorOf('${a=b}')).toBe('failed to process "${a=b}": unsupported modifier (=) in substitution');
    expect(errorOf('${V:#x}')).toBe('failed to process "${V:#x}": unsupported modifier (:#) in substitution');
    expect(errorOf('${V:1}')).toBe('failed to process "${V:1}": unsupported modifier (:1) in substitution');
    expect(errorOf('x${')).toBe(`failed to process "x\${": syntax error: missing '}'`);
    expect(errorOf('${a:-b')).toBe(`failed to process "\${a:-b": syntax error: missing '}'`);
    expect(errorOf('${}')).toBe('failed to process "${}": syntax error: bad substitution');
    expect(errorOf('${V/x')).toBe("failed to process \"${V/x\": syntax error: missing '/' in ${}");
    expect(errorOf('${U?}')).toBe('failed to process "${U?}": U: is not allowed to be unset');
    expect(errorOf('${EMPTY:?}')).toBe('failed to process "${EMPTY:?}": EMPTY: is not allowed to be empty');
    expect(errorOf('${U:?set $V}')).toBe('failed to process "${U:?set $V}": U: set /usr/local/bin');
    expect(errorOf("'abc")).toBe(
      `failed to process "'abc": unexpected end of statement while looking for matching single-quote`,
    );
    expect(errorOf('${V#a\\x}')).toBe(
      "failed to process \"${V#a\\\\x}\": invalid pattern (a\\x) in substitution: invalid escape '\\x'",
    );
  });

  it('quotes the word in errors like Go %q', () => {
    expect(errorOf('"\t\u0001é\u00a0\u{1f600}')).toBe(
      'failed to process "\\"\\t\\x01é\\u00a0😀": unexpected end of statement while looking for matching double-quote',
    );
  });

  it('trims prefixes and suffixes with shell patterns', () => {
    expect(valueOf('${V#*/}|${V##*/}|${V%/*}|${V%%l*}')).toBe('usr/local/bin|bin|/usr/local|/usr/');
    expect(valueOf('${V#/usr}|${V%nope}')).toBe('/local/bin|/usr/local/bin');
    expect(valueOf('${ABC#?}|${ABC%?}|${ABC#[a]}')).toBe('bc|ab|abc');
  });

  it('does not let * or ? cross a newline, as Go regular expressions do', () => {
    expect(valueOf('${ML#*b}')).toBe('a\nb');
    expect(valueOf('${ML#a?}')).toBe('a\nb');
  });

  it('replaces like Go ReplaceAllString', () => {
    expect(valueOf('${V/l/L}|${V//l/L}')).toBe('/usr/Local/bin|/usr/LocaL/bin');
    expect(valueOf('${ABC//*/x}')).toBe('x');
    expect(valueOf('${ABC//b/<\\$0>}')).toBe('a<\\b>c');
  });

  it('keeps unset references literally with keepUnset', () => {
    expect(valueOf('$A ${B} ${C:-x} ${D//a/b} ${E:=x} $V', { keepUnset: true })).toBe(
      '$A ${B} ${C:-x} ${D/a/b} ${E:=x} /usr/local/bin',
    );
  });

  it('keeps quotes with rawQuotes and escapes with rawEscapes', () => {
    expect(valueOf(`"a $ABC" 'b $ABC'`, { rawQuotes: true })).toBe(`"a abc" 'b $ABC'`);
    expect(valueOf('eo\\\'f', { rawEscapes: true })).toBe("eo\\'f");
  });

  it('treats quotes as ordinary characters with literalQuotes, as for heredoc bodies', () => {
    expect(valueOf(`echo '$ABC' "$ABC"`, { literalQuotes: true })).toBe(`echo 'abc' "abc"`);
  });

  it('uses the escape directive character', () => {
    expect(valueOf('a`$b\\c', { escapeChar: '`' })).toBe('a$b\\c');
    expect(valueOf('"a`"b"', { escapeChar: '`' })).toBe('a"b');
  });

  it('skips a leading byte-order mark as Go text/scanner does', () => {
    expect(valueOf('\uFEFFabc\uFEFF')).toBe('abc\uFEFF');
  });

  it('compares keys case-insensitively with Windows semantics', () => {
    const windows = envFromPairs(['Path=/bin', 'a=1', 'A=2'], { caseInsensitive: true });
    expect(expandWord('$PATH $a', windows, { caseInsensitive: true }).value).toBe('/bin 2');
    const linux = envFromPairs(['Path=/bin']);
    expect(expandWord('$PATH', linux).unmatched).toEqual(['PATH']);
    expect(expandWord('$PATH', linux, { caseInsensitive: true })).toMatchObject({ value: '/bin', matched: ['PATH'] });
  });

  it('reports deep nesting as an error instead of overflowing the stack', () => {
    const depth = 5000;
    const deep = '${a:-'.repeat(depth) + 'x' + '}'.repeat(depth);
    expect(expandWord(deep, noEnv).error).toMatch(/nested more than 1000 deep/);
    expect(expandWord('${a:-'.repeat(900) + 'x' + '}'.repeat(900), noEnv).value).toBe('x');
  });

  it('matches patterns in linear time', () => {
    const long = envFromPairs({ LONG: 'a'.repeat(5000) });
    const started = performance.now();
    expect(expandWord('${LONG#*a*a*a*a*a*a*a*a*a*a*b}', long).value).toBe('a'.repeat(5000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('expandWords', () => {
  it('keeps << and the blanks after it with the next word, for heredoc markers', () => {
    const markerMode: ExpandOptions = { rawQuotes: true, rawEscapes: true, keepUnset: true };
    expect(expandWords("RUN <<  EOF <<'X' <<- Y 3<<$Z", noEnv, markerMode).words).toEqual([
      'RUN',
      '<<  EOF',
      "<<'X'",
      '<<-',
      'Y',
      '3<<$Z',
    ]);
  });

  it('splits unquoted expansions and drops empty words', () => {
    const env = envFromPairs(['S= x  y ']);
    expect(expandWords('a${S}b', env).words).toEqual(['a', 'x', 'y', 'b']);
    expect(expandWords(`'' "" x`, env).words).toEqual(['x']);
  });

  it('returns no words on error', () => {
    expect(expandWords('a "b', noEnv)).toMatchObject({ words: [], error: expect.stringContaining('double-quote') });
  });
});

describe('envFromPairs', () => {
  it('lets a later duplicate win and defines a key without = as empty', () => {
    const env = envFromPairs(['A=1', 'A=2', 'B', 'C=x=y']);
    expect([env.get('A'), env.get('B'), env.get('C'), env.get('D')]).toEqual(['2', '', 'x=y', undefined]);
    expect(envFromPairs({ K: 'v' }).get('K')).toBe('v');
  });
});

describe('properties', () => {
  // Lexer-significant characters, plus lone surrogates and non-BMP text.
  const shellUnit = fc.oneof(
    fc.constantFrom(
      ...'${}:-+?#%/\\`"\' <\t\n*?=aZ_1@.'.split(''),
      '\uD800',
      '\uDFFF',
      '😀',
      '\uFEFF',
      'é',
      '\u00a0',
    ),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  );
  const words = fc.oneof(fc.string({ unit: shellUnit, maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
  const options = fc.record(
    {
      escapeChar: fc.constantFrom<'\\' | '`'>('\\', '`'),
      caseInsensitive: fc.boolean(),
      keepUnset: fc.boolean(),
      rawQuotes: fc.boolean(),
      rawEscapes: fc.boolean(),
      literalQuotes: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const env = envFromPairs(['a=x y', 'Z=', '_=\\*', '1=one']);

  it('never throws, whatever the word and options', () => {
    fc.assert(
      fc.property(words, options, (word, wordOptions) => {
        const single = expandWord(word, env, wordOptions);
        const split = expandWords(word, env, wordOptions);
        findVariableReferences(word, wordOptions);
        expect(typeof single.value).toBe('string');
        expect(split.error).toBe(single.error);
      }),
      { numRuns: 1500 },
    );
  });

  it('gives references in order, within the word, starting at a $', () => {
    fc.assert(
      fc.property(words, options, (word, wordOptions) => {
        let previousStart = -1;
        for (const reference of findVariableReferences(word, wordOptions)) {
          expect(reference.start).toBeGreaterThanOrEqual(previousStart);
          expect(reference.start).toBeGreaterThanOrEqual(0);
          expect(reference.end).toBeGreaterThan(reference.start);
          expect(reference.end).toBeLessThanOrEqual(word.length);
          expect(word[reference.start]).toBe('$');
          previousStart = reference.start;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('finds exactly the names that a successful expansion looks up', () => {
    fc.assert(
      fc.property(words, options, (word, wordOptions) => {
        const result = expandWord(word, env, wordOptions);
        fc.pre(result.error === null);
        const found = new Set(findVariableReferences(word, wordOptions).map((reference) => reference.name));
        expect(found).toEqual(new Set([...result.matched, ...result.unmatched]));
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves plain text unchanged and splits it on whitespace', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'ab9_.,/ \t'.split('')), maxLength: 30 });
    fc.assert(
      fc.property(plain, (word) => {
        expect(expandWord(word, noEnv).value).toBe(word);
        expect(expandWords(word, noEnv).words).toEqual(word.split(/[ \t]+/).filter((part) => part !== ''));
      }),
    );
  });
});
