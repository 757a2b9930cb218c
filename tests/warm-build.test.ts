// A rebuild keeps the pages whose data and code did not change (src/site/page-cache.ts): after
// each edit, a warm build (caches kept; the output removed, as a deploy does, or written over
// in place, as on an author's machine) must print exactly the site a cold build of the same
// content prints, and must not have rendered it all again.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';

const PROJECT = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'briefs-warm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The content and seeds of `from`, copied to `root`. */
function contentAt(root: string, from = PROJECT) {
  for (const folder of ['content', 'seeds']) cpSync(join(from, folder), join(root, folder), { recursive: true });
  return root;
}

/** Builds `root` into `root/dist` (removed first, unless `over` the last build); returns the build's count of pages served from the cache. */
function build(root: string, { over = false } = {}): { kept: number; total: number } {
  if (!over) rmSync(join(root, 'dist'), { recursive: true, force: true });
  const result = astro(['build', '--outDir', join(root, 'dist')], { BRIEFS_ROOT: root });
  expect(result.status, result.output).toBe(0);
  const counted = /(\d+) of (\d+) pages from the cache/.exec(result.output);
  expect(counted, result.output).not.toBeNull();
  return { kept: Number(counted![1]), total: Number(counted![2]) };
}

/** The files that differ between two built sites (missing from either, or other bytes). */
function differences(a: string, b: string): string[] {
  const list = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1));
  const inA = new Set(list(a));
  const inB = new Set(list(b));
  return [...new Set([...inA, ...inB])].filter((f) => !inA.has(f) || !inB.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).sort();
}

function edit(root: string, file: string, from: string, to: string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  expect(before).toContain(from);
  writeFileSync(path, before.replace(from, to));
}

describe('a warm rebuild', () => {
  const warm = contentAt(join(work, 'warm'));
  const first = build(warm);

  it('renders every page on a first build, with no cache', () => {
    expect(first.kept).toBe(0);
    expect(first.total).toBeGreaterThan(150);
  });

  // Each edit in turn, on top of the ones before, with the share of pages (cards aside: they are
  // their cached pictures) that must come from the cache. The starter site is small and dense:
  // the edited brief names actors and regions whose pages and feeds list it. Every starter claim
  // is in Mali, and Mali's charts sit on half the site's pages, so a changed figure prints more
  // than half the site again.
  const edits: [string, string, string, string, number][] = [
    ["one brief's body", 'content/briefs/2022/2022-10-06-menaka-wagner-islamic-state.md', '::chart{type="claims-by-perpetrator" region="mali"}', '::chart{type="claims-by-perpetrator" region="mali"}\n\nA sentence added after the charts.', 0.7],
    ["an actor's name", 'content/actors/dan-na-ambassagou.md', 'name: "Dan Na Ambassagou"', 'name: "Dan Na Ambassagou militia"', 0.6],
    ["a claim's killed figure", 'content/briefs/2022/2022-05-06-central-mali-collective-punishment.md', 'killed: "at least 300"', 'killed: "at least 310"', 0.4],
  ];
  for (const [what, file, from, to, share] of edits) {
    it(`after editing ${what}, prints what a cold build prints, ${share * 100}% of pages or more from the cache`, () => {
      edit(warm, file, from, to);
      // Written over the last build, but for the actor's name (output removed first). A file no
      // build writes any more is deleted by a build written over it.
      const over = what !== "an actor's name";
      mkdirSync(join(warm, 'dist/briefs/gone'), { recursive: true });
      writeFileSync(join(warm, 'dist/briefs/gone/index.html'), '<p>A page whose brief was deleted.</p>');
      const rebuilt = build(warm, { over });
      const cold = join(work, `cold-${edits.findIndex((e) => e[0] === what)}`);
      contentAt(cold, warm);
      expect(build(cold).kept).toBe(0);
      expect(differences(join(cold, 'dist'), join(warm, 'dist'))).toEqual([]);
      expect(rebuilt.total).toBe(first.total);
      // The edited pages are rendered again; most of the site comes from the cache.
      expect(rebuilt.kept).toBeLessThan(rebuilt.total);
      expect(rebuilt.kept).toBeGreaterThanOrEqual(Math.ceil(rebuilt.total * share));
      rmSync(cold, { recursive: true, force: true });
    });
  }
});
