import { describe, expect, it } from 'vitest';
import {
  fillsCache,
  hasRpmVersion,
  isClean,
  isInstall,
  isNonInteractive,
  removesCache,
  rpmCommands,
  zypperType,
  type RpmCommand,
} from '../../../src/engine/rules/helpers/rpm.js';
import { runInstructions, runShellCommands } from '../../../src/engine/rules/helpers/run-commands.js';
import { withRuleContext } from './with-context.js';

function inspect<T>(dockerfile: string, read: (commands: readonly RpmCommand[], removes: boolean[]) => T): T {
  return withRuleContext(dockerfile, (context) => {
    const run = runInstructions(context, { onbuild: true }).pop()!;
    const removes = runShellCommands(context, run).map((command) => removesCache(context, command, ['/var/cache/yum']));
    return read(rpmCommands(context, run, ['yum', 'dnf', 'microdnf', 'zypper']), removes);
  });
}

const commands = (script: string) => inspect(`FROM a\nRUN ${script}\n`, (found) => found);
const summary = (command: RpmCommand) => ({
  tool: command.tool,
  scope: command.scope,
  verb: command.verb?.value ?? null,
  operands: command.operands.map((word) => word.value),
});

describe('rpmCommands', () => {
  it('reads the subcommand after options, skipping option values', () => {
    expect(commands('yum -y --enablerepo epel --setopt=x=1 install -x foo a-1 -- b').map(summary)).toEqual([
      { tool: 'yum', scope: null, verb: 'install', operands: ['a-1', 'b'] },
    ]);
  });

  it('reads group and module subcommands', () => {
    expect(commands('dnf -y group install "Development Tools" && microdnf module install nodejs:18').map(summary)).toEqual([
      { tool: 'dnf', scope: 'group', verb: 'install', operands: ['Development Tools'] },
      { tool: 'microdnf', scope: 'module', verb: 'install', operands: ['nodejs:18'] },
    ]);
  });

  it('reads zypper global options before the subcommand and its own after it', () => {
    expect(commands('zypper -n --root /x -D /r install -D -t pattern --from oss devel_basis').map(summary)).toEqual([
      { tool: 'zypper', scope: null, verb: 'install', operands: ['devel_basis'] },
    ]);
    expect(commands('zypper -n in --type=pattern x').map(zypperType)).toEqual(['pattern']);
    expect(commands('zypper -n in -tpatch x').map(zypperType)).toEqual(['patch']);
    expect(commands('zypper -n in x').map(zypperType)).toEqual([null]);
  });

  it('ignores other programs and wrappers hadolint does not look through', () => {
    expect(commands('notyum install x; sudo yum install y; dnf5 install z')).toEqual([]);
  });
});

describe('subcommand classes', () => {
  const classes = (script: string) =>
    commands(script).map((command) => ({ install: isInstall(command), fills: fillsCache(command), clean: isClean(command), quiet: isNonInteractive(command) }));

  it('knows installs, cache-filling subcommands and cleans per tool', () => {
    expect(classes('yum -y localinstall a.rpm; yum update; yum clean all')).toEqual([
      { install: true, fills: true, clean: false, quiet: true },
      { install: false, fills: true, clean: false, quiet: false },
      { install: false, fills: false, clean: true, quiet: false },
    ]);
    expect(classes('dnf in -y a; dnf up-min; zypper -n in a; zypper cc; zypper --no-confirm dup')).toEqual([
      { install: true, fills: true, clean: false, quiet: true },
      { install: false, fills: true, clean: false, quiet: false },
      { install: true, fills: true, clean: false, quiet: true },
      { install: false, fills: false, clean: true, quiet: false },
      { install: false, fills: true, clean: false, quiet: true },
    ]);
  });

  it('does not take yum `in` or `--yes` for what they are not', () => {
    expect(classes('yum in a; yum --yes install b')).toEqual([
      { install: false, fills: false, clean: false, quiet: false },
      { install: true, fills: true, clean: false, quiet: false },
    ]);
  });
});

describe('removesCache', () => {
  const removes = (script: string) => inspect(`FROM a\nARG DIR=/var/cache/yum\nRUN ${script}\n`, (_found, flags) => flags);

  it('takes a recursive rm of the cache, its contents or a parent, and an unknown target', () => {
    expect(removes('rm -rf /var/cache/yum/*; rm -r "$DIR"; rm -fr /var/cache; rm -Rf $OTHER')).toEqual([true, true, true, true]);
  });

  it('does not take other paths or a non-recursive rm', () => {
    expect(removes('rm -rf /tmp/*; rm -f /var/cache/yum/x; echo /var/cache/yum')).toEqual([false, false, false]);
  });
});

describe('hasRpmVersion', () => {
  it.each([
    ['tomcat-9.0.1', true],
    ['openssl-1:1.1.1k', true],
    ['rpm-sign-4.16.1.3', true],
    ['gcc-c++-1.1.1', true],
    ['foo-1.2.3-4.el8.x86_64', true],
    ['foo-1.2-el', true],
    ['foo-1~rc1^git', true],
    ['./local-1.0.rpm', true],
    ['https://example.com/x.rpm', true],
    ['@development', true],
    ['tomcat', false],
    ['rpm-sign', false],
    ['python3.11', false],
    ['foo-v1', false],
    ['foo-1*', false],
    ['foo=1', false],
    ['foo:1', false],
  ])('%s → %s', (spec, expected) => {
    expect(hasRpmVersion(spec)).toBe(expected);
  });
});
