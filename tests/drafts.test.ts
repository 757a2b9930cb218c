import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';
import { BRIEF, contentWith } from './helpers/content-fixture.ts';

/** Every text file of a built site, concatenated. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|xml|txt|json|csv)$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('drafts and scheduled briefs', () => {
  const draft = (name: string, edits: [string, string][]) => ({
    file: `content/briefs/${name.slice(0, 4)}/${name}.md`,
    write: edits.reduce((text, [a, b]) => text.replace(a, b), readFileSync(join(import.meta.dirname, 'fixtures/minimal', BRIEF), 'utf8')),
  });
  const site = contentWith(
    draft('2024-03-08-secret-draft', [['title: "A test brief"', 'title: "Secret draft"'], ['issue: 1', 'issue: 2\ndraft: true'], ['menaka-claim', 'draft-claim']]),
    draft('2099-01-01-scheduled', [['title: "A test brief"', 'title: "Scheduled brief"'], ['date: "2024-03-01"', 'date: "2099-01-01"'], ['issue: 1', 'issue: 3'], ['menaka-claim', 'later-claim']]),
  );
  afterAll(site.cleanup);
  const out = join(site.root, 'dist');

  it('never reach the production site, its feeds, sitemap or exports', () => {
    const result = astro(['build', '--outDir', out], { BRIEFS_ROOT: site.root });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(out, 'briefs/2024-03-01-test-brief/index.html'))).toBe(true);
    expect(readdirSync(join(out, 'briefs'))).toEqual(['2024-03-01-test-brief']);
    const text = allText(out);
    for (const hidden of ['Secret draft', 'secret-draft', 'Scheduled brief', 'draft-claim', 'later-claim']) expect(text).not.toContain(hidden);
  });
});
