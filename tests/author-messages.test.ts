import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';
import { BRIEF, contentWith } from './helpers/content-fixture.ts';

// A new author's mistakes, each told the same way by the check, the build and the preview.
const brief = readFileSync(join(import.meta.dirname, 'fixtures/minimal', BRIEF), 'utf8');
const PHOTOS = 'content/briefs/2024/2024-03-08-photos/index.md';
const INDENTED = 'content/briefs/2024/2024-03-15-indented.md';
const COPY = 'content/briefs/2024/2024-03-22-copy.md';
const site = contentWith(
  { file: BRIEF, replace: 'summary: "One line."', with: 'summary: "One or two sentences for lists, cards and feeds."' },
  { file: BRIEF, replace: 'stance: claimed', with: 'stance: boasted' },
  { file: BRIEF, replace: 'Text with :cite[naba-2022-09].', with: ':::takeaway\nThe judgement, its closing line forgotten.\n\n::chart{type="claims-by-perpetrators"}\n\n![A street](https://example.org/street.jpg)\n\nText with :cite[naba-2022-09].' },
  { file: PHOTOS, write: brief.replace('issue: 1', 'issue: 2').replace('"2024-03-01"', '"2024-03-08"').replace(/claims:[\s\S]*?---/, '---').replace('Text with', '::figure{src="./market.jpg" alt="The market" source="Desk photo"}\n\nText with') },
  { file: INDENTED, write: brief.replace('issue: 1', 'issue: 3').replace('menaka-claim', 'menaka-claim-2').replace('    region: menaka', '   region: menaka') },
  { file: COPY, write: brief.replace('issue: 1', 'issue: 4').replace('incident: menaka-2024-02', 'incident: menaka-2024-02-copy') },
);
afterAll(site.cleanup);

const EXPECTED = [
  `${BRIEF}:8: summary: still "One or two sentences for lists, cards and feeds.", the placeholder \`npm run new\` wrote; expected one or two sentences of this brief's own for lists, cards and feeds, or draft: true until then`,
  `${BRIEF}:21: claims[0].stance: found "boasted"; expected one of claimed | reported | alleged | confirmed | denied | disputed (did you mean "claimed"?)`,
  `${BRIEF}:27: :::takeaway: opened here and never closed, so it would take in the rest of the brief; expected a line ":::" where the box ends`,
  `${BRIEF}:30: ::chart: type "claims-by-perpetrators"; expected one of fatalities-by-month | claims-by-perpetrator | region-map | actor-network (did you mean "claims-by-perpetrator"?)`,
  `${BRIEF}:32: image: "https://example.org/street.jpg" is on another site, so every reader's browser would fetch it from there; save the file beside the brief and write ![what it shows](./photo.jpg) (a single-file brief becomes a folder: YYYY-MM-DD-slug/index.md with the photo beside it)`,
  `${PHOTOS}:15: ::figure: "./market.jpg" not found; expected the file at content/briefs/2024/2024-03-08-photos/market.jpg, beside index.md`,
  `${INDENTED}:16: claims[0].region: indented 3 spaces, out of line with the fields around it (date on line 15 is indented 4 spaces); expected region indented 4 spaces, in line with the field it belongs with`,
  `${COPY}:13: claims[0].id: duplicate claim id "menaka-claim", already used in ${BRIEF}; expected an id unique across the site`,
];
/** The content problems in a block of output, one per line, in the order printed. */
const problems = (text: string) => text.split('\n').filter((line) => /^content\/\S+:\d+: /.test(line));

describe("a new author's mistakes", () => {
  it('are told by npm run check, each once, with no knock-on reports', () => {
    const check = spawnSync(process.execPath, ['src/cli/check.ts', site.root], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(problems(check.stdout)).toEqual(EXPECTED);
  });

  it('are told the same way by the build, which publishes nothing', () => {
    const result = astro(['build', '--outDir', join(site.root, 'dist')], { BRIEFS_ROOT: site.root });
    expect(result.status).toBe(1);
    expect(problems(result.stderr)).toEqual(EXPECTED);
  });

  it('are told the same way by the preview, on the page and in the terminal', async () => {
    const port = 4300 + Math.floor(Math.random() * 500);
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST')));
    // --ignore-lock: other test files preview other content roots at the same time.
    const server: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...inherited, BRIEFS_ROOT: site.root, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let log = '';
    server.stdout?.on('data', (d) => (log += String(d)));
    server.stderr?.on('data', (d) => (log += String(d)));
    try {
      let html = '';
      for (const started = Date.now(); Date.now() - started < 60_000 && !html.includes('content-errors'); await new Promise((r) => setTimeout(r, 300))) {
        html = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } }).then((r) => r.text(), () => '');
      }
      expect(problems(parse(html).querySelector('pre.content-errors')?.text ?? '')).toEqual(EXPECTED);
      expect(problems(log.replace(/\x1b\[[0-9;]*m/g, ''))).toEqual(EXPECTED);
      // Saving the missing photo beside the brief clears its line at once, and nothing else.
      writeFileSync(join(site.root, 'content/briefs/2024/2024-03-08-photos/market.jpg'), await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c8a060' } }).jpeg().toBuffer());
      let listed = EXPECTED;
      for (const started = Date.now(); Date.now() - started < 20_000 && listed.length === EXPECTED.length; await new Promise((r) => setTimeout(r, 300))) {
        listed = problems(parse(await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } }).then((r) => r.text())).querySelector('pre.content-errors')?.text ?? '');
      }
      expect(listed).toEqual(EXPECTED.filter((line) => !line.startsWith(PHOTOS)));
    } finally {
      server.kill();
    }
  });
});
