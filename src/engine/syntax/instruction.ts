import { isAsciiSpace, trimmedEnd, trimmedStart } from './chars.js';
import { extractFlags, type RawFlag } from './flags.js';
import type { JoinedLine } from './joined.js';
import { goQuote } from './dump.js';
import { instructionProblem } from './instruction-layer.js';
import { FlagSpan, InstructionSpan } from './nodes.js';
import { parseJsonForm, type JsonElement } from './json.js';
import { INSTRUCTION_NAMES } from './types.js';
import type {
  ArgDeclaration,
  CommandForm,
  Diagnostic,
  DiagnosticCode,
  DiagnosticLayer,
  Flag,
  FlagOption,
  Instruction,
  InstructionDetails,
  InstructionName,
  JsonString,
  KeyValue,
  ShellSource,
  Word,
} from './types.js';
import { splitOnBlanks, splitWords, type LineWord } from './words.js';

/** Shared empty lists, never modified. */
const NO_FLAG_NODES: Flag[] = [];
const NO_WORDS: Word[] = [];

const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set(INSTRUCTION_NAMES);

export interface BuildContext {
  joined: JoinedLine;
  escapeChar: string;
  diagnostics: Diagnostic[];
}

export function diagnostic(
  context: BuildContext,
  code: DiagnosticCode,
  layer: DiagnosticLayer,
  message: string,
  from: number,
  to: number,
  severity: 'error' | 'warning' = 'error',
): void {
  const start = context.joined.toSource(from);
  const end = context.joined.sourceEnd(from, to);
  context.diagnostics.push({ code, severity, layer, message, range: context.joined.lines.range(start, end), start, end });
}

function reportNonString(context: BuildContext, argsFrom: number, argsTo: number): void {
  diagnostic(context, 'json-non-string', 'parser', 'when using JSON array syntax, arrays must be comprised of strings only', argsFrom, argsTo);
}

function word(context: BuildContext, raw: string, from: number, to: number): Word {
  return context.joined.word(raw, from, to);
}

function jsonString(context: BuildContext, element: JsonElement): JsonString {
  return context.joined.node(element.start, element.end, {
    value: element.value,
    raw: context.joined.text.slice(element.start, element.end),
  });
}

function splitMountOptions(context: BuildContext, value: string, valueStart: number, exact: boolean): FlagOption[] {
  const options: FlagOption[] = [];
  let pos = 0;
  while (pos <= value.length) {
    let end = pos;
    let quoted = false;
    while (end < value.length && (quoted || value[end] !== ',')) {
      if (value[end] === '"') quoted = !quoted;
      end++;
    }
    const field = value.slice(pos, end).replace(/"/g, '');
    if (field.length > 0) {
      const equals = field.indexOf('=');
      const from = exact ? valueStart + pos : valueStart;
      const to = exact ? valueStart + end : valueStart + value.length;
      options.push(
        context.joined.node(from, to, {
          key: (equals === -1 ? field : field.slice(0, equals)).trim(),
          value: equals === -1 ? null : field.slice(equals + 1),
        }),
      );
    }
    pos = end + 1;
  }
  return options;
}

function toFlag(context: BuildContext, raw: RawFlag): Flag {
  const text = raw.text;
  const equalsInText = text.indexOf('=');
  const name = equalsInText === -1 ? text.slice(2) : text.slice(2, equalsInText);
  const value = equalsInText === -1 ? null : text.slice(equalsInText + 1);
  const nameEnd = raw.equals === -1 ? raw.end : raw.equals;
  const joined = context.joined;
  const valueFrom = raw.equals === -1 ? null : raw.equals + 1;
  let options: FlagOption[] | null = null;
  if (name === 'mount' && value !== null && valueFrom !== null) {
    const exact = joined.text.slice(valueFrom, raw.end) === value;
    options = splitMountOptions(context, value, valueFrom, exact);
  }
  const nameFrom = raw.start + 2;
  const nameTo = Math.max(nameFrom, nameEnd);
  return new FlagSpan(
    joined.toSource(raw.start),
    joined.sourceEnd(raw.start, raw.end),
    joined.lines,
    name,
    value,
    text,
    joined.toSource(nameFrom),
    joined.sourceEnd(nameFrom, nameTo),
    valueFrom === null ? null : joined.toSource(valueFrom),
    valueFrom === null ? null : joined.sourceEnd(valueFrom, raw.end),
    options,
  );
}

/** BuildKit's `parseMaybeJSON`: exec form, or the whole text as one shell string. */
function commandForm(
  context: BuildContext,
  from: number,
  to: number,
  /** The instruction's argument text when [from, to) is exactly it, to share its source map. */
  whole?: ShellSource,
): { form: CommandForm | null; args: string[]; json: boolean; nonString: boolean } {
  if (from >= to) return { form: null, args: [], json: false, nonString: false };
  const json = parseJsonForm(context.joined.text, from, to);
  if (json.kind === 'strings') {
    return {
      form: { form: 'exec', args: json.elements.map((element) => jsonString(context, element)) },
      args: json.elements.map((element) => element.value),
      json: true,
      nonString: false,
    };
  }
  const text = whole?.text ?? context.joined.text.slice(from, to);
  return {
    form: {
      form: 'shell',
      shell: whole ?? { text, map: context.joined.subMap(from, to) },
      text: word(context, text, from, to),
    },
    args: [text],
    json: false,
    nonString: json.kind === 'non-string',
  };
}

/** BuildKit's `parseMaybeJSONToList`: exec form, or words split on ASCII blanks. */
function pathList(
  context: BuildContext,
  from: number,
  to: number,
): { paths: (Word | JsonString)[]; args: string[]; json: boolean; nonString: boolean } {
  if (from < to) {
    const json = parseJsonForm(context.joined.text, from, to);
    if (json.kind === 'strings') {
      return {
        paths: json.elements.map((element) => jsonString(context, element)),
        args: json.elements.map((element) => element.value),
        json: true,
        nonString: false,
      };
    }
    if (json.kind === 'non-string') return { paths: [], args: [], json: false, nonString: true };
  }
  const words = blankWords(context, from, to);
  return { paths: words, args: words.map((w) => w.raw), json: false, nonString: false };
}

function blankWords(context: BuildContext, from: number, to: number): Word[] {
  if (from >= to) return [];
  return splitOnBlanks(context.joined.text, from, to).map((w) => word(context, w.value, w.start, w.end));
}

function keyValues(
  context: BuildContext,
  keyword: 'ENV' | 'LABEL',
  from: number,
  to: number,
): { pairs: KeyValue[]; args: string[] } {
  const line = context.joined.text;
  const words = splitWords(line, from, to, context.escapeChar);
  if (words.length === 0) return { pairs: [], args: [] };
  const first = words[0] as LineWord;
  if (!first.value.includes('=')) {
    const parts = splitOnBlanks(line, from, to, 2);
    const key = parts[0] as LineWord;
    const value = parts[1];
    if (value === undefined) {
      diagnostic(context, 'kv-missing-value', 'parser', `${keyword} must have two arguments`, from, to);
      return {
        pairs: [context.joined.node(from, to, { key: word(context, key.value, key.start, key.end), value: null, legacy: true })],
        args: [key.value],
      };
    }
    return {
      pairs: [
        context.joined.node(from, to, {
          key: word(context, key.value, key.start, key.end),
          value: word(context, value.value, value.start, value.end),
          legacy: true,
        }),
      ],
      args: [key.value, value.value, ''],
    };
  }
  // Sized up front: these arrays are kept in the tree, and growing by push leaves unused slots.
  let pairCount = 0;
  for (const current of words) if (current.value.includes('=')) pairCount++;
  const pairs = new Array<KeyValue>(pairCount);
  const args = new Array<string>(pairCount * 3);
  let pairIndex = 0;
  for (const current of words) {
    const equals = current.value.indexOf('=');
    if (equals === -1) {
      diagnostic(
        context,
        'kv-missing-equals',
        'parser',
        `Syntax error - can't find = in ${goQuote(current.value)}. Must be of the form: name=value`,
        current.start,
        current.end,
      );
      continue;
    }
    const key = current.value.slice(0, equals);
    const value = current.value.slice(equals + 1);
    pairs[pairIndex] = context.joined.node(current.start, current.end, {
      key: word(context, key, current.start, current.start + equals),
      value: word(context, value, current.start + equals + 1, current.end),
      legacy: false,
    });
    args[pairIndex * 3] = key;
    args[pairIndex * 3 + 1] = value;
    args[pairIndex * 3 + 2] = '=';
    pairIndex++;
  }
  return { pairs, args };
}

function argDeclarations(context: BuildContext, from: number, to: number): { args: ArgDeclaration[]; values: string[] } {
  const words = splitWords(context.joined.text, from, to, context.escapeChar);
  const args = words.map((current): ArgDeclaration => {
    const equals = current.value.indexOf('=');
    const name = equals === -1 ? current.value : current.value.slice(0, equals);
    return context.joined.node(current.start, current.end, {
      name: word(context, name, current.start, equals === -1 ? current.end : current.start + equals),
      defaultValue:
        equals === -1 ? null : word(context, current.value.slice(equals + 1), current.start + equals + 1, current.end),
    });
  });
  return { args, values: words.map((current) => current.value) };
}

/** The instruction names by length, for `uppercaseInstruction`. */
const NAMES_BY_LENGTH: InstructionName[][] = [];
for (const name of INSTRUCTION_NAMES) (NAMES_BY_LENGTH[name.length] ??= []).push(name);

/**
 * The instruction named by line[from, to) when written in uppercase, as nearly all are: found
 * without slicing out and uppercasing the keyword.
 */
function uppercaseInstruction(line: string, from: number, to: number): InstructionName | null {
  const first = line.charCodeAt(from);
  for (const name of NAMES_BY_LENGTH[to - from] ?? []) {
    if (name.charCodeAt(0) === first && line.startsWith(name, from)) return name;
  }
  return null;
}

export interface RawInstruction {
  instruction: Instruction;
  /** Whether BuildKit would look for heredocs in this line. */
  canContainHeredoc: boolean;
}

/**
 * BuildKit's `newNodeFromLine` over the joined text [from, to), plus our typed details and the
 * instruction-layer checks BuildKit runs before building.
 */
export function buildInstruction(
  context: BuildContext,
  from: number,
  to: number,
  prevComments: string[],
  parent: Instruction | null,
): RawInstruction {
  const line = context.joined.text;
  const diagnosticsBefore = context.diagnostics.length;
  const instructionStart = trimmedStart(line, from, to);
  const instructionEnd = trimmedEnd(line, instructionStart, to);
  let keywordEnd = instructionStart;
  while (keywordEnd < instructionEnd) {
    const code = line.charCodeAt(keywordEnd);
    if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d) break;
    keywordEnd++;
  }
  let flags = NO_FLAG_NODES;
  let argsFrom = instructionEnd;
  let argsTo = instructionEnd;
  if (keywordEnd < instructionEnd) {
    let restStart = keywordEnd;
    while (restStart < instructionEnd) {
      const code = line.charCodeAt(restStart);
      if (!(code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d)) break;
      restStart++;
    }
    const scan = extractFlags(line, restStart, instructionEnd, context.escapeChar);
    if (scan.flags.length > 0) flags = scan.flags.map((raw) => toFlag(context, raw));
    argsFrom = trimmedStart(line, scan.argsStart, instructionEnd);
    argsTo = trimmedEnd(line, argsFrom, instructionEnd);
  }
  const uppercase = uppercaseInstruction(line, instructionStart, keywordEnd);
  const keyword = uppercase ?? line.slice(instructionStart, keywordEnd);
  const upper = uppercase ?? keyword.toUpperCase();
  const name = uppercase ?? (KNOWN_INSTRUCTIONS.has(upper) ? (upper as InstructionName) : null);
  const joined = context.joined;
  const lines = joined.lines;
  const start = joined.toSource(instructionStart);
  const end = joined.sourceEnd(instructionStart, instructionEnd);
  const argsText: ShellSource = { text: line.slice(argsFrom, argsTo), map: joined.subMap(argsFrom, argsTo) };
  const instruction = new InstructionSpan(
    start,
    end,
    lines,
    keyword,
    joined.sourceEnd(instructionStart, keywordEnd),
    name,
    flags,
    line.slice(from, to),
    argsText,
    joined.toSource(argsFrom),
    prevComments,
    parent,
  );

  let details: InstructionDetails;
  let canContainHeredoc = false;
  switch (name) {
    case 'FROM': {
      const words = blankWords(context, argsFrom, argsTo);
      instruction.buildkitArgs = words.map((w) => w.raw);
      const hasAs = words.length >= 3 && words[1]?.raw.toLowerCase() === 'as';
      details = {
        kind: 'FROM',
        image: words[0] ?? null,
        asKeyword: hasAs ? (words[1] as Word) : null,
        stageName: hasAs ? (words[2] as Word) : null,
        extra: words.length > (hasAs ? 3 : 1) ? words.slice(hasAs ? 3 : 1) : NO_WORDS,
      };
      break;
    }
    case 'EXPOSE': {
      const words = blankWords(context, argsFrom, argsTo);
      instruction.buildkitArgs = words.map((w) => w.raw);
      details = { kind: 'EXPOSE', ports: words };
      break;
    }
    case 'RUN':
    case 'CMD':
    case 'ENTRYPOINT': {
      const result = commandForm(context, argsFrom, argsTo, argsText);
      if (result.nonString) reportNonString(context, argsFrom, argsTo);
      instruction.buildkitArgs = result.nonString ? [] : result.args;
      instruction.json = result.json;
      const form: CommandForm = result.form ?? {
        form: 'shell',
        shell: { text: '', map: context.joined.subMap(argsFrom, argsTo) },
        text: word(context, '', argsFrom, argsTo),
      };
      // Spelled out rather than spread: spreading copies through a generic, slow path.
      details =
        form.form === 'exec'
          ? { kind: name, form: 'exec', args: form.args }
          : { kind: name, form: 'shell', shell: form.shell, text: form.text };
      canContainHeredoc = name === 'RUN' && !result.json;
      break;
    }
    case 'SHELL': {
      const result = commandForm(context, argsFrom, argsTo);
      if (result.nonString) reportNonString(context, argsFrom, argsTo);
      instruction.buildkitArgs = result.nonString ? [] : result.args;
      instruction.json = result.json;
      details = {
        kind: 'SHELL',
        args: result.form?.form === 'exec' ? result.form.args : null,
        text: result.form?.form === 'shell' ? result.form.text : null,
      };
      break;
    }
    case 'COPY':
    case 'ADD':
    case 'VOLUME': {
      const result = pathList(context, argsFrom, argsTo);
      if (result.nonString) reportNonString(context, argsFrom, argsTo);
      instruction.buildkitArgs = result.args;
      instruction.json = result.json;
      details = name === 'VOLUME' ? { kind: 'VOLUME', paths: result.paths, json: result.json } : { kind: name, paths: result.paths, json: result.json };
      canContainHeredoc = name !== 'VOLUME' && !result.json;
      break;
    }
    case 'ENV':
    case 'LABEL': {
      const result = keyValues(context, name, argsFrom, argsTo);
      instruction.buildkitArgs = result.args;
      details = { kind: name, pairs: result.pairs };
      break;
    }
    case 'ARG': {
      const result = argDeclarations(context, argsFrom, argsTo);
      instruction.buildkitArgs = result.values;
      details = { kind: 'ARG', args: result.args };
      break;
    }
    case 'USER':
    case 'WORKDIR':
    case 'STOPSIGNAL':
    case 'MAINTAINER': {
      const value = argsFrom < argsTo ? word(context, line.slice(argsFrom, argsTo), argsFrom, argsTo) : null;
      instruction.buildkitArgs = value === null ? [] : [value.raw];
      details = { kind: name, value };
      break;
    }
    case 'HEALTHCHECK': {
      // BuildKit looks at bytes here: a non-ASCII character never starts with a space byte.
      let separator = argsFrom;
      while (separator < argsTo && !isAsciiSpace(line.charCodeAt(separator))) separator++;
      let commandStart = separator;
      while (commandStart < argsTo && isAsciiSpace(line.charCodeAt(commandStart))) commandStart++;
      if (separator === argsFrom) {
        details = { kind: 'HEALTHCHECK', type: null, command: null };
        break;
      }
      const type = word(context, line.slice(argsFrom, separator), argsFrom, separator);
      const result = commandForm(context, commandStart, argsTo);
      if (result.nonString) reportNonString(context, argsFrom, argsTo);
      instruction.buildkitArgs = [type.raw, ...(result.nonString ? [] : result.args)];
      instruction.json = result.json;
      details = { kind: 'HEALTHCHECK', type, command: result.form };
      break;
    }
    case 'ONBUILD': {
      if (argsFrom >= argsTo) {
        details = { kind: 'ONBUILD', trigger: null };
        break;
      }
      const nested = buildInstruction(context, argsFrom, argsTo, [], instruction);
      details = { kind: 'ONBUILD', trigger: nested.instruction };
      canContainHeredoc = nested.canContainHeredoc;
      break;
    }
    default:
      instruction.buildkitArgs = [''];
      details = { kind: 'UNKNOWN' };
  }
  instruction.details = details;
  // An ONBUILD trigger is only checked when a later build uses the image; a raw-parser error
  // stops BuildKit before its instruction layer runs.
  if (parent === null && context.diagnostics.length === diagnosticsBefore) {
    const problem = instructionProblem(instruction);
    if (problem !== null) {
      const at = problem.at;
      const [from, to] = at === 'keyword' ? [instructionStart, keywordEnd] : at === 'instruction' ? [instructionStart, instructionEnd] : [-1, -1];
      if (from >= 0) diagnostic(context, problem.code, 'instruction', problem.message, from, to);
      else if (typeof at === 'object') {
        context.diagnostics.push({ code: problem.code, severity: 'error', layer: 'instruction', message: problem.message, range: at.range, start: at.start, end: at.end });
      }
    }
  }
  return { instruction, canContainHeredoc };
}
