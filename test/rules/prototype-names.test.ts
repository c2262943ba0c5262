import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { parseCheckOptions } from '../../src/engine/config/check-directive.js';
import { parseGoDuration } from '../../src/engine/syntax/go-duration.js';

/**
 * Program names, option keys, units and values come from the Dockerfile. Looked up in a plain
 * object, `constructor` or `toString` finds Object.prototype's members: `RUN constructor install x`
 * once crashed the analysis. Every such word must behave like any other unknown word.
 */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

/** Dockerfiles that put `word` where the engine looks names up: programs, verbs, flags, keys, units, directives. */
const TEMPLATES: ((word: string) => string)[] = [
  (word) => `FROM debian\nRUN ${word} install x && ${word} update && ${word} add y && ${word} remove z\n`,
  (word) => `FROM debian\nRUN apt-get ${word} x && apk ${word} y && pip ${word} z && npm ${word} q && yum ${word} w && go ${word} && gem ${word}\n`,
  (word) => `FROM debian\nRUN --mount=type=cache,${word}=/x,target=/y echo\nRUN --mount=type=cache,${word}=/x,target=/y echo\n`,
  (word) => `FROM debian@${word}:abc\nFROM debian:${word} AS ${word}\nCOPY --from=${word} a b\n`,
  (word) => `FROM debian\nHEALTHCHECK --interval=1${word} --timeout=5${word} CMD ${word}\n`,
  (word) => `FROM debian\nEXPOSE 80/${word}\nUSER ${word}:${word}\nSTOPSIGNAL ${word}\nSHELL ["${word}"]\n`,
  (word) => `# check=skip=${word};error=${word}\nFROM debian\nLABEL ${word}=${word}\nARG ${word}\nENV ${word}=$${word}\nRUN echo \${${word}:-x}\n`,
  (word) => `FROM debian\nRUN ${word}\nCMD ${word}\nONBUILD ${word} x\n${word} y\n`,
  (word) => `FROM debian\n# hadolint ignore=${word}\nRUN curl -o ${word} https://x/${word} && rm -rf ${word} && cd ${word}\n`,
];

/** The same shape with the letters replaced, case kept: `toString` → `qqQqqqqq`. */
const neutral = (word: string) => word.replace(/[a-z]/g, 'q').replace(/[A-Z]/g, 'Q');

/** Codes and ranges: messages quote the word itself, so they differ by design. */
function positions(dockerfile: string, word: string): string[] {
  const result = analyze({ dockerfile, dockerignore: `${word}\n!${word}\n` }, { settings: { enableAll: true }, buildArgs: { [word]: 'x' } });
  return [
    ...result.findings.map((finding) => `${finding.code}@${finding.range.startLine}:${finding.range.startColumn}-${finding.range.endColumn}`),
    ...result.diagnostics.map((diagnostic) => `diagnostic@${diagnostic.range.startLine}:${diagnostic.range.startColumn}`),
    ...result.configErrors.map((error) => `config@${error.line}`),
  ];
}

describe('names of Object.prototype members in a Dockerfile', () => {
  it.each(PROTOTYPE_NAMES)('`%s` is read like any other word, in every position', (word) => {
    for (const template of TEMPLATES) {
      expect(positions(template(word), word)).toEqual(positions(template(neutral(word)), neutral(word)));
    }
  });

  it('`RUN constructor install x` is no package manager call', () => {
    const codes = analyze('FROM debian:bookworm\nRUN constructor install x\n', { settings: { enableAll: true } }).findings.map((finding) => finding.code);
    expect(codes).toEqual(['DL3057', 'SS104', 'SS107']);
  });

  it('`constructor` is neither a duration unit nor a boolean', () => {
    expect(parseGoDuration('1constructor')).toEqual({ error: 'time: unknown unit "constructor" in duration "1constructor"' });
    expect(parseCheckOptions('error=constructor').error).toBe(
      'failed to parse check option "error=constructor": strconv.ParseBool: parsing "constructor": invalid syntax',
    );
  });
});
