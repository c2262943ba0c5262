/**
 * EXPOSE port specs as BuildKit reads them (`dockerfile2llb/convert_expose.go`): the words are
 * sorted as written, then each is expanded and split, and every spec is parsed as
 * `[[ip:]hostPort:]containerPort[/proto]`. BuildKit stops at the first spec it cannot parse, so
 * the specs after it (in that sorted order) are never checked.
 */
import type { Word } from '../../syntax/types.js';
import type { RuleContext } from '../types.js';
import { expandWordsInStep, verbatimStart, type DispatchStep } from './buildkit-dispatch.js';

export interface PortSpec {
  /** The spec after expansion, as BuildKit prints it. */
  spec: string;
  /** The word it comes from. */
  word: Word;
  /** Where the spec is written in the source, when the word is exactly the spec. */
  specStart: number | null;
  ip: string;
  hostPort: string;
  containerPort: string;
  /** The protocol as written (may be empty). */
  proto: string;
}

function splitParts(spec: string): { ip: string; hostPort: string; containerPort: string } {
  const parts = spec.split(':');
  const count = parts.length;
  if (count === 1) return { ip: '', hostPort: '', containerPort: spec };
  return {
    ip: parts.slice(0, count - 2).join(':'),
    hostPort: parts[count - 2] as string,
    containerPort: parts[count - 1] as string,
  };
}

/** Go's `strconv.ParseInt(text, 10, 0)` limited to 0-65535, or null. */
function portNumber(text: string): number | null {
  if (!/^[+-]?\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= 0 && value <= 65535 ? value : null;
}

function portRange(text: string): [number, number] | null {
  if (text === '') return null;
  const dash = text.indexOf('-');
  const startText = dash === -1 ? text : text.slice(0, dash);
  const start = portNumber(startText);
  if (start === null) return null;
  if (dash === -1 || startText === text.slice(dash + 1)) return [start, start];
  const end = portNumber(text.slice(dash + 1));
  return end === null || end < start ? null : [start, end];
}

function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^(?:0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}

/** Go's `net.ParseIP` for IPv6: hex groups, at most one `::`, an optional trailing IPv4, no zone. */
function isIPv6(text: string): boolean {
  let address = text;
  const lastColon = address.lastIndexOf(':');
  if (address.slice(lastColon + 1).includes('.')) {
    if (!isIPv4(address.slice(lastColon + 1))) return false;
    address = `${address.slice(0, lastColon + 1)}0:0`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

function validIp(ip: string): boolean {
  let address = ip;
  if (ip.startsWith('[')) {
    const inner = /^\[([^\]]*)\]$/.exec(ip);
    if (inner === null) return false;
    address = inner[1] as string;
  }
  return isIPv4(address) || isIPv6(address);
}

/** Go's string order: by code point, which is UTF-8 byte order. */
function compareCodePoints(left: string, right: string): number {
  const a = [...left];
  const b = [...right];
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = (a[index]?.codePointAt(0) ?? 0) - (b[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** The specs of an EXPOSE that BuildKit parses, up to (and including) the first one it rejects after its checks. */
export function exposedPortSpecs(context: RuleContext, step: DispatchStep): PortSpec[] {
  const details = step.instruction.details;
  if (details.kind !== 'EXPOSE') return [];
  const specs: PortSpec[] = [];
  // BuildKit sorts the words as written before it expands and parses them.
  const sorted = [...details.ports].sort((left, right) => compareCodePoints(left.raw, right.raw));
  for (const word of sorted) {
    const expansion = expandWordsInStep(context, step, word.raw);
    if (expansion.error !== null) return specs;
    const words = expansion.words;
    for (const spec of words) {
      const { ip, hostPort, containerPort } = splitParts(spec);
      const slash = containerPort.indexOf('/');
      const port = slash === -1 ? containerPort : containerPort.slice(0, slash);
      const proto = slash === -1 ? '' : containerPort.slice(slash + 1);
      if (port === '' || !['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return specs;
      const specStart = words.length === 1 ? verbatimStart(context, spec, word.start, word.end) : null;
      specs.push({ spec, word, specStart, ip, hostPort, containerPort, proto });
      if (ip !== '' && !validIp(ip)) return specs;
      const container = portRange(port);
      if (container === null) return specs;
      if (hostPort !== '') {
        const host = portRange(hostPort);
        if (host === null) return specs;
        if (container[1] - container[0] !== host[1] - host[0] && container[1] !== container[0]) return specs;
      }
    }
  }
  return specs;
}
