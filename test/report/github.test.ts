import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/engine/report/index.js';
import { analyzed, finding, handMade, SAMPLE } from './fixtures.js';

describe('github report', () => {
  it('prints one workflow command per problem', () => {
    expect(formatGithub([analyzed('Dockerfile', SAMPLE), analyzed('ok/Dockerfile', 'FROM alpine:3.20\n')])).toBe(
      `::error file=Dockerfile,line=2,col=1,endLine=2,endColumn=11,title=DL4000::MAINTAINER is deprecated
::error file=Dockerfile,line=3,col=9,endLine=3,endColumn=12,title=DL3000::Use absolute WORKDIR: \`app\` is relative
::error file=Dockerfile,line=4,col=1,endLine=4,endColumn=7,title=DL1000::unknown instruction: BADCMD
`,
    );
  });

  it('maps warning to ::warning and info and style to ::notice, escaping data and properties', () => {
    const range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 };
    const file = handMade('dir,a:b/100%.Dockerfile', 'FROM alpine:3.20\n', [
      finding({ code: 'SS1', severity: 'warning', message: '50% done,\r\nnext: more', range }),
      finding({ code: 'SS2', severity: 'info', message: 'i', range }),
      finding({ code: 'SS3', severity: 'style', message: 's', range }),
    ]);
    expect(formatGithub([file])).toBe(
      `::warning file=dir%2Ca%3Ab/100%25.Dockerfile,line=1,col=1,endLine=1,endColumn=5,title=SS1::50%25 done,%0D%0Anext: more
::notice file=dir%2Ca%3Ab/100%25.Dockerfile,line=1,col=1,endLine=1,endColumn=5,title=SS2::i
::notice file=dir%2Ca%3Ab/100%25.Dockerfile,line=1,col=1,endLine=1,endColumn=5,title=SS3::s
`,
    );
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub([analyzed('Dockerfile', 'FROM alpine:3.20\n')])).toBe('');
  });
});
