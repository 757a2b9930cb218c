import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith } from './helpers/content-fixture.ts';

// `npm run new` in a terminal (util-linux's `script` gives it one), answered line by line.
const site = contentWith();
afterAll(site.cleanup);

describe('npm run new', () => {
  it('says why it asks again after an answer it cannot take, and numbers the issue by its date', () => {
    const answers = ['weekly-x', '', 'weekly', '', 'A past week'];
    const input = answers.map((a, i) => `sleep ${i === 0 ? 2 : 0.5}; printf '${a}\\n'`).join('; ');
    const run = spawnSync('sh', ['-c', `(${input}; sleep 5) | script -qec "${process.execPath} src/cli/new.ts --date 2024-02-20" /dev/null`], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, BRIEFS_ROOT: site.root },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const said = run.stdout.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => /^(".*"|A |Created|Note)/.test(l));
    expect(said).toEqual([
      '"weekly-x" is not a series; expected one of weekly.',
      'A series is needed; expected one of weekly.',
      'A title is needed: it names the file and heads the page.',
      'Created content/briefs/2024/2024-02-20-a-past-week.md (weekly No. 1, numbered by its date 2024-02-20; a draft). Preview it with npm run dev; set draft: false to publish.',
      "Note: No. 1 is also the issue number of content/briefs/2024/2024-03-01-test-brief.md (2024-03-01); renumber one of them if the series' numbers should stay unique.",
    ]);
    expect(readFileSync(join(site.root, 'content/briefs/2024/2024-02-20-a-past-week.md'), 'utf8')).toContain('issue: 1\n');
  });
});
