/**
 * What BuildKit's Dockerfile frontend sees while it converts a Dockerfile the way
 * `docker build --check` does: the meta ARGs that FROM lines expand with, and, for every stage in
 * file order, each command it dispatches with the state just before it (the environment its own
 * expansion uses, the ARGs declared so far, whether SHELL or WORKDIR were set in the stage chain).
 * A stage built FROM an earlier stage starts from that stage's final state and, when the last
 * stage depends on it, first replays the parent's ONBUILD triggers, as BuildKit does. Base images
 * contribute nothing but the default PATH: their ENV, SHELL and WORKDIR are unknown without a
 * registry (BuildKit with an empty image config agrees).
 */
import {
  expandWord,
  expandWords,
  findVariableReferences,
  ScopeMap,
  ScopeSet,
  type ExpandEnv,
  type ExpandOptions,
  type ExpandResult,
  type ExpandWordsResult,
} from '../../model/index.js';
import type { SemanticModel, Stage } from '../../model/index.js';
import type { Flag, Instruction, JsonString, Word } from '../../syntax/types.js';
import type { RuleContext } from '../types.js';
import { parsePlatform } from './buildkit-platform.js';

/** BuildKit's default PATH for Linux stages (`system.DefaultPathEnv`). */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The platform BuildKit's predefined ARGs describe: a linux/amd64 builder, as the BuildKit oracle pins too. */
const BUILDER_PLATFORM = { os: 'linux', architecture: 'amd64', variant: '', text: 'linux/amd64' };

/** Build args BuildKit reads itself: never put in the environment, never reported as undefined. */
export const NON_ENV_ARGS: ReadonlySet<string> = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

const NO_ENTRIES: ReadonlyMap<string, string> = new Map();

/**
 * An environment that keeps BuildKit's key order: by the time of each key's last assignment,
 * which decides ties between "did you mean" candidates. Persistent, like the model's scopes.
 */
export class OrderedEnv implements ExpandEnv {
  private constructor(
    /** Entries assigned first, all at once; a constant many environments share, so never changed. */
    private readonly base: ReadonlyMap<string, string>,
    /** The assignments made after `base`. */
    private readonly values: ScopeMap<string>,
  ) {}

  /** `entries` assigned one after another on top of `base`. */
  static of(entries: Iterable<[string, string]> = [], base: ReadonlyMap<string, string> = NO_ENTRIES): OrderedEnv {
    return new OrderedEnv(base, ScopeMap.emptyInLastSetOrder<string>().with(entries));
  }

  get(name: string): string | undefined {
    return this.values.get(name) ?? this.base.get(name);
  }

  /** The keys of `base` not assigned again keep its order, ahead of every later assignment. */
  *keys(): IterableIterator<string> {
    for (const key of this.base.keys()) if (!this.values.has(key)) yield key;
    yield* this.values.keys();
  }

  with(name: string, value: string): OrderedEnv {
    return new OrderedEnv(this.base, this.values.with([[name, value]]));
  }
}

export interface GlobalScope {
  /** The predefined platform ARGs and the global ARGs that have a value, after `--build-arg`. */
  env: OrderedEnv;
  /** The same built from the global ARG defaults only, or null when one of them fails to expand. */
  defaultsEnv: OrderedEnv | null;
  /** Names a FROM may use without UndefinedArgInFrom: every global ARG and every predefined ARG. */
  known: string[];
}

export interface DispatchStep {
  stage: Stage;
  /** The command: an instruction of the stage, or an ONBUILD trigger of its parent stage replayed first. */
  instruction: Instruction;
  /** The instruction BuildKit reports a replayed trigger on: the FROM of the stage that replays it. */
  reportOn: Instruction;
  /** The environment BuildKit expands this command's words with. */
  env: OrderedEnv;
  /** ARG names declared in the stage chain so far, with or without a value. */
  declaredArgs: ReadonlySet<string>;
  /** A SHELL instruction ran earlier in the stage chain. */
  shellSet: boolean;
  /** A WORKDIR instruction ran earlier in the stage chain. */
  workdirSet: boolean;
  /** The operating system of the stage's platform. */
  os: string;
  /** For an ARG: the scope each declaration's default is expanded in (earlier ones of the same ARG count). */
  argScopes: ArgScope[];
}

export interface ArgScope {
  env: OrderedEnv;
  declaredArgs: ReadonlySet<string>;
  /** A `--build-arg` gives the value, so BuildKit does not expand the default at all. */
  fromBuildArg: boolean;
}

export interface DispatchedStage {
  stage: Stage;
  steps: DispatchStep[];
}

interface StageState {
  env: OrderedEnv;
  declaredArgs: ScopeSet;
  shellSet: boolean;
  workdirSet: boolean;
  os: string;
}

const scopes = new WeakMap<SemanticModel, GlobalScope>();
const dispatches = new WeakMap<SemanticModel, DispatchedStage[]>();

/** The platform ARGs BuildKit predefines and their values for the builder platform, in BuildKit's order (TARGETSTAGE follows them). */
const PLATFORM_ARGS: readonly (readonly [string, string])[] = ['BUILD', 'TARGET'].flatMap((prefix) => [
  [`${prefix}PLATFORM`, BUILDER_PLATFORM.text] as const,
  [`${prefix}OS`, BUILDER_PLATFORM.os] as const,
  [`${prefix}OSVERSION`, ''] as const,
  [`${prefix}ARCH`, BUILDER_PLATFORM.architecture] as const,
  [`${prefix}VARIANT`, BUILDER_PLATFORM.variant] as const,
]);

/** The names `predefinedArgs` sets, in the order its environment lists them. */
const PREDEFINED_ARG_NAMES: readonly string[] = [...PLATFORM_ARGS.map(([name]) => name), 'TARGETSTAGE'];

const PLATFORM_ARG_DEFAULTS: ReadonlyMap<string, string> = new Map(PLATFORM_ARGS);

function predefinedArgs(buildArgs: Readonly<Record<string, string>>, targetStage: string): OrderedEnv {
  const targetStageArg: [string, string] = ['TARGETSTAGE', Object.hasOwn(buildArgs, 'TARGETSTAGE') ? (buildArgs.TARGETSTAGE as string) : targetStage];
  // Usually no build arg replaces a platform ARG: every analysis then shares the defaults instead of copying them.
  if (!PLATFORM_ARGS.some(([name]) => Object.hasOwn(buildArgs, name))) return OrderedEnv.of([targetStageArg], PLATFORM_ARG_DEFAULTS);
  const entries: [string, string][] = [];
  for (const [name, value] of PLATFORM_ARGS) entries.push([name, Object.hasOwn(buildArgs, name) ? (buildArgs[name] as string) : value]);
  entries.push(targetStageArg);
  return OrderedEnv.of(entries);
}

/** The global ARG declarations (before the first FROM), in order. */
function globalArgInstructions(context: RuleContext): Instruction[] {
  const globals: Instruction[] = [];
  for (const instruction of context.syntax.instructions) {
    if (instruction.name === 'FROM') break;
    if (instruction.details.kind === 'ARG') globals.push(instruction);
  }
  return globals;
}

/** BuildKit's `buildMetaArgs`: null when a default fails to expand (BuildKit stops there). */
function metaArgs(
  context: RuleContext,
  predefined: OrderedEnv,
  buildArgs: Readonly<Record<string, string>>,
): OrderedEnv | null {
  let env = predefined;
  for (const instruction of globalArgInstructions(context)) {
    if (instruction.details.kind !== 'ARG') continue;
    for (const arg of instruction.details.args) {
      const name = arg.name.raw;
      let value: string | undefined;
      if (Object.hasOwn(buildArgs, name)) value = buildArgs[name];
      else if (arg.defaultValue !== null) {
        const expansion = expandWord(arg.defaultValue.raw, env, { escapeChar: context.model.escapeChar });
        if (expansion.error !== null) return null;
        value = expansion.value;
      }
      if (value !== undefined) env = env.with(name, value);
    }
  }
  return env;
}

export function globalScope(context: RuleContext): GlobalScope {
  const cached = scopes.get(context.model);
  if (cached !== undefined) return cached;
  const stages = context.model.stages;
  const target = stages[stages.length - 1]?.name ?? null;
  const predefined = predefinedArgs(context.buildArgs, target === null || target === '' ? 'default' : target);
  const withBuildArgs = metaArgs(context, predefined, context.buildArgs);
  // Without build args both environments come from the defaults alone: build them once.
  const defaultsEnv = Object.keys(context.buildArgs).length === 0 ? withBuildArgs : metaArgs(context, predefined, {});
  const known = new Set(PREDEFINED_ARG_NAMES);
  for (const instruction of globalArgInstructions(context)) {
    if (instruction.details.kind !== 'ARG') continue;
    for (const arg of instruction.details.args) known.add(arg.name.raw);
  }
  const scope: GlobalScope = { env: withBuildArgs ?? predefined, defaultsEnv, known: [...known] };
  scopes.set(context.model, scope);
  return scope;
}

/** A stage's `FROM --platform=…` flag and its value expanded with the global scope, as BuildKit reads it. */
export interface FromPlatform {
  stage: Stage;
  flag: Flag;
  /** The value as written. */
  value: string;
  expansion: ExpandResult;
}

/** Every FROM that has a `--platform` value, expanded. */
export function fromPlatforms(context: RuleContext): FromPlatform[] {
  const env = globalScope(context).env;
  const found: FromPlatform[] = [];
  for (const stage of context.model.stages) {
    const flag = stage.from.flags.find((candidate) => candidate.name === 'platform');
    if (flag?.value == null) continue;
    found.push({ stage, flag, value: flag.value, expansion: expandWord(flag.value, env, { escapeChar: context.model.escapeChar }) });
  }
  return found;
}

/** The operating system a stage built from an image runs: its constant or ARG-given `--platform`, else the builder's. */
function stageOs(context: RuleContext, stage: Stage): string {
  if (stage.platform === null) return BUILDER_PLATFORM.os;
  const expanded = expandWord(stage.platform.raw, globalScope(context).env, { escapeChar: context.model.escapeChar });
  return parsePlatform(expanded.value)?.os ?? BUILDER_PLATFORM.os;
}

/** What a Linux base image's environment holds before the Dockerfile sets anything. */
const LINUX_IMAGE_ENV: ReadonlyMap<string, string> = new Map([['PATH', DEFAULT_PATH]]);

function imageState(os: string): StageState {
  const env = os === 'windows' ? OrderedEnv.of() : OrderedEnv.of([], LINUX_IMAGE_ENV);
  return { env, declaredArgs: ScopeSet.empty(), shellSet: false, workdirSet: false, os };
}

/** A word's expansion; words without variables, quotes or escapes are taken as they are. */
function expandValue(raw: string, env: OrderedEnv, escapeChar: '\\' | '`'): string {
  if (!/[$'"\uFEFF]/.test(raw) && !raw.includes(escapeChar)) return raw;
  return expandWord(raw, env, { escapeChar }).value;
}

/** The state after BuildKit dispatches `instruction`; `argScopes` collects an ARG's per-declaration scopes. */
function afterCommand(context: RuleContext, state: StageState, instruction: Instruction, argScopes: ArgScope[]): StageState {
  const details = instruction.details;
  const escapeChar = context.model.escapeChar;
  switch (details.kind) {
    case 'ENV': {
      let env = state.env;
      for (const pair of details.pairs) {
        const key = expandValue(pair.key.raw, state.env, escapeChar);
        const value = pair.value === null ? '' : expandValue(pair.value.raw, state.env, escapeChar);
        env = env.with(key, value);
      }
      return { ...state, env };
    }
    case 'ARG': {
      let env = state.env;
      let declaredArgs = state.declaredArgs;
      const globals = globalScope(context).env;
      for (const arg of details.args) {
        const name = arg.name.raw;
        const fromBuildArg = Object.hasOwn(context.buildArgs, name);
        argScopes.push({ env, declaredArgs, fromBuildArg });
        let value: string | undefined;
        if (fromBuildArg) value = context.buildArgs[name];
        else if (arg.defaultValue !== null) value = expandValue(arg.defaultValue.raw, env, escapeChar);
        else value = globals.get(name);
        if (value !== undefined && !NON_ENV_ARGS.has(name)) env = env.with(name, value);
        declaredArgs = declaredArgs.with([name]);
      }
      return { ...state, env, declaredArgs };
    }
    case 'SHELL':
      return details.args === null ? state : { ...state, shellSet: true };
    case 'WORKDIR':
      return details.value === null ? state : { ...state, workdirSet: true };
    default:
      return state;
  }
}

/** Every stage as BuildKit dispatches it under `--check` (all stages, in file order). */
export function dispatchedStages(context: RuleContext): DispatchedStage[] {
  const cached = dispatches.get(context.model);
  if (cached !== undefined) return cached;
  const finalStates: StageState[] = [];
  const result: DispatchedStage[] = [];
  for (const stage of context.model.stages) {
    const parentState = stage.parent === null ? undefined : finalStates[stage.parent];
    let state = parentState ?? imageState(stageOs(context, stage));
    const commands: { instruction: Instruction; reportOn: Instruction }[] = [];
    // BuildKit sets up ONBUILD triggers only for stages the target (the last stage) needs.
    if (parentState !== undefined && stage.parent !== null && context.model.reachableFromLast.has(stage.index)) {
      for (const parentInstruction of context.model.stages[stage.parent]?.instructions ?? []) {
        const details = parentInstruction.details;
        if (details.kind === 'ONBUILD' && details.trigger !== null) commands.push({ instruction: details.trigger, reportOn: stage.from });
      }
    }
    for (const instruction of stage.instructions) commands.push({ instruction, reportOn: instruction });
    const steps: DispatchStep[] = [];
    for (const { instruction, reportOn } of commands) {
      if (instruction.name === null) continue;
      const argScopes: ArgScope[] = [];
      const after = afterCommand(context, state, instruction, argScopes);
      // The fields of `state` are copied one by one: a spread followed by more properties leaves V8's fast path.
      const { env, declaredArgs, shellSet, workdirSet, os } = state;
      steps.push({ stage, instruction, reportOn, env, declaredArgs, shellSet, workdirSet, os, argScopes });
      state = after;
    }
    finalStates[stage.index] = state;
    result.push({ stage, steps });
  }
  dispatches.set(context.model, result);
  return result;
}

/** Expands a word of a dispatched command the way BuildKit does for it. */
export function expandInStep(context: RuleContext, step: DispatchStep, word: string): ExpandResult {
  return expandWord(word, step.env, { escapeChar: context.model.escapeChar });
}

/**
 * Source offsets of `text` when it is written verbatim at [start, end) (a word that crosses a line
 * continuation, or a JSON string with escapes, is not), so positions inside it map one to one.
 */
export function verbatimStart(context: RuleContext, text: string, start: number, end: number): number | null {
  return end - start === text.length && context.syntax.text.slice(start, end) === text ? start : null;
}

/** Where a word's text (a JSON string's decoded value) starts in the source, when it maps character by character. */
export function wordTextStart(context: RuleContext, word: Word | JsonString): number | null {
  if ('value' in word) return verbatimStart(context, word.value, word.start + 1, word.end - 1);
  return verbatimStart(context, word.raw, word.start, word.end);
}

/** The source span of the first reference to `name` in a word, or the whole word when it cannot be mapped. */
export function referenceSpan(
  context: RuleContext,
  text: string,
  textStart: number | null,
  whole: { start: number; end: number },
  name: string,
  options: ExpandOptions = {},
): { start: number; end: number } {
  if (textStart === null) return whole;
  const reference = findVariableReferences(text, { escapeChar: context.model.escapeChar, ...options }).find(
    (candidate) => candidate.name === name,
  );
  return reference === undefined ? whole : { start: textStart + reference.start, end: textStart + reference.end };
}

/** A FROM's arguments after its flags, as BuildKit lists them: image, then `AS` and the name. */
export function fromArguments(instruction: Instruction): Word[] {
  const details = instruction.details;
  if (details.kind !== 'FROM') return [];
  return [details.image, details.asKeyword, details.stageName, ...details.extra].filter((word): word is Word => word !== null);
}

/** The stage name BuildKit registers (lowercased), only for the valid `FROM image AS name` form. */
export function declaredStageName(instruction: Instruction): Word | null {
  const details = instruction.details;
  if (details.kind !== 'FROM' || details.extra.length > 0) return null;
  return details.stageName;
}

/** Expands and splits a word of a dispatched command (BuildKit's `ProcessWords`, as EXPOSE uses). */
export function expandWordsInStep(context: RuleContext, step: DispatchStep, word: string): ExpandWordsResult {
  return expandWords(word, step.env, { escapeChar: context.model.escapeChar });
}
