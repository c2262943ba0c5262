import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../src/app/share/base64url';
import { MAX_SHARE_BYTES, readShareHash, shareHashFor, type SharedState } from '../../src/app/share/shareLink';

const STATE: SharedState = {
  dockerfile: 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl\n',
  dockerignore: '.git\nnode_modules\n',
  buildArgs: { APP_VERSION: '1.2.3' },
  settings: { rules: { DL3008: false, DL3015: 'error' }, trustedRegistries: ['registry.example.com'] },
  panel: 'rules',
  rule: 'DL3007',
  finding: { code: 'DL3007', start: 5 },
};

/** A link made by the first release (format version 1). It must open the same way forever. */
const V1_LINK =
  '#share=1.TY9Ba8MwDIX_itGhpzS0K2Ujt8I2GGxtydgu6yhurAYzxw6yDCsl_31yMsZO9pPe9yRdwYTmC-lsHUIFj_XuRaVT8pwqpxkjH3z9tlW653mLrFJvpKpms7-K9ZG1c2p-UU0id_BQ_Eba1gfKoWVrJcYHg8cumOQwjq5Tss5sqI1QXWGz3x_fH-rXp91WiGV5U65gKCAis_WThTKZP_fPq8XiDqqzdhGLUS7XQiFRoEwxpchoamxtZLKZ-gCa1KXEb931DssmdPAp7l57dIJP-cX4ihyn3Io-W29khzy5kRv-t-R0YqjWw_AD';

/** A fragment holding `json` as version `version` would, without going through the encoder. */
function handMade(json: string, version = 1): string {
  return `#share=${version}.${encodeBase64Url(deflateSync(new TextEncoder().encode(json)))}`;
}

describe('share links', () => {
  it('round-trip the whole state', () => {
    expect(readShareHash(shareHashFor(STATE))).toEqual({ ok: true, state: STATE });
  });

  it('round-trip text with every kind of character', () => {
    const dockerfile = '# escape=`\r\nFROM mcr.microsoft.com/windows:ltsc2022\r\nRUN echo "ü € 😀 \\ ` \u0000"\n\uFEFF';
    const state: SharedState = { ...STATE, dockerfile, buildArgs: {}, settings: {}, panel: 'findings', rule: null, finding: null };
    expect(readShareHash(shareHashFor(state))).toEqual({ ok: true, state });
  });

  it('keep defaults out of the link', () => {
    const minimal: SharedState = { ...STATE, dockerignore: '', buildArgs: {}, settings: { rules: {} }, panel: 'findings', rule: null, finding: null };
    const data = decodeBase64Url(shareHashFor(minimal).slice('#share=1.'.length)) ?? new Uint8Array();
    expect(JSON.parse(new TextDecoder().decode(inflateSync(data)))).toEqual({ dockerfile: STATE.dockerfile });
    expect(readShareHash(shareHashFor(minimal))).toEqual({ ok: true, state: { ...minimal, settings: {} } });
  });

  it('decode a version 1 link made by the first release', () => {
    expect(readShareHash(V1_LINK)).toEqual({ ok: true, state: STATE });
  });

  it('say so when a link comes from a newer version', () => {
    expect(readShareHash(handMade('{"dockerfile":""}', 2))).toMatchObject({ ok: false, problem: 'unsupported-version' });
  });

  it.each([
    ['no data', '#share=1.'],
    ['characters outside base64url', '#share=1.abc$def'],
    ['padding', `${shareHashFor(STATE)}==`],
    ['no version', '#share=.abcd'],
    ['an impossible length', '#share=1.a'],
  ])('reject %s', (_name, hash) => {
    const result = readShareHash(hash);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['malformed', 'corrupt']).toContain(result.problem);
  });

  it('reject a truncated link', () => {
    const link = shareHashFor(STATE);
    for (const cut of [10, 40, link.length - 3]) {
      expect(readShareHash(link.slice(0, cut)).ok).toBe(false);
    }
  });

  it('reject data that is not DEFLATE, not UTF-8 or not JSON', () => {
    expect(readShareHash(`#share=1.${encodeBase64Url(new TextEncoder().encode('plain text, not compressed'))}`)).toMatchObject({ problem: 'corrupt' });
    expect(readShareHash(`#share=1.${encodeBase64Url(deflateSync(new Uint8Array([0xff, 0xfe, 0xfd])))}`)).toMatchObject({ problem: 'corrupt' });
    expect(readShareHash(handMade('{"dockerfile": "unterminated'))).toMatchObject({ problem: 'corrupt' });
  });

  it.each([
    ['not an object', '[1, 2, 3]'],
    ['no Dockerfile', '{"dockerignore": ""}'],
    ['a Dockerfile that is not text', '{"dockerfile": 42}'],
    ['a .dockerignore that is not text', '{"dockerfile": "", "dockerignore": {}}'],
  ])('reject a payload with %s', (_name, json) => {
    expect(readShareHash(handMade(json))).toMatchObject({ ok: false, problem: 'corrupt' });
  });

  it('drop invalid fields and keep the valid ones', () => {
    // Written out by hand: an object literal would turn `__proto__` into a prototype, not a key.
    const json = `{
      "dockerfile": "FROM alpine",
      "buildArgs": { "GOOD": "yes", "BAD NAME": "x", "NUMBER": 3, "__proto__": { "polluted": "yes" } },
      "settings": { "rules": { "DL3008": "loud", "DL3009": false, "not a code": true, "__proto__": false }, "trustedRegistries": "docker.io", "strictLabels": true },
      "panel": "layers",
      "rule": "<script>",
      "finding": { "code": "DL3008", "start": -1 }
    }`;
    const result = readShareHash(handMade(json));
    expect(result).toMatchObject({
      ok: true,
      state: { dockerfile: 'FROM alpine', dockerignore: '', panel: 'findings', rule: null, finding: null },
    });
    if (!result.ok) return;
    expect(Object.entries(result.state.buildArgs)).toEqual([['GOOD', 'yes']]);
    expect(Object.entries(result.state.settings)).toEqual([
      ['rules', { DL3009: false }],
      ['strictLabels', true],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stop inflating a decompression bomb at the size limit', () => {
    // 16 MB of zeros compress to about 16 KB: a short link that inflates to far more than it shows.
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(MAX_SHARE_BYTES);
    const started = performance.now();
    expect(readShareHash(`#share=1.${encodeBase64Url(bomb)}`)).toMatchObject({ ok: false, problem: 'too-large' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('accept a payload just under the limit and reject one just over it', () => {
    const framing = JSON.stringify({ dockerfile: '' }).length;
    const fits = `{"dockerfile":"${'#'.repeat(MAX_SHARE_BYTES - framing)}"}`;
    expect(readShareHash(handMade(fits)).ok).toBe(true);
    const over = `{"dockerfile":"${'#'.repeat(MAX_SHARE_BYTES - framing + 1)}"}`;
    expect(readShareHash(handMade(over))).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('reject a link whose data alone is over the limit without decoding it', () => {
    expect(readShareHash(`#share=1.${'A'.repeat(Math.ceil((MAX_SHARE_BYTES * 4) / 3) + 8)}`)).toMatchObject({ ok: false, problem: 'too-large' });
  });
});
