import { goQuote } from './dump.js';
import { parseGoDuration } from './go-duration.js';
import { parseHeredocWord } from './heredoc.js';
import { withSuggestion } from './suggest.js';
import { INSTRUCTION_NAMES, type DiagnosticCode, type Flag, type Instruction } from './types.js';

/**
 * The errors of BuildKit's instruction layer (frontend/dockerfile/instructions/parse.go), checked
 * in the same order as BuildKit so the first one is the one `docker build` reports as
 * `dockerfile parse error on line N: …`. BuildKit stops at that first error; we report it and go on.
 */

export type InstructionProblem = { code: DiagnosticCode; message: string; at: 'instruction' | 'keyword' | Flag };

type FlagType = 'bool' | 'string' | 'strings';
type FlagSpec = ReadonlyArray<readonly [string, FlagType]>;

const ADD_FLAGS: FlagSpec = [
  ['chown', 'string'],
  ['chmod', 'string'],
  ['link', 'bool'],
  ['keep-git-dir', 'bool'],
  ['checksum', 'string'],
  ['unpack', 'bool'],
  ['exclude', 'strings'],
];
const COPY_FLAGS: FlagSpec = [
  ['chown', 'string'],
  ['from', 'string'],
  ['chmod', 'string'],
  ['link', 'bool'],
  ['exclude', 'strings'],
  ['parents', 'bool'],
];
const FROM_FLAGS: FlagSpec = [['platform', 'string']];
const RUN_FLAGS: FlagSpec = [
  ['device', 'strings'],
  ['mount', 'strings'],
  ['network', 'string'],
  ['security', 'string'],
];
const HEALTHCHECK_FLAGS: FlagSpec = [
  ['interval', 'string'],
  ['timeout', 'string'],
  ['start-period', 'string'],
  ['start-interval', 'string'],
  ['retries', 'string'],
];
const NO_FLAGS: FlagSpec = [];

const NETWORK_MODES: ReadonlySet<string> = new Set(['default', 'none', 'host']);
const SECURITY_MODES: ReadonlySet<string> = new Set(['sandbox', 'insecure']);
const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

class Stop {
  constructor(readonly problem: InstructionProblem) {}
}

function fail(code: DiagnosticCode, message: string, at: InstructionProblem['at'] = 'instruction'): never {
  throw new Stop({ code, message, at });
}

/** The parsed values of an instruction without flags: never modified. */
const NO_FLAG_VALUES: ReadonlyMap<string, string[]> = new Map();

/** BuildKit's `BFlags.Parse`: every flag must be known, typed values checked, no duplicates. */
function parseFlags(flags: readonly Flag[], spec: FlagSpec): ReadonlyMap<string, string[]> {
  // Every instruction is checked and most have no flags: skip allocating for them.
  if (flags.length === 0) return NO_FLAG_VALUES;
  const values = new Map<string, string[]>();
  for (const flag of flags) {
    const equals = flag.text.indexOf('=');
    const flagName = equals === -1 ? flag.text : flag.text.slice(0, equals);
    const value = equals === -1 ? null : flag.text.slice(equals + 1);
    const name = flagName.slice(2);
    const type = spec.find(([known]) => known === name)?.[1];
    if (type === undefined) {
      const names = spec.map(([known]) => known);
      fail('unknown-flag', withSuggestion(`unknown flag: ${flagName}`, name, names, true), flag);
    }
    if (values.has(name) && type !== 'strings') fail('invalid-flag', `duplicate flag specified: ${flagName}`, flag);
    if (type === 'bool') {
      if (value === '') fail('invalid-flag', `missing a value on flag: ${flagName}`, flag);
      const lowered = (value ?? '').toLowerCase();
      if (lowered !== 'true' && lowered !== '' && lowered !== 'false') {
        fail('invalid-flag', `expecting boolean value for flag ${flagName}, not: ${value}`, flag);
      }
      values.set(name, [lowered === 'false' ? 'false' : 'true']);
    } else {
      if (value === null) fail('invalid-flag', `missing a value on flag: ${flagName}`, flag);
      const earlier = type === 'strings' ? values.get(name) : undefined;
      if (earlier === undefined) values.set(name, [value]);
      else earlier.push(value);
    }
  }
  return values;
}

function keyValuePairs(args: readonly string[], command: string): void {
  if (args.length === 0) fail('missing-argument', `${command} requires at least one argument`);
  if (args.length % 3 !== 0) fail('invalid-argument', `Bad input to ${command}, too many arguments`);
  for (let i = 0; i < args.length; i += 3) {
    if (args[i] === '') fail('invalid-argument', `${command} names can not be blank`);
  }
}

function sourcesAndDestination(args: readonly string[], command: string): void {
  const destination = args[args.length - 1] as string;
  const heredoc = parseHeredocWord(destination);
  if (heredoc !== null && !('error' in heredoc)) fail('invalid-argument', `${command} cannot accept a heredoc as a destination`);
}

/** `--mount` values as BuildKit parses them before variables are known: only `from=$X` is an error then. */
function checkMounts(mounts: readonly string[]): void {
  for (const mount of mounts) {
    for (const field of mount.split(',')) {
      const equals = field.indexOf('=');
      if (equals === -1) continue;
      const key = field.slice(0, equals).toLowerCase();
      const value = field.slice(equals + 1);
      const dollar = value.indexOf('$');
      if (key === 'from' && dollar !== -1 && dollar !== value.length - 1) {
        fail('invalid-flag', `'${key}' doesn't support variable expansion, define alias stage instead`);
      }
    }
  }
}

function checkDevices(devices: readonly string[]): void {
  for (const device of devices) {
    let name = '';
    for (const field of device.split(',')) {
      const equals = field.indexOf('=');
      const key = (equals === -1 ? field : field.slice(0, equals)).toLowerCase();
      const value = equals === -1 ? '' : field.slice(equals + 1);
      if (equals === -1) {
        if (key === 'required') continue;
        if (name === '') {
          name = field;
          continue;
        }
        fail('invalid-flag', `invalid field '${field}' must be a key=value pair`);
      }
      if (key === 'name') {
        if (name !== '') fail('invalid-flag', `device name already set to ${name}`);
        name = value;
      } else if (key === 'required') {
        if (!/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(value)) fail('invalid-flag', `invalid value for ${key}: ${value}`);
      } else if (name === '') name = field;
      else fail('invalid-flag', withSuggestion(`unexpected key '${key}' in '${field}'`, key, ['name', 'required'], true));
    }
  }
}

function checkDuration(values: ReadonlyMap<string, string[]>, name: string): void {
  const value = values.get(name)?.[0] ?? '';
  if (value === '') return;
  const parsed = parseGoDuration(value);
  if ('error' in parsed) fail('invalid-flag', parsed.error);
  if (parsed.nanoseconds !== 0 && parsed.nanoseconds < 1e6) fail('invalid-flag', `Interval "${name}" cannot be less than 1ms`);
}

function checkRetries(values: ReadonlyMap<string, string[]>): void {
  const value = values.get('retries')?.[0] ?? '';
  if (value === '') return;
  if (!/^[+-]?\d+$/.test(value) || Math.abs(Number(value)) > 2147483647) {
    const reason = /^[+-]?\d+$/.test(value) ? 'value out of range' : 'invalid syntax';
    fail('invalid-flag', `strconv.ParseInt: parsing ${JSON.stringify(value)}: ${reason}`);
  }
  if (Number(value) < 0) fail('invalid-flag', `--retries cannot be negative (${Number(value)})`);
}

/** BuildKit's `nodeArgs`: the argument values, an ONBUILD trigger's keyword and arguments inlined. */
function nodeArgs(instruction: Instruction): string[] {
  const details = instruction.details;
  if (details.kind === 'ONBUILD') {
    return details.trigger === null ? [] : [details.trigger.keyword, ...nodeArgs(details.trigger)];
  }
  return instruction.buildkitArgs;
}

const LOWERCASE_NAMES: ReadonlyMap<string, string> = new Map(INSTRUCTION_NAMES.map((name) => [name, name.toLowerCase()]));

/** The keyword in lowercase; the usual uppercase keywords are looked up rather than converted. */
function lowercaseKeyword(instruction: Instruction): string {
  const keyword = instruction.keyword;
  return (keyword === instruction.name ? LOWERCASE_NAMES.get(keyword) : undefined) ?? keyword.toLowerCase();
}

function check(instruction: Instruction): void {
  const args = nodeArgs(instruction);
  const flags = instruction.flags;
  switch (lowercaseKeyword(instruction)) {
    case 'env':
      parseFlags(flags, NO_FLAGS);
      keyValuePairs(args, 'ENV');
      return;
    case 'maintainer':
      if (args.length !== 1) fail('missing-argument', 'MAINTAINER requires exactly one argument');
      parseFlags(flags, NO_FLAGS);
      return;
    case 'label':
      parseFlags(flags, NO_FLAGS);
      keyValuePairs(args, 'LABEL');
      return;
    case 'add':
    case 'copy': {
      const command = instruction.keyword.toUpperCase();
      if (args.length < 2) {
        fail('missing-argument', `${command} requires at least two arguments, but only one was provided. Destination could not be determined`);
      }
      parseFlags(flags, command === 'ADD' ? ADD_FLAGS : COPY_FLAGS);
      sourcesAndDestination(args, command);
      return;
    }
    case 'from':
      if (args.length === 3 && args[1]?.toLowerCase() === 'as') {
        if (!VALID_STAGE_NAME.test((args[2] as string).toLowerCase())) {
          fail('invalid-argument', `invalid name for build stage: ${goQuote(args[2] as string)}, name can't start with a number or contain symbols`);
        }
      } else if (args.length !== 1) fail('missing-argument', 'FROM requires either one or three arguments');
      parseFlags(flags, FROM_FLAGS);
      return;
    case 'onbuild': {
      if (args.length === 0) fail('missing-argument', 'ONBUILD requires at least one argument');
      parseFlags(flags, NO_FLAGS);
      const trigger = (args[0] as string).trim().toUpperCase();
      if (trigger === 'ONBUILD') fail('onbuild-chaining', "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      if (trigger === 'MAINTAINER' || trigger === 'FROM') fail('onbuild-forbidden', `${trigger} isn't allowed as an ONBUILD trigger`);
      return;
    }
    case 'workdir':
    case 'user':
      if (args.length !== 1) fail('missing-argument', `${instruction.keyword.toUpperCase()} requires exactly one argument`);
      parseFlags(flags, NO_FLAGS);
      return;
    case 'run': {
      const values = parseFlags(flags, RUN_FLAGS);
      checkDevices(values.get('device') ?? []);
      checkMounts(values.get('mount') ?? []);
      const network = values.get('network')?.[0] ?? 'default';
      if (!NETWORK_MODES.has(network)) fail('invalid-flag', `invalid network mode ${JSON.stringify(network)}`);
      const security = values.get('security')?.[0] ?? 'sandbox';
      if (!SECURITY_MODES.has(security)) fail('invalid-flag', `security ${JSON.stringify(security)} is not valid`);
      return;
    }
    case 'cmd':
    case 'entrypoint':
      parseFlags(flags, NO_FLAGS);
      return;
    case 'healthcheck': {
      if (args.length === 0) fail('missing-argument', 'HEALTHCHECK requires at least one argument');
      const type = (args[0] as string).toUpperCase();
      const rest = args.slice(1);
      if (type === 'NONE') {
        if (rest.length !== 0) fail('invalid-argument', 'HEALTHCHECK NONE takes no arguments');
        return;
      }
      const values = parseFlags(flags, HEALTHCHECK_FLAGS);
      if (type !== 'CMD') fail('invalid-argument', `Unknown type ${JSON.stringify(type)} in HEALTHCHECK (try CMD)`);
      if (rest.length === 0) fail('missing-argument', 'Missing command after HEALTHCHECK CMD');
      for (const name of ['interval', 'timeout', 'start-period', 'start-interval']) checkDuration(values, name);
      checkRetries(values);
      return;
    }
    case 'expose':
      if (args.length === 0) fail('missing-argument', 'EXPOSE requires at least one argument');
      parseFlags(flags, NO_FLAGS);
      return;
    case 'volume':
      if (args.length === 0) fail('missing-argument', 'VOLUME requires at least one argument');
      parseFlags(flags, NO_FLAGS);
      if (args.some((arg) => arg.trim() === '')) fail('invalid-argument', 'VOLUME specified can not be an empty string');
      return;
    case 'stopsignal':
      if (args.length !== 1) fail('missing-argument', 'STOPSIGNAL requires exactly one argument');
      return;
    case 'arg':
      if (args.length === 0) fail('missing-argument', 'ARG requires at least one argument');
      if (args.some((arg) => arg.startsWith('='))) fail('invalid-argument', 'ARG names can not be blank');
      return;
    case 'shell':
      parseFlags(flags, NO_FLAGS);
      if (args.length === 0) fail('missing-argument', 'SHELL requires at least one argument');
      if (!instruction.json) fail('invalid-argument', 'SHELL requires the arguments to be in JSON form');
      return;
    default:
      fail('unknown-instruction', withSuggestion(`unknown instruction: ${instruction.keyword}`, instruction.keyword, INSTRUCTION_NAMES, false), 'keyword');
  }
}

/** The first instruction-layer error BuildKit would raise for this instruction, or null. */
export function instructionProblem(instruction: Instruction): InstructionProblem | null {
  try {
    check(instruction);
    return null;
  } catch (thrown) {
    if (thrown instanceof Stop) return thrown.problem;
    throw thrown;
  }
}
