import type { Instruction, KeyValue } from '../../syntax/types.js';
import type { LabelType, RuleContext } from '../types.js';
import { oncePerAnalysis } from './memo.js';

/**
 * LABEL pairs as BuildKit stores them, plus the value checks behind hadolint's label-schema rules
 * (DL3048–DL3058).
 */

export interface LabelEntry {
  instruction: Instruction;
  pair: KeyValue;
  /** The key after BuildKit's expansion, or null when a build argument without a value decides it. */
  key: string | null;
  /** The value after expansion, or null when it cannot be known before the build. */
  value: string | null;
}

/**
 * Expands a LABEL word as BuildKit does. A name that is a declared ARG without any value may still
 * come from `--build-arg`, so such a word has no value we can check.
 */
function resolvedWord(context: RuleContext, instruction: Instruction, raw: string): string | null {
  const result = context.model.expand(instruction, raw);
  if (result.error !== null) return null;
  const declared = context.model.contextOf(instruction).declaredArgs;
  return result.unmatched.some((name) => declared.has(name)) ? null : result.value;
}

/**
 * Every LABEL pair of the file, outside ONBUILD triggers (those label the child image, not this
 * one). Computed once per analysis and shared by the label rules: read it, never change it.
 */
export const labelEntries = oncePerAnalysis((context): LabelEntry[] => {
  const entries: LabelEntry[] = [];
  for (const instruction of context.syntax.instructions) {
    if (instruction.details.kind !== 'LABEL') continue;
    for (const pair of instruction.details.pairs) {
      entries.push({
        instruction,
        pair,
        key: resolvedWord(context, instruction, pair.key.raw),
        value: pair.value === null ? null : resolvedWord(context, instruction, pair.value.raw),
      });
    }
  }
  return entries;
});

/** The labels of the schema with the given type. */
export function schemaLabelsOfType(context: RuleContext, type: LabelType): ReadonlySet<string> {
  return new Set(Object.entries(context.settings.labelSchema).flatMap(([label, labelType]) => (labelType === type ? [label] : [])));
}

export type LabelKeyProblem = 'reserved' | 'start' | 'end' | 'characters' | 'repeated-separator';

const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Labels Docker itself asks image authors to set, inside its reserved namespace (Docker Extensions). */
const DOCKER_DEFINED_NAMESPACES = ['com.docker.desktop.extension.', 'com.docker.extension.'];

/** Docker's label key guidelines, with `_` and `/` tolerated as hadolint does. */
export function labelKeyProblem(key: string): LabelKeyProblem | null {
  const reserved = RESERVED_NAMESPACES.some((namespace) => key.startsWith(namespace));
  if (reserved && !DOCKER_DEFINED_NAMESPACES.some((namespace) => key.startsWith(namespace))) return 'reserved';
  if (!/^[a-z0-9._/-]*$/.test(key)) return 'characters';
  if (!/^[a-z]/.test(key)) return 'start';
  if (!/[a-z0-9]$/.test(key)) return 'end';
  if (key.includes('..') || key.includes('--')) return 'repeated-separator';
  return null;
}

/** An absolute URI (RFC 3986): a scheme, a colon, then only characters a URI may hold. */
export function isUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(value);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** An RFC 3339 `date-time`: full date, `T`, full time with seconds and a `Z` or `±hh:mm` offset. */
export function isRfc3339(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (match === null) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    // 60 is a leap second.
    second <= 60 &&
    offsetHour <= 23 &&
    offsetMinute <= 59
  );
}

/**
 * A git object name in lowercase hex: abbreviated (7 to 39 digits, as `git rev-parse --short` and
 * `git describe` print them), full SHA-1 (40) or full SHA-256 (64).
 */
export function isGitHash(value: string): boolean {
  return /^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$/.test(value);
}

const NUMBER = '(?:0|[1-9][0-9]*)';
const PRERELEASE_PART = `(?:${NUMBER}|[0-9]*[A-Za-z-][0-9A-Za-z-]*)`;
const BUILD_PART = '[0-9A-Za-z-]+';
const SEMVER = new RegExp(
  `^${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-${PRERELEASE_PART}(?:\\.${PRERELEASE_PART})*)?(?:\\+${BUILD_PART}(?:\\.${BUILD_PART})*)?$`,
);

/** Semantic Versioning 2.0.0: `MAJOR.MINOR.PATCH`, optional pre-release and build; no `v` prefix. */
export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const ADDRESS = `(?:${ATOM}(?:\\.${ATOM})*|${QUOTED})@(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[^[\\]\\\\\\s]*\\])`;
const ADDRESS_ONLY = new RegExp(`^${ADDRESS}$`);
// Display names are taken as written: people put commas, accents and dots in them unquoted.
const NAMED_ADDRESS = /^[^<>]*<([^<>]+)>$/;

function isAddressSpec(address: string): boolean {
  return ADDRESS_ONLY.test(address) && address.lastIndexOf('@') <= 64 && address.length <= 254;
}

/** An RFC 5322 mailbox: a bare `local@domain`, or `<local@domain>` after an optional display name. */
export function isEmail(value: string): boolean {
  const named = NAMED_ADDRESS.exec(value);
  return isAddressSpec(named === null ? value : (named[1] as string));
}

/**
 * A subset of the SPDX License List: the ~150 identifiers that cover nearly every license seen on
 * container images. The full list has about 700 entries and grows every quarter; embedding it would
 * bloat the browser bundle for identifiers almost nobody writes, so a rare identifier outside this
 * list is reported as unknown rather than invalid.
 */
const SPDX_LICENSES = [
  '0BSD', 'AFL-3.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-1.0',
  'Apache-1.1', 'Apache-2.0', 'APSL-2.0', 'Artistic-1.0', 'Artistic-1.0-Perl', 'Artistic-2.0', 'Beerware',
  'BitTorrent-1.1', 'BlueOak-1.0.0', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Patent', 'BSD-2-Clause-Views',
  'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-3-Clause-LBNL', 'BSD-4-Clause', 'BSD-Source-Code', 'BSL-1.0', 'BUSL-1.1',
  'bzip2-1.0.6', 'CAL-1.0', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-NC-4.0',
  'CC-BY-NC-ND-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CC-PDDC', 'CC0-1.0',
  'CDDL-1.0', 'CDDL-1.1', 'CDLA-Permissive-2.0', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'CERN-OHL-P-2.0',
  'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'ClArtistic', 'CNRI-Python', 'CPAL-1.0', 'CPL-1.0', 'curl', 'ECL-2.0', 'EFL-2.0',
  'Elastic-2.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.1', 'EUPL-1.2', 'FSFAP', 'FSFUL', 'FSFULLR', 'FTL', 'GFDL-1.1-only',
  'GFDL-1.1-or-later', 'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'GPL-1.0-only',
  'GPL-1.0-or-later', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later', 'HPND', 'ICU', 'IJG',
  'ImageMagick', 'Info-ZIP', 'IPA', 'IPL-1.0', 'ISC', 'JSON', 'LAL-1.3', 'LGPL-2.0-only', 'LGPL-2.0-or-later',
  'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'Libpng', 'libpng-2.0', 'libtiff',
  'LPL-1.02', 'LPPL-1.3c', 'MirOS', 'MIT', 'MIT-0', 'MIT-CMU', 'MIT-Modern-Variant', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0',
  'MPL-2.0-no-copyleft-exception', 'MS-PL', 'MS-RL', 'MulanPSL-2.0', 'NCSA', 'NTP', 'ODbL-1.0', 'OFL-1.1',
  'OFL-1.1-no-RFN', 'OFL-1.1-RFN', 'OGL-UK-3.0', 'OLDAP-2.8', 'OpenSSL', 'OSL-3.0', 'PDDL-1.0', 'PHP-3.0', 'PHP-3.01',
  'PostgreSQL', 'PSF-2.0', 'Python-2.0', 'QPL-1.0', 'Ruby', 'SISSL', 'SSPL-1.0', 'Sleepycat', 'SMLNJ', 'TCL',
  'Unicode-3.0', 'Unicode-DFS-2016', 'Unlicense', 'UPL-1.0', 'Vim', 'W3C', 'W3C-20150513', 'WTFPL', 'X11',
  'XFree86-1.1', 'Zend-2.0', 'Zlib', 'zlib-acknowledgement', 'ZPL-2.0', 'ZPL-2.1',
];

/** Identifiers the SPDX list still carries but marks deprecated (the complete set). */
const SPDX_DEPRECATED = [
  'AGPL-1.0', 'AGPL-3.0', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'GFDL-1.1', 'GFDL-1.2', 'GFDL-1.3', 'GPL-1.0',
  'GPL-2.0', 'GPL-2.0-with-GCC-exception', 'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception',
  'GPL-2.0-with-classpath-exception', 'GPL-2.0-with-font-exception', 'GPL-3.0', 'GPL-3.0-with-GCC-exception',
  'GPL-3.0-with-autoconf-exception', 'LGPL-2.0', 'LGPL-2.1', 'LGPL-3.0', 'Net-SNMP', 'Nunit', 'StandardML-NJ',
  'bzip2-1.0.5', 'eCos-2.0', 'wxWindows',
];

/** A subset of the SPDX exceptions list (for `WITH`), chosen the same way as the licenses. */
const SPDX_EXCEPTIONS = [
  'Autoconf-exception-3.0', 'Bison-exception-2.2', 'Classpath-exception-2.0', 'Font-exception-2.0', 'GCC-exception-2.0',
  'GCC-exception-3.1', 'Libtool-exception', 'Linux-syscall-note', 'LLVM-exception', 'OpenJDK-assembly-exception-1.0',
  'openvpn-openssl-exception', 'Qt-GPL-exception-1.0', 'Qt-LGPL-exception-1.1', 'Swift-exception',
  'Universal-FOSS-exception-1.0', 'WxWindows-exception-3.1',
];

// SPDX matches identifiers case-insensitively.
const byLowerCase = (ids: string[]): ReadonlyMap<string, string> => new Map(ids.map((id) => [id.toLowerCase(), id]));
const LICENSES = byLowerCase(SPDX_LICENSES);
const DEPRECATED = byLowerCase(SPDX_DEPRECATED);
const EXCEPTIONS = byLowerCase(SPDX_EXCEPTIONS);
const MAX_SPDX_NESTING = 32;
const CUSTOM_REFERENCE = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

export type SpdxVerdict =
  | { valid: true }
  | { valid: false; problem: 'syntax' }
  | { valid: false; problem: 'unknown' | 'deprecated'; id: string };

/**
 * Checks an SPDX license expression: identifiers (with an optional `+`), `LicenseRef-` references,
 * `WITH` exceptions, `AND`/`OR` and parentheses, as OCI's `org.opencontainers.image.licenses` expects.
 */
export function checkSpdxExpression(value: string): SpdxVerdict {
  const tokens = value.match(/[()]|[^\s()]+/g) ?? [];
  let position = 0;
  let depth = 0;
  let failure: SpdxVerdict | null = null;
  const peek = (): string | undefined => tokens[position];
  const isOperator = (token: string | undefined, operator: string): boolean =>
    token !== undefined && (token === operator || token === operator.toLowerCase());
  const fail = (verdict: SpdxVerdict): boolean => {
    failure ??= verdict;
    return false;
  };

  const license = (): boolean => {
    const token = peek();
    if (token === undefined) return fail({ valid: false, problem: 'syntax' });
    if (token === '(') {
      // Real expressions nest a level or two; a bound keeps hostile input from exhausting the stack.
      if (++depth > MAX_SPDX_NESTING) return fail({ valid: false, problem: 'syntax' });
      position++;
      if (!expression()) return false;
      if (peek() !== ')') return fail({ valid: false, problem: 'syntax' });
      position++;
      depth--;
    } else {
      if (token === ')' || ['and', 'or', 'with'].includes(token.toLowerCase())) return fail({ valid: false, problem: 'syntax' });
      position++;
      if (!CUSTOM_REFERENCE.test(token)) {
        const id = token.endsWith('+') ? token.slice(0, -1) : token;
        const lower = id.toLowerCase();
        if (DEPRECATED.has(lower)) return fail({ valid: false, problem: 'deprecated', id: DEPRECATED.get(lower) as string });
        if (!LICENSES.has(lower)) return fail({ valid: false, problem: 'unknown', id });
      }
    }
    if (isOperator(peek(), 'WITH')) {
      position++;
      const exception = peek();
      if (exception === undefined || exception === '(' || exception === ')') return fail({ valid: false, problem: 'syntax' });
      position++;
      if (!EXCEPTIONS.has(exception.toLowerCase())) return fail({ valid: false, problem: 'unknown', id: exception });
    }
    return true;
  };
  const conjunction = (): boolean => {
    if (!license()) return false;
    while (isOperator(peek(), 'AND')) {
      position++;
      if (!license()) return false;
    }
    return true;
  };
  const expression = (): boolean => {
    if (!conjunction()) return false;
    while (isOperator(peek(), 'OR')) {
      position++;
      if (!conjunction()) return false;
    }
    return true;
  };

  if (expression() && position === tokens.length) return { valid: true };
  return failure ?? { valid: false, problem: 'syntax' };
}

/**
 * The pairs whose key the schema gives `type` and whose value is known and not empty (an empty
 * schema label is DL3051's finding alone).
 */
export function typedLabelValues(context: RuleContext, type: LabelType): (LabelEntry & { key: string; value: string })[] {
  const labels = schemaLabelsOfType(context, type);
  return labelEntries(context).flatMap((entry) =>
    entry.key !== null && entry.value !== null && entry.value !== '' && labels.has(entry.key) ? [{ ...entry, key: entry.key, value: entry.value }] : [],
  );
}

/** Entries grouped by their LABEL instruction, in file order (hadolint reports some rules once per LABEL). */
export function byInstruction(entries: readonly LabelEntry[]): LabelEntry[][] {
  const groups = new Map<Instruction, LabelEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.instruction);
    if (group === undefined) groups.set(entry.instruction, [entry]);
    else group.push(entry);
  }
  return [...groups.values()];
}
