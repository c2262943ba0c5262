import { parseImageReference, type ImageReference } from '../estimate/image-reference.js';
import type { Dockerfile, Flag, Instruction, Word } from '../syntax/types.js';
import { expandWord, type ExpandOptions, type ExpandResult } from './expand.js';
import { ScopeMap, ScopeSet } from './scope.js';

/**
 * The semantic model: build stages, the stage graph, and ARG/ENV scopes with BuildKit's
 * expansion rules (conformance/buildkit/notes.md §4.3).
 */

export interface ModelOptions {
  /** `--build-arg` values. They override declared ARGs only; they never define new names. */
  buildArgs?: Readonly<Record<string, string>>;
  /** The platform assumed for BUILDPLATFORM/TARGETPLATFORM and friends. */
  platform?: string;
}

/** The variables BuildKit predefines for FROM and for stages that re-declare them. */
export function predefinedArgs(platform = 'linux/amd64'): Map<string, string> {
  const [os = 'linux', arch = 'amd64', variant = ''] = platform.split('/');
  const values = new Map<string, string>();
  for (const prefix of ['BUILD', 'TARGET']) {
    values.set(`${prefix}PLATFORM`, platform);
    values.set(`${prefix}OS`, os);
    values.set(`${prefix}ARCH`, arch);
    values.set(`${prefix}VARIANT`, variant);
  }
  return values;
}

export const PREDEFINED_ARG_NAMES: ReadonlySet<string> = new Set([
  ...predefinedArgs().keys(),
  'BUILDOSVERSION',
  'TARGETOSVERSION',
  'TARGETSTAGE',
]);

export type BaseReference =
  | { kind: 'stage'; stage: number; raw: string; expanded: string }
  | { kind: 'scratch'; raw: string; expanded: string }
  | {
      kind: 'image';
      raw: string;
      expanded: string;
      /** Variables used in the reference that have no value: the image is not known statically. */
      unresolved: string[];
      /** The parsed reference, or null when unresolved or invalid. */
      reference: ImageReference | null;
    };

export interface Stage {
  index: number;
  /** The stage name as BuildKit keys it (lowercased), or null. */
  name: string | null;
  from: Instruction;
  base: BaseReference;
  /** `--platform` as written and expanded, or null. */
  platform: { raw: string; expanded: string } | null;
  /** The instructions after FROM, up to the next FROM. */
  instructions: Instruction[];
  /** The stage this one is built FROM, if any. */
  parent: number | null;
}

export type StageEdgeKind = 'from' | 'copy' | 'mount';

/** `dependency` is used by `dependent` through FROM, `COPY --from` or `RUN --mount=from=`. */
export interface StageEdge {
  dependency: number;
  dependent: number;
  kind: StageEdgeKind;
  instruction: Instruction;
}

/** `COPY --from` or `--mount from=` naming an image rather than a stage. */
export interface ExternalSource {
  stage: number | null;
  image: string;
  kind: 'copy' | 'mount';
  instruction: Instruction;
  flag: Flag;
}

/** What holds just before an instruction runs. */
export interface InstructionContext {
  /** Index of the stage, or null before the first FROM. */
  stage: number | null;
  /** ENV and ARG values visible to BuildKit's own expansion. */
  env: ReadonlyMap<string, string>;
  /** ARG names declared in scope, with or without a value. */
  declaredArgs: ReadonlySet<string>;
  /** Names set by ENV in this stage or its parent stages (as opposed to ARG). */
  envNames: ReadonlySet<string>;
  /** The SHELL in effect (default `/bin/sh -c`). */
  shell: readonly string[];
  /** The working directory set by WORKDIR in this stage chain, expanded, or null. */
  workdir: string | null;
  /** The USER set in this stage chain, expanded, or null (the base image's user). */
  user: string | null;
}

export interface GlobalArg {
  name: string;
  /** Build-arg override, else the expanded default, else undefined (declared without value). */
  value: string | undefined;
  instruction: Instruction;
}

export interface SemanticModel {
  globalArgs: GlobalArg[];
  stages: Stage[];
  edges: StageEdge[];
  externalSources: ExternalSource[];
  /** Instructions before the first FROM other than ARG (BuildKit rejects them; hadolint lints them). */
  preamble: Instruction[];
  /** Stages that contribute to the last stage (the default build target), including it. */
  reachableFromLast: ReadonlySet<number>;
  escapeChar: '\\' | '`';
  contextOf(instruction: Instruction): InstructionContext;
  /** Expands a word with BuildKit's rules in the scope just before `instruction`. */
  expand(instruction: Instruction, word: string, options?: ExpandOptions): ExpandResult;
  /** The stage a `--from` value names (by name or index, counting only earlier stages), or null. */
  resolveStage(reference: string, before: number): number | null;
}

const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

/** A context as the model builds it: the scopes are persistent, so each instruction's costs only what it adds. */
interface Scope extends InstructionContext {
  env: ScopeMap<string>;
  declaredArgs: ScopeSet;
  envNames: ScopeSet;
}

function emptyScope(stage: number | null): Scope {
  return {
    stage,
    env: ScopeMap.empty(),
    declaredArgs: ScopeSet.empty(),
    envNames: ScopeSet.empty(),
    shell: DEFAULT_SHELL,
    workdir: null,
    user: null,
  };
}

/** BuildKit's quote removal for a single value (ENV/ARG defaults are expanded words). */
function expandIn(env: ReadonlyMap<string, string>, word: string, escapeChar: '\\' | '`'): ExpandResult {
  return expandWord(word, env, { escapeChar });
}

export function buildModel(dockerfile: Dockerfile, options: ModelOptions = {}): SemanticModel {
  const buildArgs = options.buildArgs ?? {};
  const escapeChar = dockerfile.escapeChar;
  const predefined = predefinedArgs(options.platform);
  const contexts = new Map<Instruction, InstructionContext>();
  const stages: Stage[] = [];
  const edges: StageEdge[] = [];
  const externalSources: ExternalSource[] = [];
  const preamble: Instruction[] = [];
  const globalArgs: GlobalArg[] = [];

  // Global scope: predefined args plus global ARGs, visible to FROM only.
  const globalEnv = new Map(predefined);
  const globalValues = new Map<string, string | undefined>();
  const stageNames = new Map<string, number>();
  const preambleContext = emptyScope(null);

  const resolveStage = (reference: string, before: number): number | null => {
    const named = stageNames.get(reference.toLowerCase());
    if (named !== undefined && named < before) return named;
    if (/^\d+$/.test(reference)) {
      const index = Number(reference);
      if (index < before) return index;
    }
    return null;
  };

  let current: Scope = preambleContext;
  let stage: Stage | null = null;
  const finalContexts: Scope[] = [];

  for (const instruction of dockerfile.instructions) {
    const details = instruction.details;
    if (details.kind === 'FROM') {
      if (stage !== null) finalContexts[stage.index] = current;
      stage = startStage(instruction, details.image, details.stageName);
      stages.push(stage);
      current = stageContext(stage);
      contexts.set(instruction, { ...current, env: globalEnv, declaredArgs: new Set(globalValues.keys()) });
      continue;
    }
    contexts.set(instruction, current);
    if (stage === null) {
      if (details.kind === 'ARG') {
        for (const arg of details.args) {
          const name = arg.name.raw;
          const override = Object.hasOwn(buildArgs, name) ? buildArgs[name] : undefined;
          const fallback = arg.defaultValue === null ? undefined : expandIn(globalEnv, arg.defaultValue.raw, escapeChar).value;
          const value = override ?? fallback;
          globalValues.set(name, value);
          if (value !== undefined) globalEnv.set(name, value);
          globalArgs.push({ name, value, instruction });
        }
      } else {
        preamble.push(instruction);
      }
      continue;
    }
    stage.instructions.push(instruction);
    current = afterInstruction(current, instruction, stage.index);
  }
  if (stage !== null) finalContexts[stage.index] = current;

  function startStage(from: Instruction, image: Word | null, nameWord: Word | null): Stage {
    const index = stages.length;
    const raw = image?.raw ?? '';
    const expansion = expandIn(globalEnv, raw, escapeChar);
    const expanded = expansion.value;
    const platformFlag = from.flags.find((flag) => flag.name === 'platform');
    const platform =
      platformFlag?.value == null
        ? null
        : { raw: platformFlag.value, expanded: expandIn(globalEnv, platformFlag.value, escapeChar).value };
    const parentStage = stageNames.get(expanded.toLowerCase());
    let base: BaseReference;
    if (parentStage !== undefined) base = { kind: 'stage', stage: parentStage, raw, expanded };
    else if (expanded.toLowerCase() === 'scratch') base = { kind: 'scratch', raw, expanded };
    else {
      const unresolved = expansion.unmatched.filter((name) => /^[A-Za-z_]/.test(name));
      base = {
        kind: 'image',
        raw,
        expanded,
        unresolved,
        reference: unresolved.length > 0 || expansion.error !== null ? null : parseImageReference(expanded),
      };
    }
    const name = nameWord === null ? null : nameWord.raw.toLowerCase();
    if (name !== null && !stageNames.has(name)) stageNames.set(name, index);
    if (base.kind === 'stage') edges.push({ dependency: base.stage, dependent: index, kind: 'from', instruction: from });
    return { index, name, from, base, platform, instructions: [], parent: base.kind === 'stage' ? base.stage : null };
  }

  function stageContext(newStage: Stage): Scope {
    if (newStage.parent !== null) {
      const inherited = finalContexts[newStage.parent];
      if (inherited !== undefined) return { ...inherited, stage: newStage.index };
    }
    return emptyScope(newStage.index);
  }

  function afterInstruction(before: Scope, instruction: Instruction, stageIndex: number): Scope {
    const details = instruction.details;
    switch (details.kind) {
      case 'ARG': {
        let env = before.env;
        let declared = before.declaredArgs;
        for (const arg of details.args) {
          const name = arg.name.raw;
          declared = declared.with([name]);
          const override = Object.hasOwn(buildArgs, name) ? buildArgs[name] : undefined;
          let value: string | undefined;
          if (arg.defaultValue !== null) value = override ?? expandIn(env, arg.defaultValue.raw, escapeChar).value;
          else if (globalValues.has(name)) value = globalValues.get(name);
          else if (predefined.has(name)) value = override ?? predefined.get(name);
          else value = override;
          // A declaration without any value leaves the name unset (or as an earlier ENV set it).
          if (value !== undefined) env = env.with([[name, value]]);
        }
        return { ...before, env, declaredArgs: declared };
      }
      case 'ENV': {
        // All pairs of one ENV see the environment as it was before the instruction.
        const pairs = details.pairs.map((pair): [string, string] => [
          expandIn(before.env, pair.key.raw, escapeChar).value,
          pair.value === null ? '' : expandIn(before.env, pair.value.raw, escapeChar).value,
        ]);
        return { ...before, env: before.env.with(pairs), envNames: before.envNames.with(pairs.map(([key]) => key)) };
      }
      case 'SHELL':
        return details.args === null ? before : { ...before, shell: details.args.map((arg) => arg.value) };
      case 'WORKDIR': {
        if (details.value === null) return before;
        const path = expandIn(before.env, details.value.raw, escapeChar).value;
        const workdir = path.startsWith('/') || before.workdir === null ? path : `${before.workdir.replace(/\/$/, '')}/${path}`;
        return { ...before, workdir };
      }
      case 'USER':
        return details.value === null ? before : { ...before, user: expandIn(before.env, details.value.raw, escapeChar).value };
      case 'COPY':
      case 'ADD':
        for (const flag of instruction.flags) {
          if (flag.name !== 'from' || flag.value === null) continue;
          recordSource(flag, flag.value, 'copy', instruction, stageIndex);
        }
        return before;
      case 'RUN':
        for (const flag of instruction.flags) {
          if (flag.name !== 'mount') continue;
          const from = flag.options?.find((option) => option.key === 'from')?.value;
          if (from != null) recordSource(flag, from, 'mount', instruction, stageIndex);
        }
        return before;
      default:
        return before;
    }
  }

  function recordSource(flag: Flag, reference: string, kind: 'copy' | 'mount', instruction: Instruction, stageIndex: number): void {
    const dependency = resolveStage(reference, stageIndex);
    if (dependency !== null) edges.push({ dependency, dependent: stageIndex, kind, instruction });
    else externalSources.push({ stage: stageIndex, image: reference, kind, instruction, flag });
  }

  const dependencies = new Map<number, number[]>();
  for (const edge of edges) {
    const list = dependencies.get(edge.dependent);
    if (list === undefined) dependencies.set(edge.dependent, [edge.dependency]);
    else list.push(edge.dependency);
  }
  const reachableFromLast = new Set<number>();
  if (stages.length > 0) {
    const pending = [stages.length - 1];
    while (pending.length > 0) {
      const index = pending.pop() as number;
      if (reachableFromLast.has(index)) continue;
      reachableFromLast.add(index);
      for (const dependency of dependencies.get(index) ?? []) pending.push(dependency);
    }
  }

  return {
    globalArgs,
    stages,
    edges,
    externalSources,
    preamble,
    reachableFromLast,
    escapeChar,
    contextOf: (instruction) => contexts.get(instruction) ?? contexts.get(instruction.parent as Instruction) ?? preambleContext,
    expand: (instruction, word, expandOptions) => {
      const context = contexts.get(instruction) ?? contexts.get(instruction.parent as Instruction) ?? preambleContext;
      return expandWord(word, context.env, { escapeChar, ...expandOptions });
    },
    resolveStage,
  };
}
