import { describe, expect, it } from 'vitest';
import { findIndentationMistake } from './yaml-indentation.ts';

describe('findIndentationMistake', () => {
  it('names a claim field indented one space short, and the field it should line up with', () => {
    expect(findIndentationMistake('title: x\nclaims:\n  - id: a\n    date: "2022"\n   region: mali\n    stance: claimed\n')).toEqual({
      line: 5,
      field: 'claims[0].region',
      message: 'indented 3 spaces, out of line with the fields around it (date on line 4 is indented 4 spaces); expected region indented 4 spaces, in line with the field it belongs with',
    });
  });
  it('names a field indented deeper than the one above it', () => {
    expect(findIndentationMistake('title: x\n summary: y\ndate: z\n')).toEqual({
      line: 2,
      field: 'summary',
      message: 'indented 1 space, deeper than title on line 1 (not indented) though nothing opens a block there; expected summary not indented, in line with the field it belongs with',
    });
    expect(findIndentationMistake('claims:\n  - id: a\n    victims:\n      actors: []\n     category: civilians\n')?.field).toBe('claims[0].victims.category');
  });
  it('counts list items, and names the second claim', () => {
    expect(findIndentationMistake('claims:\n  - id: a\n    date: x\n  - id: b\n     date: y\n')).toMatchObject({ line: 5, field: 'claims[1].date' });
  });
  it('finds a tab', () => {
    expect(findIndentationMistake('claims:\n  - id: a\n\tdate: x\n')).toEqual({ line: 3, field: '', message: 'indented with a tab; expected spaces only, as YAML never reads a tab as indentation' });
  });
  it('leaves well-indented YAML, flow mappings, block scalars and long values alone', () => {
    const good = [
      'title: "A long title"',
      'summary: "A summary that goes on',
      '  over two lines: with a colon"',
      'note: |',
      '  Any text:',
      '      indented as it likes',
      'claims:',
      '  - id: a',
      '    victims: { actors: [x], category: civilians }',
      '    killed: { min: 1, max: null, text: "x" }',
      '    date:',
      '      from: "2024-01-01"',
      '      to: "2024-12-31"',
      '  - id: b # a comment',
      '',
      '    sources: [s]',
      'corrections:',
      '- date: "2024-01-02"',
      '  text: x',
    ].join('\n');
    expect(findIndentationMistake(good)).toBeUndefined();
  });
});
