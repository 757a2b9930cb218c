import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('the production build, given what only a hostile contributor writes', () => {
  const long = `content/briefs/2024/2024-03-02-${'x'.repeat(251 - '2024-03-02-'.length - 3)}.md`;
  const hostile = contentWith(
    { file: 'content/regions/menaka.yaml', replace: 'name: Ménaka', with: 'name: "Ménaka \\u0001"' },
    { file: BRIEF, replace: 'id: menaka-claim', with: `id: ${'a'.repeat(10_000)}` },
    { file: 'content/actors/jnim.md', replace: 'country: MLI', with: 'country: XXX' },
    { file: long, write: 'x' },
    { file: 'content/briefs/2024/2024-03-03-x?y=1.md', write: 'x' },
    { file: 'content/briefs/2024/2024-03-04-a#b.md', write: 'x' },
    { file: 'public/figures/.keep', write: '' },
  );
  symlinkSync('/etc/hostname', join(hostile.root, 'public/figures/leak.svg'));
  symlinkSync('/etc', join(hostile.root, 'seeds/etc'));
  const out = join(hostile.root, 'dist');
  const result = astro(['build', '--outDir', out], { BRIEFS_ROOT: hostile.root });
  afterAll(hostile.cleanup);

  it('refuses each with its file and line, and no stack trace', () => {
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/regions/menaka.yaml:1: the control character U+0001 (written as an escape)');
    expect(result.output).toContain(`${BRIEF}:13: claims[0].id: found 10000 characters; expected at most 80`);
    expect(result.output).toContain('content/actors/jnim.md:5: country: "XXX" is not a country code');
    expect(result.output).toContain(`${long}:1: a file name of 248 characters; expected at most 80 (a shorter slug)`);
    expect(result.output).toContain("content/briefs/2024/2024-03-03-x?y=1.md:1: not a brief's file name");
    expect(result.output).toContain("content/briefs/2024/2024-03-04-a#b.md:1: not a brief's file name");
    expect(result.output).toContain('public/figures/leak.svg:1: a symbolic link; expected a file');
    expect(result.output).toContain('seeds/etc:1: a symbolic link; expected a file');
    expect(result.output).toMatch(/^8 content errors in 8 files; nothing was built/m);
    expect(result.output).not.toMatch(/unhandled error|^\s+at |Error:|Stack trace|ENAMETOOLONG/m);
    expect(existsSync(join(out, 'figures/leak.svg'))).toBe(false);
  });
});
