import { aptInvocations, findInRun, replaceWord, runsWithScripts, wordSpan } from '../helpers/packages.js';
import type { Fix, Rule, RuleDocs, TextEdit } from '../types.js';

/** What each `apt` subcommand is in the script-stable tools; `upgrade` differs (apt also installs new dependencies). */
const REPLACEMENTS: ReadonlyMap<string, { program: string; subcommand?: string[]; safe: boolean }> = new Map([
  ['update', { program: 'apt-get', safe: true }],
  ['install', { program: 'apt-get', safe: true }],
  ['reinstall', { program: 'apt-get', subcommand: ['install', '--reinstall'], safe: true }],
  ['remove', { program: 'apt-get', safe: true }],
  ['purge', { program: 'apt-get', safe: true }],
  ['autoremove', { program: 'apt-get', safe: true }],
  ['clean', { program: 'apt-get', safe: true }],
  ['autoclean', { program: 'apt-get', safe: true }],
  ['build-dep', { program: 'apt-get', safe: true }],
  ['source', { program: 'apt-get', safe: true }],
  ['download', { program: 'apt-get', safe: true }],
  ['satisfy', { program: 'apt-get', safe: true }],
  ['dist-upgrade', { program: 'apt-get', safe: true }],
  ['full-upgrade', { program: 'apt-get', subcommand: ['dist-upgrade'], safe: true }],
  ['upgrade', { program: 'apt-get', safe: false }],
  ['search', { program: 'apt-cache', safe: true }],
  ['show', { program: 'apt-cache', safe: true }],
  ['policy', { program: 'apt-cache', safe: true }],
  ['depends', { program: 'apt-cache', safe: true }],
  ['rdepends', { program: 'apt-cache', safe: true }],
  ['showsrc', { program: 'apt-cache', safe: true }],
]);

export const rule: Rule = {
  meta: {
    code: 'DL3027',
    name: 'apt-in-scripts',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3027'],
    enabledByDefault: true,
    description: 'Use apt-get or apt-cache instead of apt in a RUN.',
    fix: 'safe',
    messages: { apt: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3027',
  },
  check(context) {
    for (const run of runsWithScripts(context)) {
      const found = findInRun(run, (script, env) => aptInvocations(script, env, ['apt']));
      const first = found[0];
      if (first === undefined) continue;
      const edits: TextEdit[] = [];
      let safe = true;
      let complete = true;
      for (const { script, invocation } of found) {
        const replacement = REPLACEMENTS.get(invocation.subcommand?.text ?? '');
        if (replacement === undefined || invocation.subcommand === null || invocation.subcommand.word.dynamic) {
          complete = false;
          continue;
        }
        safe &&= replacement.safe;
        edits.push(replaceWord(context, script, invocation.program, [invocation.program.value.replace(/apt$/, replacement.program)]));
        if (replacement.subcommand === undefined) continue;
        edits.push(replaceWord(context, script, invocation.subcommand.word, replacement.subcommand));
      }
      const fixes: Fix[] =
        complete && edits.length > 0 ? [{ title: 'Use apt-get / apt-cache', safety: safe ? 'safe' : 'unsafe', edits }] : [];
      const at = wordSpan(context, first.script, first.invocation.program);
      context.report({ messageId: 'apt', instruction: run.instruction, at, fixes });
    }
  },
};

export const docs: RuleDocs = {
  why:
    '`apt` is the interactive front end: its output and behaviour may change between releases, and it warns that its ' +
    'command line interface is not stable for scripts. `apt-get` and `apt-cache` do the same jobs with a stable interface.',
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN apt update && apt install -y --no-install-recommends curl\n'],
    good: ['FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n'],
  },
};
