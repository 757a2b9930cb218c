import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF, contentWith } from './helpers/content-fixture.ts';

// The live preview on the minimal site: every save is checked again, problems replace
// the page (and go to the terminal) until they are fixed, new files count at once.
const site = contentWith();
const PORT = 4300 + Math.floor(Math.random() * 500);
const url = `http://127.0.0.1:${PORT}/briefs/2024-03-01-test-brief/`;
let server: ChildProcess;
let log = '';
const brief = join(site.root, BRIEF);
const original = readFileSync(brief, 'utf8');

/** The page once `ready` holds for it, polling like a reader pressing reload. */
async function pageWhen(ready: (status: number, html: string) => boolean, timeout = 20_000, at = url): Promise<{ status: number; html: string }> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(at, { headers: { accept: 'text/html' } });
      const page = { status: response.status, html: await response.text() };
      if (ready(page.status, page.html)) return page;
      if (Date.now() - started > timeout) return page;
    } catch {
      if (Date.now() - started > timeout) throw new Error(`no preview at ${at}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Starts the preview; resolves when the brief's page answers `status`. */
async function start(status = 200) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST')));
  // --ignore-lock: other test files preview other content roots at the same time.
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...inherited, BRIEFS_ROOT: site.root, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout?.on('data', (d) => (log += String(d)));
  server.stderr?.on('data', (d) => (log += String(d)));
  return pageWhen((s) => s === status, 60_000);
}

beforeAll(() => start());
afterAll(() => {
  server?.kill();
  site.cleanup();
});

describe('the live preview', () => {
  it('shows a saved mistake on the page and in the terminal, with its line from the top of the file', async () => {
    writeFileSync(brief, original.replace('killed: "over 50"', 'killed: "lots"').replace('Text with :cite[naba-2022-09].', 'Text with :cite[nope].'));
    const page = await pageWhen((status) => status === 500);
    expect(page.status).toBe(500);
    expect(page.html).toContain(`${BRIEF}:19: claims[0].killed: &#34;lots&#34; is not a count`);
    expect(page.html).toContain(`${BRIEF}:27: :cite: unknown source &#34;nope&#34;`);
    expect(log).toContain(`${BRIEF}:27: :cite: unknown source "nope"; expected the id of a source record in seeds/`);
  });

  it('recovers when the mistake is fixed, showing the new text', async () => {
    const started = Date.now();
    writeFileSync(brief, original.replace('Text with :cite[naba-2022-09].', 'Text with :cite[naba-2022-09]. Fixed now.'));
    const page = await pageWhen((status, html) => status === 200 && html.includes('Fixed now.'));
    expect(page.status).toBe(200);
    expect(page.html).toContain('Fixed now.');
    console.log(`save to page: ${Date.now() - started} ms`);
  });

  it('shows a probable duplicate incident on the page, above the brief it still renders', async () => {
    const later = join(site.root, 'content/briefs/2024/2024-03-08-second.md');
    const again = original.replace('issue: 1', 'issue: 2').replace('date: "2024-03-01"', 'date: "2024-03-08"').replace('id: menaka-claim\n    incident: menaka-2024-02', 'id: menaka-again').replace('Text with', 'Reported again, with');
    writeFileSync(later, again);
    try {
      const at = `http://127.0.0.1:${PORT}/briefs/2024-03-08-second/`;
      const page = await pageWhen((status, html) => status === 200 && html.includes('probably the same event'), 20_000, at);
      expect(page.status).toBe(200);
      expect(page.html).toContain('probably the same event as incident &quot;menaka-2024-02&quot;');
      expect(page.html).toContain('nothing can be published until it is resolved');
      expect(page.html).toContain('Reported again, with');
      expect(log).toContain('content/briefs/2024/2024-03-08-second.md:13: claims[0]: probably the same event as incident "menaka-2024-02"');
    } finally {
      rmSync(later);
    }
  });

  it("shows a claim's new figure on its actor's and its incident's pages", async () => {
    const origin = `http://127.0.0.1:${PORT}`;
    writeFileSync(brief, original.replace('killed: "over 50"', 'killed: "at least 73"'));
    for (const path of ['/actors/jnim/', '/incidents/menaka-2024-02/']) {
      const page = await pageWhen((status, html) => status === 200 && html.includes('“at least 73”'), 20_000, `${origin}${path}`);
      expect(page.html, path).toContain('“at least 73”');
      expect(page.html, path).toContain('73+');
      expect(page.html, path).not.toContain('“over 50”');
    }
  });

  it('sees a new source record without a restart', async () => {
    const source = readFileSync(join(site.root, 'seeds/naba-2022-09.yaml'), 'utf8').replace(/^title: .*$/m, 'title: "A report added while previewing"');
    writeFileSync(join(site.root, 'seeds/new-report.yaml'), source);
    writeFileSync(brief, original.replace('Text with :cite[naba-2022-09].', 'Text with :cite[new-report].'));
    const page = await pageWhen((status, html) => status === 200 && html.includes('A report added while previewing'));
    expect(page.html).toContain('title="A report added while previewing"');
  });

  it('after a restart, shows what changed while it was stopped, and checks again the files it kept', async () => {
    await new Promise((stopped) => {
      server.once('exit', stopped);
      server.kill();
    });
    // While stopped: an actor the unchanged brief names is removed, another actor's text changes.
    const jnim = join(site.root, 'content/actors/jnim.md');
    const removed = readFileSync(jnim, 'utf8');
    rmSync(jnim);
    const wagner = join(site.root, 'content/actors/wagner-group.md');
    writeFileSync(wagner, readFileSync(wagner, 'utf8').replace('A private military company.', 'A private military company, described while stopped.'));
    const page = await start(500);
    expect(page.status).toBe(500);
    // The brief's reading was kept from the last run; its problem still names its line.
    expect(page.html).toContain(`${BRIEF}:9: actors[1]: unknown actor &#34;jnim&#34;`);
    writeFileSync(jnim, removed);
    const actor = await pageWhen((status, html) => status === 200 && html.includes('described while stopped'), 20_000, `http://127.0.0.1:${PORT}/actors/wagner-group/`);
    expect(actor.html).toContain('A private military company, described while stopped.');
  });
});
