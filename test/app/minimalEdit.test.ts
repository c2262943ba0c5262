import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalEdit } from '../../src/app/editor/minimalEdit';
import { applyEdits } from '../../src/engine/rules/fixes';

describe('minimal edit', () => {
  it('keeps the common start and end', () => {
    expect(minimalEdit('FROM ubuntu:latest\nRUN x\n', 'FROM ubuntu:24.04\nRUN x\n')).toEqual({ start: 12, end: 18, text: '24.04' });
  });

  it('is null when nothing changes', () => {
    expect(minimalEdit('same', 'same')).toBeNull();
  });

  it('does not split a CRLF line break or a surrogate pair', () => {
    const crlf = minimalEdit('a\r\nb', 'a\nb');
    expect(crlf).not.toBeNull();
    expect('a\r\nb'.slice(0, crlf?.start)).not.toMatch(/\r$/);
    const emoji = minimalEdit('x😀y', 'x😁y');
    expect(emoji).toEqual({ start: 1, end: 3, text: '😁' });
  });

  it('always turns the old text into the new one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (before, after) => {
        const edit = minimalEdit(before, after);
        expect(edit === null ? before : applyEdits(before, [edit])).toBe(after);
      }),
    );
  });
});
