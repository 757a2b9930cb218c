import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIEF, contentWith } from '../../tests/helpers/content-fixture.ts';
import { checkReferences } from '../lib/check/check-references.ts';
import { readContent } from './read-content.ts';
import { ReadingCache } from './reading-cache.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A copy of the minimal site and an empty folder to keep its readings in. */
function setUp() {
  const site = contentWith();
  const folder = mkdtempSync(join(tmpdir(), 'readings-'));
  cleanups.push(site.cleanup, () => rmSync(folder, { recursive: true, force: true }));
  const kept = () => readdirSync(folder).flatMap((code) => readdirSync(join(folder, code)));
  return { root: site.root, folder, kept };
}

/** What the check says of a reading: each file's problems and the problems between files. */
const messages = (reading: ReturnType<typeof readContent>) =>
  [...reading.issues, ...checkReferences(reading.files)].map((i) => `${i.file}:${i.line}: ${i.field}: ${i.message}`);

describe('readings kept between runs', () => {
  it('keeps one reading per file, and a restart reads again only the file changed since', () => {
    const { root, folder, kept } = setUp();
    readContent(root, new ReadingCache(folder));
    const first = kept();
    // Two actors, two regions, one series, one source, one brief.
    expect(first).toHaveLength(7);
    const source = join(root, 'seeds/naba-2022-09.yaml');
    writeFileSync(source, readFileSync(source, 'utf8').replace('al-Naba issue 357', 'Renamed while stopped'));
    const again = readContent(root, new ReadingCache(folder));
    expect(again.content.sources.map((s) => s.data.title)).toEqual(['Renamed while stopped']);
    const second = kept();
    // The source's new reading replaced its old one; the six others were used as kept.
    expect(second).toHaveLength(7);
    expect(second.filter((k) => !first.includes(k))).toHaveLength(1);
  });

  it('uses a kept reading instead of parsing the file again', () => {
    const { root, folder, kept } = setUp();
    const source = join(root, 'seeds/naba-2022-09.yaml');
    const original = readFileSync(source, 'utf8');
    readContent(root, new ReadingCache(folder));
    const first = kept();
    writeFileSync(source, original.replace('al-Naba issue 357', 'Renamed while stopped'));
    readContent(root, new ReadingCache(folder));
    const second = kept();
    const [old] = first.filter((k) => !second.includes(k));
    const [renamed] = second.filter((k) => !first.includes(k));
    // The reading of the renamed text, filed under the original text's digest, then the
    // original text back on disk: a restart shows the kept reading, so nothing parsed the file.
    const [code] = readdirSync(folder);
    writeFileSync(join(folder, code!, old!), readFileSync(join(folder, code!, renamed!)));
    writeFileSync(source, original);
    expect(readContent(root, new ReadingCache(folder)).content.sources.map((s) => s.data.title)).toEqual(['Renamed while stopped']);
    expect(readContent(root).content.sources.map((s) => s.data.title)).toEqual(['al-Naba issue 357']);
  });

  it('after a restart, a mistake between files names the line in an unchanged, kept file', () => {
    const { root, folder } = setUp();
    readContent(root, new ReadingCache(folder));
    rmSync(join(root, 'content/actors/jnim.md'));
    const warm = messages(readContent(root, new ReadingCache(folder)));
    // The brief names jnim on lines 9 (actors), 17 (perpetrators) and 20 (claimant).
    expect(warm.filter((m) => m.startsWith(`${BRIEF}:`)).map((m) => m.split(':')[1])).toEqual(['9', '17', '20']);
    expect(warm).toEqual(messages(readContent(root)));
  });

  it('reads every file when the kept readings cannot be used', () => {
    const { root, folder, kept } = setUp();
    readContent(root, new ReadingCache(folder));
    for (const name of kept()) for (const code of readdirSync(folder)) writeFileSync(join(folder, code, name), 'not a reading');
    expect(messages(readContent(root, new ReadingCache(folder)))).toEqual([]);
    expect(readContent(root, new ReadingCache(folder)).content.briefs.map((b) => b.data.title)).toEqual(['A test brief']);
  });
});

describe('readings kept in memory while the preview runs', () => {
  it('reads again a file whose bytes changed, even at the same size with its modification time put back', () => {
    const { root } = setUp();
    const cache = new ReadingCache();
    const source = join(root, 'seeds/naba-2022-09.yaml');
    const before = statSync(source);
    expect(readContent(root, cache).content.sources.map((s) => s.data.title)).toEqual(['al-Naba issue 357']);
    // Same length, same modification time: only the change time and the bytes differ.
    writeFileSync(source, readFileSync(source, 'utf8').replace('al-Naba issue 357', 'al-Naba issue 358'));
    utimesSync(source, before.atime, before.mtime);
    expect(readContent(root, cache).content.sources.map((s) => s.data.title)).toEqual(['al-Naba issue 358']);
  });
});
