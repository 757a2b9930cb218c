import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';
import { BRIEF, contentWith, MINIMAL, type Edit } from './helpers/content-fixture.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const ROOT = join(import.meta.dirname, '..');
const run = (script: string, args: string[], ...edits: Edit[]) => {
  const { root, cleanup } = contentWith(...edits);
  cleanups.push(cleanup);
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BRIEFS_ROOT: root } });
  return { status: result.status, out: result.stdout };
};

// A week later, another brief reports the same attack, as weekly briefs do.
const LATER = 'content/briefs/2024/2024-03-08-second.md';
const again = (claim: string): Edit => ({
  file: LATER,
  write: readFileSync(join(MINIMAL, BRIEF), 'utf8').replace('issue: 1', 'issue: 2').replace('date: "2024-03-01"', 'date: "2024-03-08"').replace(/claims:\n[\s\S]*?---/, `claims:\n${claim}---`),
});
const claim = (lines: string) => `  - id: menaka-again\n${lines}    date: "2024-02-10"\n    region: menaka\n    perpetrators: [jnim]\n    victims: { actors: [wagner-group], category: mercenaries }\n    killed: 12\n    claimant: naba-2022-09\n    stance: reported\n    grade: fair\n    sources: [naba-2022-09]\n`;

const MESSAGE = `${LATER}:13: claims[0]: probably the same event as incident "menaka-2024-02" at ${BRIEF}:13 (claims[0] "menaka-claim"): dates 2024-02 and 2024-02-10 overlap, both in menaka, both name jnim as perpetrator, both name wagner-group among the victims; if it is, add the line \`incident: menaka-2024-02\`; if not, add \`distinctFrom: [menaka-2024-02]\``;

describe('npm run check on a re-reported event', () => {
  it('refuses the later claim, naming both files and lines and the incident line to add', () => {
    const { status, out } = run('src/cli/check.ts', [], again(claim('')));
    expect(out).toContain(MESSAGE);
    expect(out).toMatch(/1 error, 0 warnings$/m);
    expect(status).toBe(1);
  });

  it('only warns when the later brief is a draft, which a production build leaves out', () => {
    const draft = again(claim(''));
    const { status, out } = run('src/cli/check.ts', [], { ...draft, write: (draft as { write: string }).write.replace('    sources: [naba-2022-09]\n---', '    sources: [naba-2022-09]\ndraft: true\n---') });
    expect(out).toContain(MESSAGE.replace(`${LATER}:13: `, `${LATER}:13: warning: `));
    expect(out).toMatch(/0 errors, 1 warning$/m);
    expect(status).toBe(0);
  });

  it('is silent once the claim reuses the incident id, or says it is distinct', () => {
    expect(run('src/cli/check.ts', [], again(claim('    incident: menaka-2024-02\n'))).out).toMatch(/0 errors, 0 warnings$/m);
    expect(run('src/cli/check.ts', [], again(claim('    distinctFrom: [menaka-2024-02]\n'))).out).toMatch(/0 errors, 0 warnings$/m);
  });
});

describe('npm run build on a re-reported event', () => {
  it('refuses it with the same message and publishes nothing', () => {
    const { root, cleanup } = contentWith(again(claim('')));
    cleanups.push(cleanup);
    const result = astro(['build', '--outDir', join(root, 'dist')], { BRIEFS_ROOT: root });
    expect(result.status).toBe(1);
    expect(result.output).toContain(MESSAGE);
    expect(result.output).toMatch(/^1 content error in 1 file; nothing was built/m);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);
  });
});

describe('npm run incidents', () => {
  it('finds the incident by place and month, with its id, claims, file and line', () => {
    const { status, out } = run('src/cli/incidents.ts', ['menaka', '2024-02']);
    expect(status).toBe(0);
    expect(out).toContain('menaka-2024-02\n  February 2024 · Ménaka (menaka) · by JNIM\n  killed: claimed by the perpetrator 51+\n');
    expect(out).toContain(`  - menaka-claim: “over 50” according to JNIM (claimed, weak)\n      ${BRIEF}:13\n`);
    expect(out).toContain('give it the line:  incident: menaka-2024-02');
  });

  it('says so when nothing matches', () => {
    expect(run('src/cli/incidents.ts', ['kidal']).out).toMatch(/^No incident matches/);
  });
});
