import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/engine/report/index.js';
import { docs as DL3000Docs, rule as DL3000 } from '../../src/engine/rules/catalog/DL3000.js';
import { docs as DL4000Docs, rule as DL4000 } from '../../src/engine/rules/catalog/DL4000.js';
import type { Rule } from '../../src/engine/rules/types.js';
import { analyzed, finding, handMade, OPTIONS, SAMPLE, STABLE_RULES } from './fixtures.js';

const region = (startLine: number, startColumn: number, endLine: number, endColumn: number) => ({ startLine, startColumn, endLine, endColumn });

function location(uri: string, lineRegion: ReturnType<typeof region>) {
  return [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: lineRegion } }];
}

const codeBlock = (text: string): string => `\`\`\`dockerfile\n${text.trimEnd()}\n\`\`\``;

describe('sarif report', () => {
  it('is one SARIF 2.1.0 run with the rules that fired and a result per problem', () => {
    const log = JSON.parse(formatSarif([analyzed('Dockerfile', SAMPLE), analyzed('ok/Dockerfile', 'FROM alpine:3.20\n')], OPTIONS)) as Log;
    const dl4000Help = `${DL4000Docs.why} shipshape offers a safe automatic fix.`;
    expect(log).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'shipshape',
              version: '1.2.3',
              informationUri: 'https://www.npmjs.com/package/shipshape',
              rules: [
                {
                  id: 'DL1000',
                  name: 'parse-error',
                  shortDescription: { text: 'BuildKit cannot parse or accept this Dockerfile.' },
                  fullDescription: { text: expect.stringContaining('hadolint reports parse errors under the same code') },
                  help: { text: expect.stringContaining("BuildKit's parser and instruction checks reject the file") },
                  helpUri: 'https://www.npmjs.com/package/shipshape#dl1000',
                  defaultConfiguration: { level: 'error' },
                },
                {
                  id: 'DL3000',
                  name: 'workdir-relative-path',
                  shortDescription: { text: DL3000.meta.description },
                  fullDescription: { text: DL3000Docs.why },
                  help: {
                    text: DL3000Docs.why,
                    markdown: [
                      DL3000.meta.description,
                      DL3000Docs.why,
                      ...DL3000Docs.examples.bad.map((text) => `Bad:\n\n${codeBlock(text)}`),
                      ...DL3000Docs.examples.good.map((text) => `Good:\n\n${codeBlock(text)}`),
                    ].join('\n\n'),
                  },
                  helpUri: 'https://github.com/hadolint/hadolint/wiki/DL3000',
                  defaultConfiguration: { level: 'error' },
                  properties: { tags: ['correctness'] },
                },
                {
                  id: 'DL4000',
                  name: 'maintainer-deprecated',
                  shortDescription: { text: DL4000.meta.description },
                  fullDescription: { text: dl4000Help },
                  help: { text: dl4000Help, markdown: expect.stringContaining(dl4000Help) },
                  helpUri: 'https://github.com/hadolint/hadolint/wiki/DL4000',
                  defaultConfiguration: { level: 'error' },
                  properties: { tags: ['maintainability'] },
                },
              ],
            },
          },
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'DL4000',
              ruleIndex: 2,
              level: 'error',
              message: { text: 'MAINTAINER is deprecated' },
              locations: location('Dockerfile', region(2, 1, 2, 11)),
              partialFingerprints: { 'shipshapeLineHash/v1': '6997a8eb:1' },
            },
            {
              ruleId: 'DL3000',
              ruleIndex: 1,
              level: 'error',
              message: { text: 'Use absolute WORKDIR: `app` is relative' },
              locations: location('Dockerfile', region(3, 9, 3, 12)),
              partialFingerprints: { 'shipshapeLineHash/v1': 'ccb3ee39:1' },
            },
            {
              ruleId: 'DL1000',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'unknown instruction: BADCMD' },
              locations: location('Dockerfile', region(4, 1, 4, 7)),
              partialFingerprints: { 'shipshapeLineHash/v1': 'acb00da0:1' },
            },
          ],
        },
      ],
    });
  });

  it('maps info and style to note, and describes a code it has no metadata for by its name', () => {
    const text = 'FROM alpine:3.20\nRUN make\n';
    const log = JSON.parse(
      formatSarif(
        [
          handMade('Dockerfile', text, [
            finding({ code: 'SS900', name: 'made-up', severity: 'info', message: 'i', range: region(2, 1, 2, 4) }),
            finding({ code: 'SS900', name: 'made-up', severity: 'style', message: 's', range: region(2, 5, 2, 9) }),
          ]),
        ],
        OPTIONS,
      ),
    ) as Log;
    const run = log.runs[0];
    expect(run?.tool.driver.rules).toEqual([
      { id: 'SS900', name: 'made-up', helpUri: 'https://www.npmjs.com/package/shipshape#ss900', defaultConfiguration: { level: 'note' } },
    ]);
    expect(run?.results?.map((result) => [result.ruleIndex, result.level, result.partialFingerprints])).toEqual([
      [0, 'note', { 'shipshapeLineHash/v1': '959488db:1' }],
      // Same code on the same line text: the occurrence count tells them apart.
      [0, 'note', { 'shipshapeLineHash/v1': '959488db:2' }],
    ]);
  });

  it('describes a rule that has no docs by its description, without Markdown help', () => {
    const undocumented: Rule = {
      meta: {
        code: 'SS901',
        name: 'undocumented',
        severity: 'warning',
        category: 'size',
        refs: [],
        enabledByDefault: true,
        description: 'A rule from outside the catalog.',
        fix: 'safe',
        messages: { message: 'm' },
      },
      check() {},
    };
    const file = handMade('Dockerfile', 'FROM alpine:3.20\n', [finding({ code: 'SS901', severity: 'warning', message: 'm', range: region(1, 1, 1, 5) })]);
    const log = JSON.parse(formatSarif([file], { ...OPTIONS, rules: [...STABLE_RULES, undocumented] })) as Log;
    const explanation = 'A rule from outside the catalog. shipshape offers a safe automatic fix.';
    expect(log.runs[0]?.tool.driver.rules).toEqual([
      {
        id: 'SS901',
        name: 'undocumented',
        shortDescription: { text: 'A rule from outside the catalog.' },
        fullDescription: { text: explanation },
        help: { text: explanation },
        helpUri: 'https://www.npmjs.com/package/shipshape#ss901',
        defaultConfiguration: { level: 'warning' },
        properties: { tags: ['size'] },
      },
    ]);
  });

  it.each([
    ['sub dir/Dockerfile', { uri: 'sub%20dir/Dockerfile', uriBaseId: '%SRCROOT%' }],
    ['./app/Dockerfile', { uri: 'app/Dockerfile', uriBaseId: '%SRCROOT%' }],
    ['app\\Dockerfile', { uri: 'app/Dockerfile', uriBaseId: '%SRCROOT%' }],
    ['/repo/#1/Dockerfile', { uri: 'file:///repo/%231/Dockerfile' }],
    ['C:\\repo\\Dockerfile', { uri: 'file:///C:/repo/Dockerfile' }],
  ])('locates %j as %j', (file, artifactLocation) => {
    const log = JSON.parse(formatSarif([analyzed(file, 'FROM alpine:3.20\nWORKDIR app\n')], OPTIONS)) as Log;
    expect(log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual(artifactLocation);
  });

  it('has an empty result list when nothing is found', () => {
    const log = JSON.parse(formatSarif([analyzed('Dockerfile', 'FROM alpine:3.20\n')], OPTIONS)) as Log;
    expect([log.runs[0]?.tool.driver.rules, log.runs[0]?.results]).toEqual([[], []]);
  });
});
