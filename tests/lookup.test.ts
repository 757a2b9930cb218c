import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from './helpers/dist.ts';

const lookup = (...query: string[]) => spawnSync(process.execPath, ['src/cli/lookup.ts', ...query], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });

describe('npm run lookup', () => {
  it('finds an actor by an alias, with its file and the line to paste', () => {
    const result = lookup('gsim');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("jnim  (actor)  content/actors/jnim.md:1\n  Jama'at Nusrat al-Islam wal-Muslimin (JNIM)\n  paste: actors: [jnim]");
  });

  it('finds a region and the incidents there without the accent, the region first', () => {
    const { stdout } = lookup('segou');
    expect(stdout.startsWith('mali-segou  (region)  content/regions/mali-segou.yaml:1\n  Ségou\n  paste: regions: [mali-segou]')).toBe(true);
    expect(lookup('TINZAOUATEN').stdout).toContain(
      'tinzaouaten-2024-07-wagner-losses  (incident)  content/briefs/2025/2025-03-27-gao-convoy-africa-corps/index.md:28\n  northern Tinzaouaten, July 2024\n  paste: incident: tinzaouaten-2024-07-wagner-losses',
    );
  });

  it('finds a series, a source and an incident by id', () => {
    expect(lookup('mw-weekly').stdout).toContain('mw-weekly  (series)  content/series/mw-weekly.yaml:1\n  MW Weekly\n  paste: series: mw-weekly');
    expect(lookup('zallaqa').stdout).toContain('zallaqa-2023-09-07  (source)  seeds/zallaqa-2023-09-07.yaml:1');
    expect(lookup('moura-2022-03').stdout).toMatch(/^moura-2022-03 {2}\(incident\) {2}content\/briefs\/2022\/[\w-]+\.md:\d+\n/);
  });

  it('says so when nothing matches, and exits 1', () => {
    const result = lookup('atlantis');
    expect([result.status, result.stdout.trim()]).toEqual([1, 'Nothing matches "atlantis". Try fewer words, or another spelling; `npm run incidents -- QUERY` also finds incidents by date.']);
  });
});

describe('actor and region pages', () => {
  it('show the id to copy and the line a brief uses it in', () => {
    expect(page('actors/jnim').querySelectorAll('.profile-facts code.copy-id').map((c) => c.text)).toEqual(['jnim', 'actors: [jnim]']);
    expect(page('regions/mali-gao').querySelectorAll('.profile-facts code.copy-id').map((c) => c.text)).toEqual(['mali-gao', 'regions: [mali-gao]']);
  });
});
