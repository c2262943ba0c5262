import {
  APT_ESTIMATE_LABEL,
  aptInstallEstimate,
  approximateAptBase,
  bookwormAptBase,
  formatBytes,
  recommendsSaving,
  type AptBaseFlavour,
  type AptPackageId,
} from '../../estimate/index.js';
import type { SemanticModel } from '../../model/index.js';
import type { Instruction } from '../../syntax/types.js';
import {
  addOptionFix,
  aptConfigValue,
  aptGetInstalls,
  commandHeadSpan,
  findInRun,
  hasOption,
  mayHideOptions,
  runsWithScripts,
  runWithScripts,
  stateBeforeEach,
  type RunWithScripts,
  type SubcommandInvocation,
} from '../helpers/packages.js';
import { instructionRootImage } from '../helpers/stage-facts.js';
import type { Rule, RuleContext, RuleDocs } from '../types.js';

const FALSE_VALUES = new Set(['0', 'false', 'no', 'off']);
/** An apt.conf line such as `APT::Install-Recommends "false";` written by an earlier step. */
const RECOMMENDS_OFF_IN_CONFIG = /Install-Recommends\s+"?(?:false|0|no|off)"?/i;

function skipsRecommends(invocation: SubcommandInvocation): boolean {
  const configured = aptConfigValue(invocation, 'APT::Install-Recommends');
  return hasOption(invocation, 'no-install-recommends') || (configured !== null && FALSE_VALUES.has(configured.toLowerCase()));
}

/** What earlier RUNs of the image did with apt. */
interface AptHistory {
  /** Packages already installed, so a later estimate does not count them again. */
  installed: readonly AptPackageId[];
  /** An apt.conf written earlier turns Recommends off for every later install. */
  recommendsOff: boolean;
}

const EMPTY_HISTORY: AptHistory = { installed: [], recommendsOff: false };

function historyBeforeEach(context: RuleContext): Map<Instruction, AptHistory> {
  return stateBeforeEach(context, EMPTY_HISTORY, (history, instruction) => {
    if (instruction.details.kind !== 'RUN') return history;
    let installed = history.installed;
    for (const { invocation } of findInRun(runWithScripts(context, instruction), aptGetInstalls)) {
      const recommends = !skipsRecommends(invocation);
      const added = aptInstallEstimate(packageNames([invocation]), { recommends, alreadyInstalled: installed }).added;
      if (added.length > 0) installed = [...installed, ...added];
    }
    const recommendsOff = history.recommendsOff || RECOMMENDS_OFF_IN_CONFIG.test(instruction.original);
    return installed === history.installed && recommendsOff === history.recommendsOff ? history : { installed, recommendsOff };
  });
}

/**
 * The base the stage's chain starts from, as the apt figures describe it: exactly for Debian
 * bookworm's minimal bases, roughly for those of current Debian and Ubuntu releases, and not at
 * all for full images that already ship compilers, older releases or other distributions, where
 * a figure could be off by hundreds of megabytes.
 */
function estimateBase(model: SemanticModel, instruction: Instruction): { flavour: AptBaseFlavour; label: string } | null {
  const image = instructionRootImage(model, instruction);
  if (image === null) return null;
  const exact = bookwormAptBase(image);
  if (exact !== null) return { flavour: exact, label: APT_ESTIMATE_LABEL.exact };
  const approximate = approximateAptBase(image);
  return approximate === null ? null : { flavour: approximate, label: APT_ESTIMATE_LABEL.rough };
}

function packageNames(invocations: readonly SubcommandInvocation[]): string[] {
  return invocations.flatMap((invocation) =>
    invocation.operands.filter((token) => !token.unknown && !token.text.startsWith('-')).map((token) => token.text),
  );
}

/**
 * `≈ 122 more packages, ≈ 383 MB (estimate, Debian bookworm)`, or null when the base is not one
 * the data describes or the data knows none of the names.
 */
function recommendsEstimate(
  context: RuleContext,
  run: RunWithScripts,
  installed: readonly AptPackageId[],
  offending: readonly SubcommandInvocation[],
): string | null {
  const base = estimateBase(context.model, run.instruction);
  if (base === null) return null;
  const saving = recommendsSaving(packageNames(offending), { base: base.flavour, alreadyInstalled: installed });
  if (saving.packages <= 0) return null;
  const packages = `≈ ${saving.packages} more package${saving.packages === 1 ? '' : 's'}`;
  return `${packages}, ${formatBytes(saving.bytes)} (${base.label})`;
}

export const rule: Rule = {
  meta: {
    code: 'DL3015',
    name: 'apt-get-install-recommends',
    severity: 'info',
    category: 'size',
    refs: ['hadolint:DL3015'],
    enabledByDefault: true,
    description: 'Pass `--no-install-recommends` to `apt-get install`.',
    fix: 'unsafe',
    messages: {
      recommends: 'Avoid additional packages by specifying `--no-install-recommends`',
      recommendsEstimate: 'Avoid additional packages by specifying `--no-install-recommends`: Recommends add {estimate}',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3015',
  },
  check(context) {
    let histories: Map<Instruction, AptHistory> | null = null;
    for (const run of runsWithScripts(context)) {
      const instruction = run.instruction;
      const offending = findInRun(run, aptGetInstalls).filter(
        ({ invocation }) => !skipsRecommends(invocation) && !mayHideOptions(invocation),
      );
      const first = offending[0];
      if (first === undefined) continue;
      histories ??= historyBeforeEach(context);
      const history = histories.get(instruction) ?? EMPTY_HISTORY;
      if (history.recommendsOff || RECOMMENDS_OFF_IN_CONFIG.test(instruction.original)) continue;
      const estimate = recommendsEstimate(context, run, history.installed, offending.map(({ invocation }) => invocation));
      context.report({
        messageId: estimate === null ? 'recommends' : 'recommendsEstimate',
        data: estimate === null ? {} : { estimate },
        instruction,
        at: commandHeadSpan(context, first.script, first.invocation),
        fixes: [addOptionFix(context, offending, '--no-install-recommends', 'unsafe')],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'By default apt also installs every package the requested ones merely recommend: documentation tools, compilers, ' +
    'GUI libraries. In an image these are dead weight and extra attack surface; `python3-pip` alone recommends a whole ' +
    'C toolchain. Install only what is needed and name the extras you really use.',
  examples: {
    bad: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y python3=3.11.2-1+b1 python3-pip=23.0.1+dfsg-1 && rm -rf /var/lib/apt/lists/*\n',
    ],
    good: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3=3.11.2-1+b1 && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get -o APT::Install-Recommends=false install -y python3=3.11.2-1+b1 && rm -rf /var/lib/apt/lists/*\n',
    ],
  },
};
