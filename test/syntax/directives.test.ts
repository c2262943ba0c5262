import { describe, expect, it } from 'vitest';
import { detectDirective } from '../../src/engine/syntax/index.js';

describe('detectDirective', () => {
  it('reads the directive lines at the top, line endings and a shebang aside', () => {
    const text = '#!/usr/bin/env buildctl\r\n# syntax=docker/dockerfile:1\r\n#check=skip=DL3008;error=true\r\nFROM alpine\r\n';
    expect(detectDirective('check', text)).toEqual({ ref: 'skip=DL3008;error=true', cmdline: 'skip=DL3008;error=true', line: 3 });
    expect(detectDirective('syntax', text)).toEqual({ ref: 'docker/dockerfile:1', cmdline: 'docker/dockerfile:1', line: 2 });
  });

  it('stops at the first line that is not a directive', () => {
    expect(detectDirective('check', 'FROM alpine\n# check=skip=all\n')).toBeNull();
    expect(detectDirective('check', '# syntax=docker/dockerfile:1\n\n# check=skip=all\n')).toBeNull();
    expect(detectDirective('check', '# syntax=a\n# syntax=b\n# check=skip=all\n')).toBeNull();
  });

  it('finds a directive on the last line of a file without a final newline', () => {
    expect(detectDirective('check', '# check=error=true')).toEqual({ ref: 'error=true', cmdline: 'error=true', line: 1 });
    expect(detectDirective('check', '')).toBeNull();
  });
});
