/**
 * Share links: the playground's state in the URL fragment, so it never reaches a server.
 *
 *   #share=<version>.<base64url(raw DEFLATE(UTF-8 JSON))>
 *
 * The version is outside the compressed data so that a link from a newer release is recognised
 * as such before anything is decompressed. Links live forever in chats and bug reports: every
 * version ever written keeps a reader below, and readers migrate their payload to the current
 * state. Changing the payload means a new version number, a new reader, and a migration from the
 * previous one — never editing an old reader.
 *
 * Links are untrusted input. Decoding stops at MAX_SHARE_BYTES of compressed or decompressed
 * data (a small link can inflate to gigabytes), and every field is validated.
 */
import { deflateSync, Inflate } from 'fflate';
import type { LintSettings } from '../../engine/config/settings';
import { sanitizeBuildArgs, sanitizeSettings, pruneSettings, isRuleCode } from '../state/settings';
import { decodeBase64Url, decodedLength, encodeBase64Url } from './base64url';

const SHARE_FORMAT_VERSION = 1;
export const MAX_SHARE_BYTES = 1024 * 1024;

const SHARE_HASH = /^#share=(\d{1,6})\.(.*)$/s;
/** Small input slices bound how much one decompression step can produce before the size check. */
const INFLATE_INPUT_SLICE = 256;

export type PanelId = 'findings' | 'rules' | 'settings';
const PANELS: readonly PanelId[] = ['findings', 'rules', 'settings'];

/** A finding is named by its rule and where it starts, which survive re-analysis of the same text. */
export interface FindingReference {
  code: string;
  start: number;
}

export interface SharedState {
  dockerfile: string;
  dockerignore: string;
  buildArgs: Record<string, string>;
  /** Only what differs from the defaults. */
  settings: LintSettings;
  panel: PanelId;
  /** The rule open in the Rules panel. */
  rule: string | null;
  finding: FindingReference | null;
}

export type ShareLinkProblem = 'malformed' | 'unsupported-version' | 'too-large' | 'corrupt';

export type ShareLinkResult = { ok: true; state: SharedState } | { ok: false; problem: ShareLinkProblem; message: string };

const PROBLEM_MESSAGES: Record<ShareLinkProblem, string> = {
  malformed: 'This share link is malformed — it may have been cut off or changed when it was copied.',
  'unsupported-version': 'This share link was made by a newer version of shipshape than this one.',
  'too-large': 'This share link holds more than 1 MB of data, more than shipshape opens.',
  corrupt: 'This share link is damaged: its contents could not be read.',
};

function failure(problem: ShareLinkProblem): ShareLinkResult {
  return { ok: false, problem, message: PROBLEM_MESSAGES[problem] };
}

/** The current payload, as JSON. Empty and default fields are left out to keep links short. */
interface PayloadV1 {
  dockerfile: string;
  dockerignore?: string;
  buildArgs?: Record<string, string>;
  settings?: LintSettings;
  panel?: PanelId;
  rule?: string;
  finding?: FindingReference;
}

function toPayload(state: SharedState): PayloadV1 {
  const payload: PayloadV1 = { dockerfile: state.dockerfile };
  if (state.dockerignore !== '') payload.dockerignore = state.dockerignore;
  if (Object.keys(state.buildArgs).length > 0) payload.buildArgs = state.buildArgs;
  const settings = pruneSettings(state.settings);
  if (Object.keys(settings).length > 0) payload.settings = settings;
  if (state.panel !== 'findings') payload.panel = state.panel;
  if (state.rule !== null) payload.rule = state.rule;
  if (state.finding !== null) payload.finding = state.finding;
  return payload;
}

/** The URL fragment (with `#`) that reproduces `state`. */
export function shareHashFor(state: SharedState): string {
  const json = new TextEncoder().encode(JSON.stringify(toPayload(state)));
  return `#share=${SHARE_FORMAT_VERSION}.${encodeBase64Url(deflateSync(json, { level: 9 }))}`;
}

export function isShareHash(hash: string): boolean {
  return hash.startsWith('#share=');
}

/** Decodes a `#share=` fragment; never throws, whatever the fragment holds. */
export function readShareHash(hash: string): ShareLinkResult {
  const match = SHARE_HASH.exec(hash);
  if (match === null) return failure('malformed');
  const version = Number(match[1]);
  const data = match[2] as string;
  if (version > SHARE_FORMAT_VERSION) return failure('unsupported-version');
  if (decodedLength(data.length) > MAX_SHARE_BYTES) return failure('too-large');
  const compressed = decodeBase64Url(data);
  if (compressed === null) return failure('malformed');
  const inflated = inflateAtMost(compressed, MAX_SHARE_BYTES);
  if (inflated === 'too-large' || inflated === 'corrupt') return failure(inflated);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return failure('corrupt');
  }
  const state = readPayload(version, json);
  return state === null ? failure('corrupt') : { ok: true, state };
}

/** The reader for each version, each migrating to the current state. */
function readPayload(version: number, json: unknown): SharedState | null {
  switch (version) {
    case 1:
      return readPayloadV1(json);
    default:
      return null;
  }
}

function readPayloadV1(json: unknown): SharedState | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const payload = json as Record<string, unknown>;
  if (typeof payload.dockerfile !== 'string') return null;
  if (payload.dockerignore !== undefined && typeof payload.dockerignore !== 'string') return null;
  const finding = payload.finding as Partial<FindingReference> | undefined;
  const validFinding =
    typeof finding === 'object' && finding !== null && isRuleCode(finding.code) && Number.isSafeInteger(finding.start) && (finding.start as number) >= 0;
  return {
    dockerfile: payload.dockerfile,
    dockerignore: payload.dockerignore ?? '',
    buildArgs: sanitizeBuildArgs(payload.buildArgs),
    settings: sanitizeSettings(payload.settings),
    panel: PANELS.includes(payload.panel as PanelId) ? (payload.panel as PanelId) : 'findings',
    rule: isRuleCode(payload.rule) ? payload.rule : null,
    finding: validFinding ? { code: finding.code as string, start: finding.start as number } : null,
  };
}

/**
 * Raw DEFLATE, stopping as soon as the output passes `limit` bytes. fflate inflates everything it
 * is given in one step, so the input goes in small slices and the size is checked in between:
 * even a maximally compressed slice (about 1:1032) stays far below the limit.
 */
function inflateAtMost(compressed: Uint8Array, limit: number): Uint8Array | 'too-large' | 'corrupt' {
  if (compressed.length === 0) return 'corrupt';
  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
    finished = final;
  });
  try {
    for (let offset = 0; offset < compressed.length && size <= limit; offset += INFLATE_INPUT_SLICE) {
      const end = offset + INFLATE_INPUT_SLICE;
      inflater.push(compressed.subarray(offset, end), end >= compressed.length);
    }
  } catch {
    return 'corrupt';
  }
  if (size > limit) return 'too-large';
  if (!finished) return 'corrupt';
  const output = new Uint8Array(size);
  let position = 0;
  for (const chunk of chunks) {
    output.set(chunk, position);
    position += chunk.length;
  }
  return output;
}
