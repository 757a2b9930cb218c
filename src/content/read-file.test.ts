import { describe, expect, it } from 'vitest';
import { BriefSchema, SourceSchema } from '../schema/index.ts';
import { readFile } from './read-file.ts';

const encode = (s: string) => new TextEncoder().encode(s);
/** The problems with a brief as `line: field: message`. */
const problems = (bytes: Uint8Array | string) => readFile('b.md', bytes, BriefSchema, true).issues.map((i) => `${i.line}: ${i.field ? `${i.field}: ` : ''}${i.message}`);

describe('reading a file', () => {
  it('refuses bytes that are not UTF-8, naming the line', () => {
    expect(problems(new Uint8Array([...encode('---\ntitle: "a'), 0xff, ...encode('"\n---\n')]))).toEqual(['2: bytes that are not UTF-8; expected the file saved as UTF-8 text']);
  });

  it('refuses NUL, other control characters and U+FFFF, naming the line and column', () => {
    expect(problems('---\ntitle: "a\uFFFF"\n---\nok\u0000\n\tfine\n')).toEqual([
      '2: the non-character U+FFFF at column 10; expected text without control characters other than tab and line feed',
      '4: the control character U+0000 (NUL) at column 3; expected text without control characters other than tab and line feed',
    ]);
  });

  it('refuses YAML tags beyond the core schema', () => {
    expect(problems('---\ntitle: !!binary aGk=\nissue: !foo 3\ndate: !!timestamp 2024-01-01\nsummary: !!set {a}\n---\n')).toEqual([
      '2: YAML tag !!binary; expected plain values without tags',
      '3: YAML tag !foo; expected plain values without tags',
      '4: YAML tag !!timestamp; expected plain values without tags',
      '5: YAML tag !!set; expected plain values without tags',
    ]);
  });

  it('refuses the same field twice', () => {
    expect(problems('---\ntitle: a\ntitle: b\n---\n')).toEqual(['3: the same field twice in one mapping; expected each field once']);
  });

  it('refuses an alias to nothing, and an alias bomb fast', () => {
    expect(problems('---\ntitle: a\nsummary: *x\n---\n')).toEqual(['3: YAML alias (*name) to an anchor (&name) not defined before it; expected each value written out']);
    const letters = 'abcdefghij';
    const bomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...[...letters.slice(1)].map((l, i) => `${l}: &${l} [${Array(9).fill(`*${letters[i]}`).join(',')}]`), '---', ''].join('\n');
    const started = performance.now();
    expect(problems(bomb)).toEqual(['5: more than 20 YAML aliases (*name); expected each value written out']);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses nesting deeper than any field', () => {
    expect(problems(`---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`)[0]).toMatch(/^2: YAML nested /);
    expect(problems(`---\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n')} 1\n---\n`)[0]).toMatch(/^\d+: YAML nested 16 levels deep or more/);
  });

  it('never runs another frontmatter language', () => {
    expect(problems('---js\n{ title: (() => { throw 1 })() }\n---\n')).toEqual(['1: no frontmatter; expected the file to start with a "---" line, the YAML fields, and another "---" line']);
  });

  it('keeps unquoted dates as written, in one reading for check and pages', () => {
    const parsed = readFile('b.md', '---\ndataCutoff: 2024-02-29T23:30:00-02:00\n---\n', BriefSchema, true);
    expect((parsed.file?.raw as { dataCutoff: unknown }).dataCutoff).toBe('2024-02-29T23:30:00-02:00');
  });

  it('refuses a source record whose url is not http or https', () => {
    const text = 'title: t\npublisher: p\nauthor: a\npublished: "2024-01-01"\nurl: "javascript:alert(1)"\nkind: media\nlanguage: en\nsummary: s\n';
    expect(readFile('seeds/s.yaml', text, SourceSchema, false).issues.map((i) => `${i.line}: ${i.field}: ${i.message}`)).toEqual(['5: url: found "javascript:alert(1)"; expected an http:// or https:// address']);
  });

  it('refuses every YAML escape of a character the raw bytes may not hold, naming the line', () => {
    for (const [escape, what] of [['\\0', 'the control character U+0000 (NUL)'], ['\\u0001', 'the control character U+0001'], ['\\x85', 'the control character U+0085'], ['\\uFFFE', 'the non-character U+FFFE'], ['\\ud800', 'the lone surrogate U+D800']]) {
      expect(problems(`---\ntitle: t\nsummary: "a ${escape} b"\n---\n`)).toEqual([`3: ${what} (written as an escape); expected text without control characters other than tab and line feed`]);
    }
  });

  it('refuses a frontmatter or a file longer than any brief, before parsing it, at once', () => {
    const started = performance.now();
    expect(problems(`---\ntitle: "${'x'.repeat(200_000)}"\n---\n`)).toEqual(['1: frontmatter of 200010 characters; expected at most 200000 (split the claims over several briefs)']);
    expect(problems(`---\ntitle: t\n---\n${'x'.repeat(400_000)}`)).toEqual(['1: file of 400017 characters; expected at most 400000']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
