import { describe, expect, it } from 'vitest';
import { dockerfileLanguage, dockerignoreLanguage } from '../../src/app/editor/dockerfileLanguage';
import { createTokenizer, type LineToken } from './monarch';

const tokenize = createTokenizer('dockerfile', dockerfileLanguage);

/**
 * The tokens of one line as `text:type` pairs, whitespace-only tokens left out. Monaco merges
 * neighbouring tokens of the same type, so a pair can span several lexer matches.
 */
function pairs(line: LineToken[] | undefined): string[] {
  return (line ?? []).filter((token) => token.text.trim() !== '').map((token) => `${token.text.trim()}:${token.type}`);
}

/** The type of the token that holds `text` on the line. */
function typeOf(lines: LineToken[][], lineIndex: number, text: string): string | undefined {
  return lines[lineIndex]?.find((token) => token.text.includes(text))?.type;
}

describe('Dockerfile tokenizer', () => {
  it('recognises instructions in any case', () => {
    const lines = tokenize('from alpine:3.20\nRun echo hi\nCOPY . /app\n');
    expect(typeOf(lines, 0, 'from')).toBe('keyword');
    expect(typeOf(lines, 1, 'Run')).toBe('keyword');
    expect(typeOf(lines, 2, 'COPY')).toBe('keyword');
  });

  it('highlights the base image and the stage name', () => {
    const lines = tokenize('FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n');
    expect(pairs(lines[0])).toEqual([
      'FROM:keyword',
      '--platform:attribute.name',
      '=:delimiter',
      '$BUILDPLATFORM:attribute.value',
      'golang:1.23:type.image',
      'AS:keyword',
      'build:type.stage',
    ]);
  });

  it('treats instruction flags apart from the arguments that follow', () => {
    const lines = tokenize('RUN --mount=type=cache,target=/root/.cache pip install --no-cache-dir flask\n');
    expect(typeOf(lines, 0, '--mount')).toBe('attribute.name');
    expect(typeOf(lines, 0, 'type=cache,target=/root/.cache')).toBe('attribute.value');
    // After the flags, `--no-cache-dir` belongs to pip, not to RUN.
    expect(typeOf(lines, 0, '--no-cache-dir')).toBe('');
  });

  it('finds variables in both forms, also inside double quotes', () => {
    const lines = tokenize('ENV PATH="${HOME:-/root}/bin:$PATH"\n');
    expect(pairs(lines[0])).toEqual([
      'ENV:keyword',
      'PATH:variable.name',
      '=:delimiter',
      '":string',
      '${HOME:-/root}:variable',
      '/bin::string',
      '$PATH:variable',
      '":string',
    ]);
  });

  it('keeps a continued instruction going and ends it at the first line without a continuation', () => {
    const lines = tokenize('RUN apt-get update \\\n    # a comment BuildKit drops\n    && apt-get install -y curl\nFROM scratch\n');
    expect(typeOf(lines, 0, '\\')).toBe('operator.continuation');
    expect(pairs(lines[1])).toEqual(['# a comment BuildKit drops:comment']);
    expect(typeOf(lines, 2, '&&')).toBe('operator');
    expect(typeOf(lines, 2, 'apt-get')).toBe('');
    expect(typeOf(lines, 3, 'FROM')).toBe('keyword');
  });

  it('does not treat a word after an ended instruction as an argument', () => {
    const lines = tokenize('WORKDIR /app\nUSER app\n');
    expect(typeOf(lines, 1, 'USER')).toBe('keyword');
  });

  it('highlights JSON arrays', () => {
    const lines = tokenize('CMD ["python3", "-m", "flask"]\n');
    expect(pairs(lines[0])).toEqual([
      'CMD:keyword',
      '[:delimiter.bracket',
      '"python3":string',
      ',:delimiter',
      '"-m":string',
      ',:delimiter',
      '"flask":string',
      ']:delimiter.bracket',
    ]);
  });

  it('hands a RUN heredoc body to the shell tokenizer and comes back after the terminator', () => {
    const lines = tokenize('RUN <<EOF\n#!/bin/sh\nset -e\nEOF\nFROM alpine\n');
    expect(typeOf(lines, 0, '<<EOF')).toBe('string.heredoc.delimiter');
    // The shebang would be a Dockerfile comment; here it is the shell's to colour.
    expect(lines[1]?.every((token) => token.language === 'shell')).toBe(true);
    expect(lines[2]?.every((token) => token.language === 'shell')).toBe(true);
    expect(pairs(lines[3])).toEqual(['EOF:string.heredoc.delimiter']);
    expect(typeOf(lines, 4, 'FROM')).toBe('keyword');
  });

  it('starts the heredoc body after the rest of the instruction line', () => {
    const lines = tokenize('RUN --mount=type=cache,target=/var/cache/apt <<-"SCRIPT" bash -ex\n\tapt-get update\n\tSCRIPT\nUSER nobody\n');
    expect(typeOf(lines, 0, 'bash')).toBe('');
    expect(lines[1]?.every((token) => token.language === 'shell')).toBe(true);
    expect(pairs(lines[2])).toEqual(['SCRIPT:string.heredoc.delimiter']);
    expect(typeOf(lines, 3, 'USER')).toBe('keyword');
  });

  it('shows a COPY heredoc body as plain text, not as instructions', () => {
    const lines = tokenize('COPY <<EOF /etc/app.conf\nRUN = not an instruction\nEOF\nCMD ["app"]\n');
    expect(pairs(lines[1])).toEqual(['RUN = not an instruction:string.heredoc']);
    expect(typeOf(lines, 3, 'CMD')).toBe('keyword');
  });

  it('recognises parser directives only at the top of the file', () => {
    const lines = tokenize('# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\nFROM alpine\n# escape=`\n');
    expect(pairs(lines[0])).toEqual(['#:comment', 'syntax:keyword.directive', '=:delimiter', 'docker/dockerfile:1:string.directive']);
    expect(typeOf(lines, 1, 'check')).toBe('keyword.directive');
    expect(pairs(lines[3])).toEqual(['# escape=`:comment']);
  });

  it('follows the backtick escape directive for line continuations', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    New-Item C:\\app\nWORKDIR C:\\app\n';
    const lines = tokenize(text);
    expect(typeOf(lines, 2, '`')).toBe('operator.continuation');
    // The continued line is still RUN's: `New-Item` is not an instruction.
    expect(typeOf(lines, 3, 'New-Item')).toBe('');
    expect(typeOf(lines, 4, 'WORKDIR')).toBe('keyword');
    // With the backtick escape a backslash is an ordinary character.
    expect(lines[4]?.some((token) => token.type === 'string.escape')).toBe(false);
  });

  it('marks hadolint ignore pragmas and their codes', () => {
    const lines = tokenize('# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl\n');
    expect(pairs(lines[0])).toEqual(['# hadolint ignore=:comment.pragma', 'DL3008,DL3015:comment.pragma.code']);
    expect(typeOf(lines, 1, 'RUN')).toBe('keyword');
  });

  it('ends an instruction whose last token is a flag or a quote', () => {
    const lines = tokenize('COPY --link\nRUN echo "done"\nUSER app\n');
    expect(typeOf(lines, 1, 'RUN')).toBe('keyword');
    expect(typeOf(lines, 2, 'USER')).toBe('keyword');
  });

  it('survives every prefix of a realistic file without throwing', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM python:3.12-slim AS base\nRUN --mount=type=cache,target=/root/.cache <<EOF\npip install "flask==3.0.*"\nEOF\nCOPY --chown=app:app . /app\nCMD ["gunicorn", "app:app"]\n';
    for (let end = 0; end <= text.length; end++) expect(() => tokenize(text.slice(0, end))).not.toThrow();
  });
});

describe('.dockerignore tokenizer', () => {
  const tokenizeIgnore = createTokenizer('dockerignore', dockerignoreLanguage);

  it('shows comments, exceptions and globs', () => {
    const lines = tokenizeIgnore('# build output\n**/node_modules\n!README.md\n');
    expect(pairs(lines[0])).toEqual(['# build output:comment']);
    expect(pairs(lines[1])).toEqual(['**:operator.glob', '/node_modules:']);
    expect(pairs(lines[2])).toEqual(['!:keyword.negation', 'README.md:']);
  });
});
