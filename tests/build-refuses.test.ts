import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';
import { BRIEF, contentWith } from './helpers/content-fixture.ts';

describe('the production build', () => {
  // One build refusing a mistake of each kind the check knows, in frontmatter and body.
  const broken = contentWith(
    { file: BRIEF, replace: 'perpetrators: [jnim]', with: 'perpetrators: [gsim]' },
    { file: BRIEF, replace: 'date: "2024-03-01"', with: 'date: 2024-13-45' },
    { file: 'content/actors/jnim.md', replace: 'kind: jihadist', with: 'kind: terrorist' },
    { file: BRIEF, replace: 'Text with :cite[naba-2022-09].', with: 'Text with :cite[naba-2022-09].\n\n> - a quoted :cite[nowhere] in a list\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))' },
    { file: 'seeds/naba-2022-09.yaml', replace: /\n$/, with: '\nurl: "javascript:alert(1)"\n' },
    { file: 'content/regions/mali.yaml', write: 'name: !!binary aGk=\n' },
  );
  const out = join(broken.root, 'dist');
  // A site built before: a refused build must not leave it looking like the new one.
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), '<p>an older build</p>');
  const result = astro(['build', '--outDir', out], { BRIEFS_ROOT: broken.root });
  afterAll(broken.cleanup);

  it('fails on bad content, naming every file, line and field', () => {
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${BRIEF}:5: date: "2024-13-45" is not a real date`);
    expect(result.output).toContain(`${BRIEF}:17: claims[0].perpetrators[0]: unknown actor "gsim"`);
    expect(result.output).toContain('content/actors/jnim.md:4: kind: found "terrorist"; expected one of');
    expect(result.output).toContain(`${BRIEF}:29: :cite: unknown source "nowhere"`);
    expect(result.output).toContain(`${BRIEF}:31: raw HTML: found "<img src=x onerror=alert(1)>"`);
    expect(result.output).toContain(`${BRIEF}:33: link: found "javascript:alert(1)"`);
    expect(result.output).toMatch(/seeds\/naba-2022-09\.yaml:\d+: url: found "javascript:alert\(1\)"; expected an http:\/\/ or https:\/\/ address/);
    expect(result.output).toContain('content/regions/mali.yaml:1: YAML tag !!binary; expected plain values without tags');
    expect(result.output).toMatch(/^8 content errors in 4 files; nothing was built/m);
  });

  it('prints only the list: no stack trace, no "unhandled error"', () => {
    expect(result.output).not.toMatch(/unhandled error|^\s+at |Error:|Stack trace/m);
  });

  it('leaves no output folder that could pass for the new site', () => {
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
