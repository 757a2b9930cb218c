// Seeded mutations of the starter content, the way a hurried or hostile author breaks
// files: the check must never crash, hang or skip a file, must name file and line for
// every refusal, and the build must refuse what the check refuses and publish what it
// accepted exactly as checked.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomLcg } from 'd3';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../src/cli/read-content.ts';
import { validateContent } from '../src/cli/validate-content.ts';
import type { CollectionKey } from '../src/lib/content-set.ts';
import { astro } from './helpers/astro.ts';

const PROJECT = join(import.meta.dirname, '..');
const VARIANTS = Number(process.env.BRIEFS_MUTATIONS ?? 240);
const root = mkdtempSync(join(tmpdir(), 'briefs-mutants-'));
cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
cpSync(join(PROJECT, 'seeds'), join(root, 'seeds'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = (['briefs', 'actors', 'regions', 'series', 'sources'] as CollectionKey[]).flatMap((k) => listFiles(root, k));
const originals = new Map(files.map((f) => [f, readFileSync(join(root, f))]));

const random = randomLcg(0.42);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
const enc = (s: string) => Buffer.from(s, 'utf8');

/** A value line `key: value` of the text, or undefined. */
const valueLines = (lines: string[]) => lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*[\w-]+: \S/.test(l));
const body = (lines: string[]) => Math.max(lines.lastIndexOf('---'), 0) + 1;

/** Mutations by name: each takes a file's bytes and returns new bytes. */
const MUTATIONS: Record<string, (bytes: Buffer) => Buffer> = {
  'delete a line': (b) => {
    const lines = b.toString('utf8').split('\n');
    lines.splice(int(lines.length), 1);
    return enc(lines.join('\n'));
  },
  'swap two values': (b) => {
    const lines = b.toString('utf8').split('\n');
    const values = valueLines(lines);
    if (values.length < 2) return b;
    const [[x, i], [y, j]] = [pick(values), pick(values)];
    const [kx, vx] = [x.slice(0, x.indexOf(': ') + 2), x.slice(x.indexOf(': ') + 2)];
    const [ky, vy] = [y.slice(0, y.indexOf(': ') + 2), y.slice(y.indexOf(': ') + 2)];
    lines[i] = kx + vy;
    lines[j] = ky + vx;
    return enc(lines.join('\n'));
  },
  truncate: (b) => b.subarray(0, int(b.length)),
  'a control byte': (b) => Buffer.concat([b.subarray(0, int(b.length)), Buffer.from([pick([1, 7, 8, 11, 12, 27, 127])]), b]),
  NUL: (b) => {
    const at = int(b.length);
    return Buffer.concat([b.subarray(0, at), Buffer.from([0]), b.subarray(at)]);
  },
  'bytes that are not UTF-8': (b) => {
    const at = int(b.length);
    return Buffer.concat([b.subarray(0, at), Buffer.from([pick([0xff, 0xc3, 0xe2, 0x80])]), b.subarray(at)]);
  },
  'U+FFFF': (b) => {
    const lines = b.toString('utf8').split('\n');
    const i = int(lines.length);
    lines[i] = `${lines[i]}\uFFFF`;
    return enc(lines.join('\n'));
  },
  'a YAML tag': (b) => {
    const lines = b.toString('utf8').split('\n');
    const values = valueLines(lines);
    if (values.length === 0) return b;
    const [line, i] = pick(values);
    lines[i] = line.replace(': ', `: ${pick(['!!timestamp', '!!binary', '!!set', '!foo', '!!python/object'])} `);
    return enc(lines.join('\n'));
  },
  'an alias': (b) => {
    const lines = b.toString('utf8').split('\n');
    const values = valueLines(lines);
    if (values.length < 2) return b;
    const [[x, i], [y, j]] = [pick(values), pick(values)];
    if (random() < 0.5) lines[i] = x.replace(': ', ': &a ');
    lines[j] = y.slice(0, y.indexOf(': ') + 2) + pick(['*a', '*nope']);
    return enc(lines.join('\n'));
  },
  'a duplicate key': (b) => {
    const lines = b.toString('utf8').split('\n');
    const values = valueLines(lines);
    if (values.length === 0) return b;
    const [line, i] = pick(values);
    lines.splice(i, 0, line);
    return enc(lines.join('\n'));
  },
  'deep nesting': (b) => {
    const lines = b.toString('utf8').split('\n');
    const values = valueLines(lines);
    if (values.length === 0) return b;
    const [line, i] = pick(values);
    const depth = pick([20, 200, 5000]);
    lines[i] = line.slice(0, line.indexOf(': ') + 2) + '['.repeat(depth) + ']'.repeat(depth);
    return enc(lines.join('\n'));
  },
  'raw HTML': (b) => {
    const lines = b.toString('utf8').split('\n');
    const at = body(lines) + int(Math.max(lines.length - body(lines), 1));
    lines.splice(at, 0, pick(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'a <iframe srcdoc="<script>alert(1)</script>"></iframe>', '<svg onload=alert(1)>', '<meta http-equiv="refresh" content="0;url=https://evil.example">', '> <base href="https://evil.example/">']));
    return enc(lines.join('\n'));
  },
  'a script URL': (b) => {
    const lines = b.toString('utf8').split('\n');
    const at = body(lines) + int(Math.max(lines.length - body(lines), 1));
    lines.splice(at, 0, pick(['[x](javascript:alert(1))', '- ![x](data:text/html,hi)', '<javascript:alert(1)>', '[x](JAVASCRIPT:alert(1) "t")', '::figure[c]{src="javascript:alert(1)" alt="a" source="s"}', '[x]: vbscript:msgbox']));
    return enc(lines.join('\n'));
  },
};

interface Outcome {
  name: string;
  file: string;
  errors: number;
  crashed?: string;
  skipped: boolean;
  lineless: string[];
  ms: number;
  /** The mutated file's HTML, when the check accepted a hostile variant. */
  html?: string;
}

const outcomes: Outcome[] = [];
const cache = new Map();
const variants: { name: string; file: string; bytes: Buffer }[] = [];
for (let v = 0; v < VARIANTS; v++) {
  const name = pick(Object.keys(MUTATIONS));
  const file = pick(files);
  variants.push({ name, file, bytes: MUTATIONS[name]!(originals.get(file)!) });
}

/** Runs the check on the starter content with one variant in place. */
function check(variant: (typeof variants)[number]) {
  writeFileSync(join(root, variant.file), variant.bytes);
  try {
    return validateContent(root, { cache });
  } finally {
    writeFileSync(join(root, variant.file), originals.get(variant.file)!);
  }
}

describe(`${VARIANTS} seeded mutations of the starter content`, () => {
  it('never crash, hang or skip a file, and every refusal names its file and line', () => {
    for (const variant of variants) {
      const started = performance.now();
      const outcome: Outcome = { name: variant.name, file: variant.file, errors: 0, skipped: false, lineless: [], ms: 0 };
      try {
        const result = check(variant);
        const errors = result.issues.filter((i) => i.severity === 'error');
        outcome.errors = errors.length;
        if (errors.length === 0 && ['raw HTML', 'a script URL'].includes(variant.name)) outcome.html = result.rendered.get(variant.file)?.html ?? '';
        outcome.skipped = result.files !== files.length || result.onDisk !== files.length;
        const lines = variant.bytes.toString('utf8').split('\n').length;
        outcome.lineless = errors.filter((e) => !originals.has(e.file) || !(e.line >= 1 && e.line <= Math.max(lines, originals.get(e.file)!.toString().split('\n').length) + 1)).map((e) => `${e.file}:${e.line}: ${e.message}`);
      } catch (error) {
        outcome.crashed = String((error as Error).stack ?? error);
      }
      outcome.ms = performance.now() - started;
      outcomes.push(outcome);
    }
    const refused = outcomes.filter((o) => o.errors > 0 && o.lineless.length === 0).length;
    const accepted = outcomes.filter((o) => o.errors === 0 && !o.crashed).length;
    console.log(`mutations: ${outcomes.length} variants: ${accepted} accepted, ${refused} refused with file and line, ${outcomes.filter((o) => o.crashed).length} crashes, ${outcomes.filter((o) => o.skipped).length} skipped a file; slowest check ${Math.round(Math.max(...outcomes.map((o) => o.ms)))} ms`);
    expect(outcomes.filter((o) => o.crashed).map((o) => `${o.name} in ${o.file}: ${o.crashed}`)).toEqual([]);
    expect(outcomes.filter((o) => o.skipped).map((o) => `${o.name} in ${o.file}`)).toEqual([]);
    expect(outcomes.flatMap((o) => o.lineless)).toEqual([]);
    // A hang would show as a check far slower than reading 75 files takes.
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(10_000);
    // Every hostile class is refused, whatever file it lands in.
    for (const name of ['NUL', 'bytes that are not UTF-8', 'U+FFFF', 'a YAML tag', 'a control byte']) {
      expect(outcomes.filter((o) => o.name === name && o.errors === 0).map((o) => `${o.name} in ${o.file}`)).toEqual([]);
    }
    // Hostile HTML and links are refused, or (written where Markdown reads them as text)
    // published as harmless text: no element, handler or script URL in the rendered body.
    const unsafe = /<(script|iframe|svg|meta|base|img[^>]*onerror)|\son\w+=|(href|src)="(?!https?:|mailto:|\/|#)[a-z][\w+.-]*:/i;
    for (const { name, html } of outcomes.filter((o) => o.html !== undefined)) expect(unsafe.test(html!), `${name}: ${html}`).toBe(false);
  });

  // Builds are slow: one refused variant and one accepted one, in a brief.
  it('builds refuse what the check refuses and publish what it accepted, as checked', () => {
    const inBrief = variants.map((v, i) => ({ v, o: outcomes[i]! })).filter(({ v }) => v.file.startsWith('content/briefs/'));
    const refused = inBrief.find(({ o }) => o.errors > 0)!;
    const accepted = inBrief.find(({ v, o }) => o.errors === 0 && !v.bytes.equals(originals.get(v.file)!))!;
    for (const { v, o } of [refused, accepted]) {
      const out = join(root, 'dist');
      writeFileSync(join(root, v.file), v.bytes);
      try {
        const build = astro(['build', '--outDir', out], { BRIEFS_ROOT: root });
        expect(build.status === 0, `${v.name} in ${v.file}:\n${build.output.slice(-2000)}`).toBe(o.errors === 0);
        if (o.errors === 0) {
          const checked = validateContent(root).rendered.get(v.file)!;
          const id = v.file.replace(/^.*\//, '').replace(/\.md$/, '');
          const page = parse(readFileSync(join(out, 'briefs', id, 'index.html'), 'utf8'));
          const shown = page.querySelector('.prose.body')!.innerHTML;
          // Every part of the checked HTML is on the page as rendered (charts fill the slots between).
          for (const part of checked.parts) expect(shown).toContain(part.trim().slice(0, 200));
        }
      } finally {
        writeFileSync(join(root, v.file), originals.get(v.file)!);
        rmSync(out, { recursive: true, force: true });
      }
    }
  });
});
