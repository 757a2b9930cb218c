import { afterAll, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';
import { BRIEF, contentWith } from './helpers/content-fixture.ts';

describe('the production build', () => {
  const broken = contentWith(
    { file: BRIEF, replace: 'perpetrators: [jnim]', with: 'perpetrators: [gsim]' },
    { file: BRIEF, replace: 'date: "2024-03-01"', with: 'date: 2024-13-45' },
    { file: 'content/actors/jnim.md', replace: 'kind: jihadist', with: 'kind: terrorist' },
  );
  afterAll(broken.cleanup);

  it('fails on bad content, naming every file, line and field', () => {
    const result = astro(['build', '--outDir', `${broken.root}/dist`], { BRIEFS_ROOT: broken.root });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${BRIEF}:5: date: "2024-13-45" is not a real date`);
    expect(result.output).toContain(`${BRIEF}:17: claims[0].perpetrators[0]: unknown actor "gsim"`);
    expect(result.output).toContain('content/actors/jnim.md:4: kind: found "terrorist"; expected one of');
    expect(result.output).toMatch(/3 content errors in 2 files/);
  });
});
