import { describe, expect, it } from 'vitest';
import { commandArgs, commandFlags, hasPipefail, parseShell, type SimpleCommand } from '../../src/engine/shell/index.js';

function onlyCommand(text: string): SimpleCommand {
  const { commands } = parseShell(text);
  expect(commands).toHaveLength(1);
  return commands[0]!;
}

describe('commandFlags', () => {
  const cases: { text: string; flags: [string, string][] }[] = [
    { text: 'apt-get install -yqq curl', flags: [['y', '-yqq'], ['q', '-yqq'], ['q', '-yqq']] },
    {
      text: 'apt-get install --no-install-recommends --target-release=bookworm-backports x',
      flags: [['no-install-recommends', '--no-install-recommends'], ['target-release', '--target-release=bookworm-backports']],
    },
    { text: 'pip install "--no-cache-dir" -r req.txt', flags: [['no-cache-dir', '"--no-cache-dir"'], ['r', '-r']] },
    { text: 'cat - file', flags: [] },
    { text: 'rm -f -- -weird-file', flags: [['f', '-f']] },
  ];

  it.each(cases)('$text', ({ text, flags }) => {
    expect(commandFlags(onlyCommand(text)).map((flag) => [flag.name, flag.word.raw])).toEqual(flags);
  });
});

describe('commandArgs', () => {
  const cases: { text: string; options?: Parameters<typeof commandArgs>[1]; args: string[] }[] = [
    { text: 'apt-get install -y curl=7.88 git', args: ['install', 'curl=7.88', 'git'] },
    { text: 'apt-get install -y curl=7.88 git', options: { after: 'install' }, args: ['curl=7.88', 'git'] },
    { text: 'apt-get -q -y install curl', options: { after: 'install' }, args: ['curl'] },
    {
      text: 'apt-get install -t bookworm-backports --target-release=x curl',
      options: { after: 'install', flagsWithValue: ['-t', '--target-release'] },
      args: ['curl'],
    },
    {
      text: 'apt-get -o Dpkg::Options::=--force-confold install vim',
      options: { after: 'install', flagsWithValue: ['-o'] },
      args: ['vim'],
    },
    { text: 'apt-get update', options: { after: 'install' }, args: [] },
    { text: 'rm -rf -- -dash-file other', args: ['-dash-file', 'other'] },
    { text: 'pip install "$PKG" ./local', options: { after: 'install' }, args: ['$PKG', './local'] },
  ];

  it.each(cases)('$text $options', ({ text, options, args }) => {
    expect(commandArgs(onlyCommand(text), options).map((word) => word.value)).toEqual(args);
  });
});

describe('hasPipefail', () => {
  const cases: { text: string; pipefail: boolean }[] = [
    { text: 'set -o pipefail && a | b', pipefail: true },
    { text: 'set -eo pipefail; a | b', pipefail: true },
    { text: 'set -euxo pipefail; a | b', pipefail: true },
    { text: 'set -o errexit -o pipefail; a | b', pipefail: true },
    { text: 'set -ex -o pipefail', pipefail: true },
    { text: 'set -o pipefail; set +o pipefail', pipefail: false },
    { text: 'set -e; a | b', pipefail: false },
    { text: 'set -o errexit pipefail', pipefail: false },
    { text: 'set -- -o pipefail', pipefail: false },
    { text: 'echo set -o pipefail', pipefail: false },
    { text: 'a | b', pipefail: false },
  ];

  it.each(cases)('$text', ({ text, pipefail }) => {
    expect(hasPipefail(parseShell(text))).toBe(pipefail);
  });
});
