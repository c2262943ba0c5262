import { APT_ESTIMATE_LABEL, aptInstallEstimate, formatBytes, onBookworm } from '../../estimate/index.js';
import type { ShellWord, SimpleCommand } from '../../shell/index.js';
import type { Instruction } from '../../syntax/types.js';
import {
  aptInvocations,
  cacheMountTargets,
  findInRun,
  layerReachesImage,
  positionInRun,
  programName,
  runsWithScripts,
  scriptAppendPoint,
  tokensOf,
  wordSpan,
  type BuildEnv,
  type PackageScript,
  type RunWithScripts,
} from '../helpers/packages.js';
import { instructionRootImage } from '../helpers/stage-facts.js';
import type { Fix, Rule, RuleContext, RuleDocs } from '../types.js';

const LISTS = '/var/lib/apt/lists';
const CLEANUP = `rm -rf ${LISTS}/*`;
/** What `apt-get update` leaves in /var/lib/apt/lists on Debian bookworm (the bundled size data). */
const APT_LISTS_BYTES = aptInstallEstimate([], { recommends: false, keepsAptLists: true }).bytes;
/** Subcommands that neither read nor need the package lists. */
const WITHOUT_LISTS = new Set(['update', 'clean', 'autoclean', 'distclean', 'dist-clean']);

/** Paths whose removal deletes the lists: the lists themselves, their contents, or all of /var/lib/apt. */
function removesLists(path: string): boolean {
  return path.startsWith(LISTS) || /^\/var\/lib\/apt\/?\*?$/.test(path);
}

function cleansLists(command: SimpleCommand, env: BuildEnv): boolean {
  const name = programName(command);
  // The words are read only for the few programs that can clean: every command of every RUN comes here.
  const texts = () => command.words.slice(1).flatMap((word) => tokensOf(word, env)).map((token) => token.text);
  if (name === 'rm') return texts().some(removesLists);
  if (name === 'find') {
    const findArguments = texts();
    return findArguments.some(removesLists) && findArguments.some((text) => text === '-delete' || text === 'rm');
  }
  if (name !== 'apt-get' && name !== 'apt') return false;
  const subcommand = texts().find((text) => !text.startsWith('-'));
  return subcommand === 'distclean' || subcommand === 'dist-clean';
}

/** A cache or tmpfs mount keeps the lists out of the layer: on the lists, or on both apt directories. */
function listsOnMount(context: RuleContext, run: RunWithScripts): boolean {
  const targets = cacheMountTargets(context.model, run.instruction);
  return targets.includes(LISTS) || (targets.includes('/var/lib/apt') && targets.includes('/var/cache/apt'));
}

function updatesApt(run: RunWithScripts): boolean {
  const found = findInRun(run, (script, env) => aptInvocations(script, env));
  return found.some(({ invocation }) => invocation.subcommand?.text === 'update');
}

/** apt installs or queries something, which reads the package lists. */
function readsLists(run: RunWithScripts): boolean {
  const usesApt = findInRun(run, (script, env) => aptInvocations(script, env)).some(
    ({ invocation }) => !WITHOUT_LISTS.has(invocation.subcommand?.text ?? 'update'),
  );
  return usesApt || run.scripts.some(({ script }) => script.commands.some((command) => programName(command) === 'apt-cache'));
}

/** apt is used without an update of its own, so it needs the lists an earlier RUN left. */
function needsEarlierLists(run: RunWithScripts): boolean {
  return !updatesApt(run) && readsLists(run);
}

/** For each RUN, whether some later RUN needs lists it did not fetch: removing them would break that RUN. */
function laterRunsNeedLists(runs: readonly RunWithScripts[]): boolean[] {
  const needed = runs.map(() => false);
  let later = false;
  for (let index = runs.length - 1; index >= 0; index--) {
    needed[index] = later;
    later ||= needsEarlierLists(runs[index] as RunWithScripts);
  }
  return needed;
}

/** The lists' size is bookworm's archive: exact on a bookworm base, only indicative on others (Ubuntu's universe is bigger). */
function listsEstimateLabel(context: RuleContext, instruction: Instruction): string {
  const image = instructionRootImage(context.model, instruction);
  return image !== null && onBookworm(image) ? APT_ESTIMATE_LABEL.exact : APT_ESTIMATE_LABEL.rough;
}

export const rule: Rule = {
  meta: {
    code: 'DL3009',
    name: 'apt-lists-not-deleted',
    severity: 'info',
    category: 'size',
    refs: ['hadolint:DL3009'],
    enabledByDefault: true,
    description: 'Delete /var/lib/apt/lists in the same RUN as `apt-get update`.',
    fix: 'safe',
    messages: {
      keepsLists:
        'Delete the apt-get lists after installing something: end this RUN with `' +
        CLEANUP +
        '` (the lists add {size} to the layer; {estimate})',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3009',
  },
  check(context) {
    const runs = runsWithScripts(context);
    const laterNeedLists = laterRunsNeedLists(runs);
    runs.forEach((run, index) => {
      if (!layerReachesImage(context.model, run.instruction) || listsOnMount(context, run)) return;
      let update: { position: number; script: PackageScript; from: ShellWord; to: ShellWord } | null = null;
      let lastCleanup = -1;
      let lastAptScript: PackageScript | null = null;
      for (const [scriptIndex, script] of run.scripts.entries()) {
        for (const invocation of aptInvocations(script.script, run.env)) {
          lastAptScript = script;
          const subcommand = invocation.subcommand;
          if (subcommand?.text !== 'update') continue;
          update = { position: positionInRun(scriptIndex, invocation.command), script, from: invocation.program, to: subcommand.word };
        }
        for (const command of script.script.commands) {
          if (cleansLists(command, run.env)) lastCleanup = Math.max(lastCleanup, positionInRun(scriptIndex, command));
        }
      }
      if (update === null || lastCleanup > update.position) return;
      const fixes: Fix[] = [];
      const append = lastAptScript === null ? null : scriptAppendPoint(context, lastAptScript);
      // A RUN that only refreshes for a later one would refresh nothing: SS103's merge is the fix there.
      const refreshesForLater = laterNeedLists[index] === true && !readsLists(run);
      if (append !== null && !refreshesForLater) {
        fixes.push({
          title: `Append \`${CLEANUP}\` to the RUN`,
          safety: laterNeedLists[index] === true ? 'unsafe' : 'safe',
          edits: [{ start: append.offset, end: append.offset, text: `${append.separator}${CLEANUP}` }],
        });
      }
      context.report({
        messageId: 'keepsLists',
        data: { size: formatBytes(APT_LISTS_BYTES), estimate: listsEstimateLabel(context, run.instruction) },
        instruction: run.instruction,
        at: { start: wordSpan(context, update.script, update.from).start, end: wordSpan(context, update.script, update.to).end },
        fixes,
      });
    });
  },
};

export const docs: RuleDocs = {
  why:
    '`apt-get update` downloads package indexes that nothing in the running container needs. Files deleted in a later ' +
    'RUN still ship in the earlier layer, so the cleanup has to happen in the RUN that created them. Stages that ' +
    'never reach the final image, and RUNs with a cache mount on the lists, are not reported.',
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n'],
    good: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:bookworm-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n',
    ],
  },
};
