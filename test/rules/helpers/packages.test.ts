import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instruction, RuleContext } from '../../../src/engine/index.js';
import {
  apkAdds,
  aptConfigValue,
  aptGetInstalls,
  aptInvocations,
  buildEnvOf,
  cacheMountTargets,
  formatNames,
  gemInstalls,
  goInvocations,
  isApkPackagePinned,
  isAptPackagePinned,
  isGemPinned,
  isGoPackagePinned,
  isNpmPackagePinned,
  isPipRequirementPinned,
  layerReachesImage,
  npmInstalls,
  parseArguments,
  pipInstalls,
  runsWithScripts,
  scriptAppendPoint,
  stateBeforeEach,
  tokensOf,
  unpinnedTokens,
  yarnInvocations,
  type BuildEnv,
  type Invocation,
  type Token,
} from '../../../src/engine/rules/helpers/packages.js';
import { parseShell, type ShellWord } from '../../../src/engine/shell/index.js';
import { withRuleContext } from './with-context.js';

const NO_ENV: BuildEnv = new Map();

/** `name[=value]` per option and the operand texts, for compact tables. */
function summary(invocation: Invocation): { subcommand: string | null; options: string[]; operands: string[] } {
  return {
    subcommand: invocation.subcommand?.text ?? null,
    options: invocation.options.map((option) => (option.value === null ? option.name : `${option.name}=${option.value}`)),
    operands: invocation.operands.map((token) => token.text),
  };
}

function plainTokens(texts: readonly string[]): Token[] {
  let offset = 0;
  return texts.map((text) => {
    const word: ShellWord = { raw: text, value: text, start: offset, end: offset + text.length, dynamic: false, quoted: false };
    offset += text.length + 1;
    return { text, word, unknown: false };
  });
}

describe('tokensOf', () => {
  const env: BuildEnv = new Map([
    ['PKGS', 'curl=7.88 wget'],
    ['V', '1.2'],
  ]);
  const cases: { raw: string; texts: string[]; unknown: boolean }[] = [
    { raw: 'curl', texts: ['curl'], unknown: false },
    { raw: '$PKGS', texts: ['curl=7.88', 'wget'], unknown: false },
    { raw: '"$PKGS"', texts: ['curl=7.88 wget'], unknown: false },
    { raw: 'flask==${V}', texts: ['flask==1.2'], unknown: false },
    { raw: '$MISSING', texts: ['$MISSING'], unknown: true },
    { raw: '${MISSING:-x}', texts: ['${MISSING:-x}'], unknown: true },
    { raw: '$(cat list)', texts: ['$(cat list)'], unknown: true },
    { raw: '`cat list`', texts: ['`cat list`'], unknown: true },
    { raw: "'$PKGS'", texts: ['$PKGS'], unknown: false },
  ];
  it.each(cases)('$raw', ({ raw, texts, unknown }) => {
    const word = parseShell(`x ${raw}`).commands[0]!.words[1]!;
    const tokens = tokensOf(word, env);
    expect(tokens.map((token) => token.text)).toEqual(texts);
    expect(tokens.every((token) => token.unknown === unknown && token.word === word)).toBe(true);
  });
});

describe('parseArguments', () => {
  it('splits short clusters, attaches values and stops at --', () => {
    const parsed = parseArguments(plainTokens(['-yq=2', '-tbackports', '-o', 'A=1', '--target-release', 'x', '--quiet=2', 'pkg', '--', '-v']), {
      shortWithValue: 'ot',
      longWithValue: ['target-release'],
    });
    expect(parsed.options.map((option) => [option.name, option.value])).toEqual([
      ['y', null],
      ['q', '2'],
      ['t', 'backports'],
      ['o', 'A=1'],
      ['target-release', 'x'],
      ['quiet', '2'],
    ]);
    expect(parsed.positionals.map((token) => token.text)).toEqual(['pkg']);
    expect(parsed.afterDoubleDash.map((token) => token.text)).toEqual(['-v']);
  });

  it('reads Go-style single-dash names', () => {
    const parsed = parseArguments(plainTokens(['-tags', 'netgo', '-ldflags=-s', '-v', 'example.com/x']), {
      singleDashNames: true,
      longWithValue: ['tags', 'ldflags'],
    });
    expect(parsed.options.map((option) => [option.name, option.value])).toEqual([
      ['tags', 'netgo'],
      ['ldflags', '-s'],
      ['v', null],
    ]);
    expect(parsed.positionals.map((token) => token.text)).toEqual(['example.com/x']);
  });

  it('gives unknown long options the next argument when booleans are listed', () => {
    const parsed = parseArguments(plainTokens(['rails:7', '--use-system-libraries', 'true', '--no-document', 'rake']), { knownBooleans: ['no-document'] });
    expect(parsed.positionals.map((token) => token.text)).toEqual(['rails:7', 'rake']);
  });

  it('accounts for every argument exactly once', () => {
    const argument = fc.oneof(fc.constantFrom('-y', '-qq', '-t', '--opt', '--opt=v', '--', '-', 'pkg', 'a=1', '-ovalue'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 12 }), (texts) => {
        const tokens = plainTokens(texts);
        const parsed = parseArguments(tokens, { shortWithValue: 'to', longWithValue: ['opt'] });
        const used = new Set<Token>([...parsed.positionals, ...parsed.afterDoubleDash]);
        for (const option of parsed.options) {
          used.add(option.token);
          if (option.valueToken !== null) used.add(option.valueToken);
        }
        const doubleDash = tokens.length - parsed.afterDoubleDash.length - 1;
        const accounted = tokens.filter((token, index) => used.has(token) || (index === doubleDash && token.text === '--'));
        expect(accounted).toHaveLength(tokens.length);
      }),
    );
  });
});

describe('finders', () => {
  const find = <T extends Invocation>(finder: (script: ReturnType<typeof parseShell>, env: BuildEnv) => readonly T[], text: string) =>
    finder(parseShell(text), NO_ENV).map(summary);

  it('apt-get install, with options anywhere and -o values kept', () => {
    expect(find(aptGetInstalls, 'apt-get update && apt-get -o Dpkg::Options::=--force-confnew -t bookworm install -y curl git=1')).toEqual([
      { subcommand: 'install', options: ['o=Dpkg::Options::=--force-confnew', 't=bookworm', 'y'], operands: ['curl', 'git=1'] },
    ]);
    expect(find(aptGetInstalls, '/usr/bin/apt-get install -y curl; apt install x; aptitude install y')).toHaveLength(1);
    expect(find((script, env) => aptInvocations(script, env), 'apt update; aptitude install y; apt-cache show z').map((found) => found.subcommand)).toEqual([
      'update',
      'install',
    ]);
  });

  it('reads apt -o configuration values', () => {
    const [install] = aptGetInstalls(parseShell('apt-get -o APT::Install-Recommends=false --option=apt::get::assume-yes=1 install x'), NO_ENV);
    expect(aptConfigValue(install!, 'APT::Install-Recommends')).toBe('false');
    expect(aptConfigValue(install!, 'APT::Get::Assume-Yes')).toBe('1');
    expect(aptConfigValue(install!, 'APT::Other')).toBeNull();
  });

  it('apk add with --virtual, --repository and global options', () => {
    expect(find(apkAdds, 'apk --no-cache add --virtual .deps -X https://repo gcc=1 musl-dev; apk del .deps')).toEqual([
      { subcommand: 'add', options: ['no-cache', 'virtual=.deps', 'X=https://repo'], operands: ['gcc=1', 'musl-dev'] },
    ]);
  });

  it('pip, pip3.12, python -m pip and pipx; never pipenv or uv', () => {
    const found = pipInstalls(
      parseShell('pip install -r r.txt x && python3 -u -m pip install --user y && pip3.12 install z && pipx install --python py3 black && pipenv install a && uv pip install b'),
      NO_ENV,
    );
    expect(found.map((install) => [install.tool, install.operands.map((token) => token.text)])).toEqual([
      ['pip', ['x']],
      ['pip', ['y']],
      ['pip', ['z']],
      ['pipx', ['black']],
    ]);
    expect(pipInstalls(parseShell('python3 script.py -m pip install x; python -c "import pip"'), NO_ENV)).toEqual([]);
  });

  it('npm install and its aliases, not npm run', () => {
    expect(find(npmInstalls, 'npm i -g --registry https://r a && npm add b && npm run install && npm ci').map((found) => found.operands)).toEqual([['a'], ['b']]);
  });

  it('gem install stops at --', () => {
    expect(find(gemInstalls, 'gem install -N rails:7 -- --with-pg-config=/usr/bin/pg_config')).toEqual([
      { subcommand: 'install', options: ['N'], operands: ['rails:7'] },
    ]);
  });

  it('go install/get read every package, go run only the first', () => {
    const found = goInvocations(parseShell('go install -v a@v1 b && go get -u=patch c && go run -mod=mod d@v1 e f && go build ./...'), NO_ENV);
    expect(found.map((invocation) => [invocation.subcommand.text, invocation.packages.map((token) => token.text)])).toEqual([
      ['install', ['a@v1', 'b']],
      ['get', ['c']],
      ['run', ['d@v1']],
    ]);
  });

  it('yarn with --cwd before the subcommand', () => {
    expect(find(yarnInvocations, 'yarn --cwd /app install && yarn cache clean').map((found) => [found.subcommand, found.operands])).toEqual([
      ['install', []],
      ['cache', ['clean']],
    ]);
  });
});

describe('pin predicates', () => {
  const table: [string, (spec: string) => boolean, string[], string[]][] = [
    ['apt', isAptPackagePinned, ['curl=7.88', 'curl/bookworm-backports', './x.deb'], ['curl', 'libc6:amd64']],
    ['apk', isApkPackagePinned, ['git=2.4', 'git~2', 'git>2', 'py3<3.13', 'x.apk'], ['git']],
    [
      'pip',
      isPipRequirementPinned,
      ['a==1', 'a~=1', 'a!=1', 'a<2', '.', './pkg', 'pkg.tar.gz', 'x.whl', 'git+https://h/o/r.git@v1#egg=r', 'r @ https://h/r.whl', 'https://h/x.zip'],
      ['a', 'a[extra]', 'git+https://h/o/r.git#egg=r', 'git+ssh://git@h/o/r.git', 'r @ git+https://h/o/r.git'],
    ],
    [
      'npm',
      isNpmPackagePinned,
      ['a@1', '@s/a@1', 'a.tgz', './x', '~/x', 'file:x', 'git://h/r.git#v1', 'github:o/r#v1', 'o/r#v1'],
      ['a', '@s/a', 'git+https://u@h/r.git', 'github:o/r', 'o/r'],
    ],
    ['gem', isGemPinned, ['rails:7', 'x.gem', './vendor/x'], ['rails']],
    ['go', isGoPackagePinned, ['a/b@v1', 'a/b@master', './x', '/abs', 'main.go'], ['a/b', 'a/b@latest', 'a/b@none']],
  ];
  it.each(table)('%s', (_name, isPinned, pinned, unpinned) => {
    expect(pinned.filter((spec) => !isPinned(spec))).toEqual([]);
    expect(unpinned.filter((spec) => isPinned(spec))).toEqual([]);
  });

  it('unpinnedTokens skips options and values that may hold anything', () => {
    const words = parseShell('apt-get install curl -y git=1 $X "${Y}" $(cat f) lib${V}-dev').commands[0]!.words.slice(2);
    const tokens = words.flatMap((word) => tokensOf(word, NO_ENV));
    expect(unpinnedTokens(tokens, isAptPackagePinned).map((token) => token.text)).toEqual(['curl', 'lib${V}-dev']);
  });
});

describe('formatNames', () => {
  it('lists up to five distinct names', () => {
    expect(formatNames(plainTokens(['a', 'b', 'a']))).toBe('`a`, `b`');
    expect(formatNames(plainTokens(['a', 'b', 'c', 'd', 'e', 'f', 'g']))).toBe('`a`, `b`, `c`, `d`, `e` and 2 more');
  });
});

/** Runs `inspect` with the rule context of a Dockerfile, through a one-off rule. */
function withContext<T>(dockerfile: string, inspect: (context: RuleContext) => T): T {
  return withRuleContext(dockerfile, inspect);
}

const runLabel = (instruction: Instruction): string => instruction.original.replace(/^(?:ONBUILD )?RUN /, '');

describe('stage-aware helpers', () => {
  const dockerfile = 'FROM a AS base\nRUN one\nFROM base AS child\nRUN two\nFROM c AS other\nRUN three\nONBUILD RUN four\nFROM d\nRUN five\n';

  it('stateBeforeEach carries state into stages built FROM a stage, and to ONBUILD triggers', () => {
    const seen = withContext(dockerfile, (context) => {
      const before = stateBeforeEach(context, 0, (count, instruction) => (instruction.details.kind === 'RUN' ? count + 1 : count));
      return runsWithScripts(context).map((run) => `${runLabel(run.instruction)}:${before.get(run.instruction)}`);
    });
    expect(seen).toEqual(['one:0', 'two:1', 'three:0', 'four:1', 'five:0']);
  });

  it('layerReachesImage: the last stage, stages built upon and ONBUILD triggers', () => {
    const reaching = withContext(dockerfile, (context) =>
      runsWithScripts(context)
        .filter((run) => layerReachesImage(context.model, run.instruction))
        .map((run) => runLabel(run.instruction)),
    );
    expect(reaching).toEqual(['one', 'four', 'five']);
  });

  it('buildEnvOf collects ENV and ARG values of a fragment without FROM', () => {
    const env = withContext('ENV A=1 B="two words"\nARG C=${A}3\nARG D\nRUN x\n', (context) => {
      const run = context.syntax.instructions.at(-1) as Instruction;
      return Object.fromEntries(buildEnvOf(context, run));
    });
    expect(env).toEqual({ A: '1', B: 'two words', C: '13' });
  });

  it('cacheMountTargets expands targets and skips bind mounts', () => {
    const targets = withContext(
      'FROM debian\nARG CACHE=/var/cache/apt\nRUN --mount=type=cache,target=$CACHE/ --mount=type=tmpfs,dst=/tmp/x --mount=type=bind,target=/src x\n',
      (context) => cacheMountTargets(context.model, context.syntax.instructions.at(-1) as Instruction),
    );
    expect(targets).toEqual(['/var/cache/apt', '/tmp/x']);
  });

  it('scriptAppendPoint: after the last command, never after a comment or a background job', () => {
    const points = withContext(
      'FROM debian\nRUN a && b\nRUN a;\nRUN a # note\nRUN a &\nRUN <<EOF\na\nEOF\nRUN ["a"]\n',
      (context) =>
        runsWithScripts(context).map((run) => {
          const script = run.scripts.at(-1);
          const point = script === undefined ? null : scriptAppendPoint(context, script);
          return point === null ? null : [context.syntax.text.slice(point.offset - 1, point.offset), point.separator];
        }),
    );
    expect(points).toEqual([['b', ' && '], [';', ' '], null, null, ['a', '\n'], null]);
  });
});
