import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/engine/index.js';
import type { Instruction, RuleContext } from '../../../src/engine/index.js';
import {
  declaredNames,
  hasVersionVariable,
  insertArgument,
  listNames,
  optionNames,
  pathBasename,
  pathOverlaps,
  positionalArgs,
  resolveWord,
  runInstructions,
  runShellCommands,
  runsPosixShell,
} from '../../../src/engine/rules/helpers/run-commands.js';
import { withRuleContext } from './with-context.js';

/** Runs `inspect` on the last RUN (ONBUILD triggers included) of `dockerfile`. */
function onLastRun<T>(dockerfile: string, inspect: (context: RuleContext, run: Instruction) => T): T {
  return withRuleContext(dockerfile, (context) => {
    const runs = runInstructions(context, { onbuild: true });
    return inspect(context, runs[runs.length - 1] as Instruction);
  });
}

function names(dockerfile: string): (string | null)[] {
  return onLastRun(dockerfile, (context, run) => runShellCommands(context, run).map((command) => command.name));
}

describe('runShellCommands', () => {
  it('lists every command, nested ones included, with the program behind ShellCheck wrappers', () => {
    expect(names('RUN a && (b | c) && echo "$(d)"; command e; exec -a name f; builtin g; busybox h; time -p i\n')).toEqual([
      'a',
      'b',
      'c',
      'echo',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
    ]);
  });

  it('does not look through sudo, env or xargs, and gives no name to a dynamic program or `command -v`', () => {
    expect(names('RUN sudo a; env b; xargs c; $CMD d; command -v e\n')).toEqual(['sudo', 'env', 'xargs', null, null]);
  });

  it('reads heredoc scripts and the argv of an exec-form RUN', () => {
    expect(names('FROM alpine\nRUN <<EOF\nset -e\nmake\nEOF\n')).toContain('make');
    expect(onLastRun('RUN ["yum", "install", "x"]\n', (context, run) => runShellCommands(context, run).map((c) => c.args.map((w) => w.value)))).toEqual([
      ['install', 'x'],
    ]);
  });

  it('has nothing to read when PowerShell or cmd runs the RUN', () => {
    expect(names('FROM alpine\nSHELL ["pwsh", "-c"]\nRUN a | b\n')).toEqual([]);
    expect(names('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n')).toEqual([]);
    expect(names('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN ["cmd", "/c", "dir"]\n')).toEqual(['cmd']);
  });
});

describe('options and arguments', () => {
  const first = (dockerfile: string) => onLastRun(dockerfile, (context, run) => runShellCommands(context, run)[0]!);

  it('splits short clusters per letter and keeps long names up to `=`, stopping at `--`', () => {
    expect(optionNames(first('RUN yum -yq --assumeyes=1 install -- -n\n'))).toEqual(['y', 'q', 'assumeyes']);
  });

  it('skips the values of options that take one', () => {
    const command = first('RUN dnf --enablerepo epel -c conf install -- -x\n');
    expect(positionalArgs(command, new Set(['--enablerepo', '-c'])).map((word) => word.value)).toEqual(['install', '-x']);
  });

  it('inserts an argument as shell text or as a JSON string', () => {
    const shell = 'RUN yum install x\n';
    expect(onLastRun(shell, (context, run) => {
      const command = runShellCommands(context, run)[0]!;
      return applyEdits(shell, [insertArgument(context, command, command.nameWord!, '-y')]);
    })).toBe('RUN yum -y install x\n');
    const exec = 'RUN ["yum", "install", "x"]\n';
    expect(onLastRun(exec, (context, run) => {
      const command = runShellCommands(context, run)[0]!;
      return applyEdits(exec, [insertArgument(context, command, command.nameWord!, '-y')]);
    })).toBe('RUN ["yum", "-y", "install", "x"]\n');
  });
});

describe('resolveWord', () => {
  const resolved = (dockerfile: string) =>
    onLastRun(dockerfile, (context, run) => {
      const command = runShellCommands(context, run)[0]!;
      return resolveWord(context, run, command.args[0]!);
    });

  it('substitutes ARG and ENV values', () => {
    expect(resolved('FROM a\nARG V=1.2\nENV P=x-$V\nRUN echo "$P"\n')).toBe('x-1.2');
  });

  it('gives null for unset variables, command substitutions and ONBUILD triggers', () => {
    expect(resolved('FROM a\nARG V\nRUN echo x-${V}\n')).toBeNull();
    expect(resolved('FROM a\nRUN echo $(cat v)\n')).toBeNull();
    expect(resolved('FROM a\nARG V=1\nONBUILD RUN echo $V\n')).toBeNull();
  });
});

describe('declaredNames and hasVersionVariable', () => {
  const declared = (dockerfile: string) => onLastRun(dockerfile, (context, run) => [...declaredNames(context, run)].sort());

  it('counts ARGs anywhere before, and ENVs of this stage chain only', () => {
    expect(declared('ARG G\nFROM a AS one\nARG A\nENV E=1\nFROM one\nENV F=2\nFROM b\nENV H=3\nRUN x\nARG LATER\n')).toEqual(['A', 'G', 'H']);
    expect(declared('FROM a AS one\nENV E=1\nFROM one\nRUN x\n')).toEqual(['E']);
    expect(declared('ENV E=1\nRUN x\n')).toEqual(['E']);
    expect(declared('FROM a\nARG A\nONBUILD RUN x\n')).toEqual([]);
  });

  it('takes a declared variable after a dash for a version, quotes aside', () => {
    const word = (raw: string) => ({ raw, value: raw, start: 0, end: raw.length, dynamic: true, quoted: false });
    const declaredV = new Set(['V']);
    expect(hasVersionVariable(word('git-${V}'), declaredV)).toBe(true);
    expect(hasVersionVariable(word('git-"$V"'), declaredV)).toBe(true);
    expect(hasVersionVariable(word('git${V}'), declaredV)).toBe(false);
    expect(hasVersionVariable(word('git-${W}'), declaredV)).toBe(false);
  });
});

describe('paths and names', () => {
  it('takes the last component of Unix and Windows paths', () => {
    expect(pathBasename('/usr/src/app.tar')).toBe('app.tar');
    expect(pathBasename('C:\\Program Files\\foo.tar.gz')).toBe('foo.tar.gz');
    expect(pathBasename('/x/dir/')).toBe('dir');
  });

  it('relates a path to a directory it is, is in, or contains (but not /)', () => {
    expect(pathOverlaps('/var/cache/yum/', '/var/cache/yum')).toBe(true);
    expect(pathOverlaps('/var/cache/yum/x86_64', '/var/cache/yum')).toBe(true);
    expect(pathOverlaps('/var/cache', '/var/cache/yum')).toBe(true);
    expect(pathOverlaps('/var/cache/yumx', '/var/cache/yum')).toBe(false);
    expect(pathOverlaps('/', '/var/cache/yum')).toBe(false);
  });

  it('lists a few distinct names', () => {
    expect(listNames(['a', 'b', 'a'])).toBe('`a`, `b`');
    expect(listNames(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('`a`, `b`, `c`, `d`, `e` and 2 more');
  });
});

describe('runsPosixShell', () => {
  const posix = (dockerfile: string) => onLastRun(dockerfile, (context, run) => runsPosixShell(context, run));

  it('is false for PowerShell and cmd, and for the default shell of a Windows stage', () => {
    expect(posix('FROM debian\nRUN x\n')).toBe(true);
    expect(posix('FROM debian\nSHELL ["powershell", "-Command"]\nRUN x\n')).toBe(false);
    expect(posix('FROM debian\nSHELL ["cmd.exe", "/c"]\nRUN x\n')).toBe(false);
    expect(posix('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS base\nFROM base\nRUN x\n')).toBe(false);
    expect(posix('FROM --platform=windows/amd64 example/tool\nRUN x\n')).toBe(false);
    expect(posix('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["C:\\\\bash.exe", "-c"]\nRUN x\n')).toBe(true);
  });
});
