import type { SimpleCommand } from '../../shell/index.js';
import {
  addOptionFix,
  cacheMountTargets,
  commandHeadSpan,
  hasOption,
  mayHideOptions,
  pipInstalls,
  runsWithScripts,
} from '../helpers/packages.js';
import type { Rule, RuleDocs } from '../types.js';

const VARIABLE = 'PIP_NO_CACHE_DIR';
/** hadolint reads these as "the cache stays on"; any other value turns it off. */
const FALSY = new Set(['', '0', 'no', 'false', 'off']);

function disablesCache(value: string | undefined): boolean {
  return value !== undefined && !FALSY.has(value.toLowerCase());
}

/** `export PIP_NO_CACHE_DIR=1` sets it for the rest of the script. */
function exportedValue(command: SimpleCommand): string | undefined {
  if (command.words[0]?.value !== 'export') return undefined;
  const word = command.words.slice(1).find((candidate) => candidate.value.startsWith(`${VARIABLE}=`));
  return word?.value.slice(VARIABLE.length + 1);
}

/** What pip sees for PIP_NO_CACHE_DIR from the script: `PIP_NO_CACHE_DIR=1 pip …`, else the last earlier export. */
function valueInScript(commands: readonly SimpleCommand[], command: SimpleCommand): string | undefined {
  const inline = command.assignments.find((assignment) => assignment.name === VARIABLE);
  if (inline !== undefined) return inline.value?.value ?? '';
  let exported: string | undefined;
  for (const earlier of commands) {
    if (earlier.start >= command.start) break;
    exported = exportedValue(earlier) ?? exported;
  }
  return exported;
}

/** pip's cache lives in `~/.cache/pip` unless PIP_CACHE_DIR moves it. */
function coversPipCache(target: string, cacheDir: string | undefined): boolean {
  return /\/\.cache(?:\/pip)?$/.test(target) || target === cacheDir?.replace(/\/+$/, '');
}

export const rule: Rule = {
  meta: {
    code: 'DL3042',
    name: 'pip-cache-kept',
    severity: 'warning',
    category: 'size',
    refs: ['hadolint:DL3042'],
    enabledByDefault: true,
    description: 'Use `pip install --no-cache-dir` so downloaded wheels do not stay in the layer.',
    fix: 'safe',
    messages: { keepsCache: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3042',
  },
  check(context) {
    for (const run of runsWithScripts(context)) {
      if (disablesCache(run.env.get(VARIABLE))) continue;
      const offending = run.scripts.flatMap((script) => {
        const commands = script.script.commands;
        return pipInstalls(script.script, run.env)
          .filter((invocation) => invocation.tool === 'pip' && !hasOption(invocation, 'no-cache-dir') && !mayHideOptions(invocation))
          .filter(({ command }) => !disablesCache(valueInScript(commands, command)))
          .map((invocation) => ({ script, invocation }));
      });
      const first = offending[0];
      if (first === undefined) continue;
      const cacheDir = run.env.get('PIP_CACHE_DIR');
      if (cacheMountTargets(context.model, run.instruction).some((target) => coversPipCache(target, cacheDir))) continue;
      context.report({
        messageId: 'keepsCache',
        instruction: run.instruction,
        at: commandHeadSpan(context, first.script, first.invocation),
        fixes: [addOptionFix(context, offending, '--no-cache-dir', 'safe')],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'pip keeps every wheel and source archive it downloads in ~/.cache/pip, and in an image that cache is never used ' +
    'again but is shipped in the layer. `--no-cache-dir`, `PIP_NO_CACHE_DIR=1` or a BuildKit cache mount on the pip ' +
    'cache keep it out.',
  examples: {
    bad: ['FROM python:3.12-slim\nRUN pip install flask==3.0.3\n'],
    good: [
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
      'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n',
      'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n',
    ],
  },
};
