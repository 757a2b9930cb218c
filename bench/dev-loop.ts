// The author's loop under `astro dev`: how long after a start the first page is served
// (cold: content and Vite caches removed; warm: a restart with them kept), and how long
// after a save the change is served — a sentence appended to a brief, polled on the brief's
// page, and a claim's figure changed, polled on its perpetrator's actor page. Anything
// unexpected (the server exits, a page never shows the change) gives n/a and a reason
// rather than an exception: the other figures of the run are still worth printing.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanEnv, lineCollector, NODE, type LogLine } from './measure.ts';

export interface DevResult {
  firstPageColdMs?: number | undefined;
  firstPageWarmMs?: number | undefined;
  /** Astro's own "ready in" figures, cold and warm (the server listens; no page rendered yet). */
  readyColdMs?: number | undefined;
  readyWarmMs?: number | undefined;
  saveMs: number[];
  claimMs: number[];
  /** Why a figure is missing. */
  notes: string[];
  claimPage?: string | undefined;
}

export interface DevOptions {
  astro: string;
  cwd: string;
  env: Record<string, string>;
  logFile: string;
  /** The brief whose page is polled and to which sentences are appended. */
  brief: { file: string; path: string };
  /** Removes the content layer and Vite caches, for the cold start. */
  clearCaches: () => void;
  edits: number;
  startTimeoutMs: number;
}

/** A claim whose figure can be changed in place: the `killed:` line of a claim with a perpetrator. */
export interface ClaimTarget {
  file: string;
  line: number;
  claimId: string;
  actor: string;
}

/** The first claim in `files` with a perpetrator and a `killed:` line (text search: the corpus is generated). */
export function findClaim(files: readonly string[]): ClaimTarget | undefined {
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const end = lines.indexOf('---', 1);
    let claim: { id?: string; actor?: string; killed?: number } = {};
    for (let i = 1; i < end; i++) {
      const l = lines[i]!;
      const id = /^ {2}- id: (\S+)/.exec(l);
      if (id) claim = { id: id[1]! };
      // `perpetrators: [a, b]`, or a block list whose first item is on the next line.
      const perps = /^ {4}perpetrators: \[([^\]]+)\]/.exec(l) ?? (/^ {4}perpetrators:\s*$/.test(l) ? /^ {6}- (\S+)/.exec(lines[i + 1] ?? '') : null);
      if (perps && claim.id) claim.actor = perps[1]!.split(',')[0]!.trim();
      if (/^ {4}killed: /.test(l) && claim.id) claim.killed = i;
      if (claim.id && claim.actor && claim.killed !== undefined) return { file, line: claim.killed, claimId: claim.id, actor: claim.actor };
    }
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

async function get(url: string): Promise<{ status: number; body: string } | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    return { status: res.status, body: await res.text() };
  } catch {
    return undefined; // not listening yet, or the request failed: the caller polls again
  }
}

/** Polls `url` until `ok(body)` or `timeoutMs`; resolves with the elapsed ms since `since`, or undefined. */
async function pollUntil(url: string, ok: (body: string, status: number) => boolean, since: number, timeoutMs: number, alive: () => boolean, anyStatus = false): Promise<number | undefined> {
  while (performance.now() - since < timeoutMs && alive()) {
    const r = await get(url);
    if (r && (anyStatus || r.status === 200) && ok(r.body, r.status)) return performance.now() - since;
    await sleep(r ? 25 : 100); // between requests: the server renders each one
  }
  return undefined;
}

/** Dev servers running now, so that an interrupted benchmark can stop them (they have their own process group). */
const running = new Set<number>();

/** Stops every dev server this module started and that is still running (for SIGINT). */
export function killDevServers() {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

interface Server {
  child: ChildProcess;
  base: string;
  lines: LogLine[];
  started: number;
  alive: () => boolean;
}

async function start(o: DevOptions, lines: LogLine[], port: number): Promise<Server> {
  const started = performance.now();
  lines.push({ ms: 0, text: `--- astro dev --port ${port}` });
  // Its own process group, so that stopping it also stops the esbuild it spawns.
  const child = spawn(NODE, [o.astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: o.cwd, env: cleanEnv(o.env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let exited = false;
  running.add(child.pid!);
  child.on('exit', () => {
    exited = true;
    running.delete(child.pid!);
  });
  child.stdout!.on('data', lineCollector(started, lines));
  child.stderr!.on('data', lineCollector(started, lines));
  return { child, base: `http://127.0.0.1:${port}`, lines, started, alive: () => !exited };
}

async function stop(s: Server) {
  if (!s.alive()) return;
  const closed = new Promise((done) => s.child.once('exit', done));
  try {
    process.kill(-s.child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  const t = setTimeout(() => {
    try {
      process.kill(-s.child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await closed;
  clearTimeout(t);
}

const readyMs = (lines: readonly LogLine[], from: number) => {
  for (const l of lines.slice(from)) {
    const m = /ready in (\d+) ?ms/.exec(l.text);
    if (m) return Number(m[1]);
  }
  return undefined;
};

/** Runs the whole dev measurement; the brief and claim files are restored before it resolves. */
export async function measureDev(o: DevOptions, claim: ClaimTarget | undefined): Promise<DevResult> {
  const result: DevResult = { saveMs: [], claimMs: [], notes: [] };
  const lines: LogLine[] = [];
  const originals = new Map<string, string>([[o.brief.file, readFileSync(o.brief.file, 'utf8')]]);
  if (claim) originals.set(claim.file, readFileSync(claim.file, 'utf8'));
  let server: Server | undefined;
  // The benchmark's own steps, in the dev log between the server's lines, to read the latencies against.
  const mark = (text: string) => server && lines.push({ ms: performance.now() - server.started, text: `--- ${text}` });
  const lastLines = () => lines.slice(-5).map((l) => l.text).join(' / ');
  // One port for both starts: the port is part of the config, and a changed config
  // makes Astro clear the content store, which would turn the warm start into a cold one.
  const port = await freePort();
  const firstPage = async (label: 'cold' | 'warm') => {
    const from = lines.length;
    server = await start(o, lines, port);
    const s = server;
    // Any answer ends the wait: a 404 means the page lives elsewhere now, not that it is slow.
    let status = 0;
    const ms = await pollUntil(`${s.base}${o.brief.path}`, (_, st) => ((status = st), true), s.started, o.startTimeoutMs, s.alive, true);
    if (ms === undefined) result.notes.push(`first page (${label}): ${s.alive() ? `not served within ${(o.startTimeoutMs / 1000).toFixed(0)} s` : 'the dev server exited'}; last output: ${lastLines()}`);
    else if (status !== 200) result.notes.push(`first page (${label}): ${o.brief.path} answered ${status} (brief pages moved?)`);
    return { ms: status === 200 ? ms : undefined, ready: readyMs(lines, from) };
  };
  try {
    o.clearCaches();
    const cold = await firstPage('cold');
    result.firstPageColdMs = cold.ms;
    result.readyColdMs = cold.ready;
    await stop(server!);
    const warm = await firstPage('warm');
    result.firstPageWarmMs = warm.ms;
    result.readyWarmMs = warm.ready;
    const s = server!;
    if (warm.ms === undefined) return result;

    // Saving a brief: one more sentence each time, polled on the brief's page.
    for (let i = 1; i <= o.edits; i++) {
      const token = `rev${Date.now().toString(36)}n${i}`;
      writeFileSync(o.brief.file, `${readFileSync(o.brief.file, 'utf8').trimEnd()}\n\nThe desk logged revision ${token} of this brief.\n`);
      mark(`saved ${o.brief.path} with ${token}`);
      const ms = await pollUntil(`${s.base}${o.brief.path}`, (b) => b.includes(token), performance.now(), 20_000, s.alive);
      if (ms === undefined) {
        result.notes.push(`brief save: the new sentence was not served on ${o.brief.path} within 20 s${s.alive() ? '' : ' (the dev server exited)'}`);
        break;
      }
      mark(`served ${token} after ${Math.round(ms)} ms`);
      result.saveMs.push(ms);
      await sleep(300);
    }

    // Saving a claim: its figure changed to a number not yet on the actor page.
    if (!claim) result.notes.push('claim save: no claim with a perpetrator and a `killed:` line in the corpus');
    else {
      const page = `/actors/${claim.actor}/`;
      result.claimPage = page;
      const before = (await get(`${s.base}${page}`))?.body ?? '';
      if (!/<html/i.test(before)) result.notes.push(`claim save: ${page} is not served (the actor page shape changed?)`);
      else {
        const figures = Array.from({ length: 99 }, (_, k) => 901 + k).filter((v) => !new RegExp(`\\b${v}\\b`).test(before));
        for (let i = 0; i < o.edits && i < figures.length; i++) {
          const v = figures[i]!;
          const text = readFileSync(claim.file, 'utf8').split('\n');
          text[claim.line] = `    killed: ${v}`;
          writeFileSync(claim.file, text.join('\n'));
          mark(`saved ${claim.claimId} with killed: ${v}`);
          const ms = await pollUntil(`${s.base}${page}`, (b) => new RegExp(`\\b${v}\\b`).test(b), performance.now(), 20_000, s.alive);
          if (ms === undefined) {
            result.notes.push(`claim save: figure ${v} of ${claim.claimId} did not show on ${page} within 20 s (listed on another page now?)`);
            break;
          }
          mark(`served ${v} on ${page} after ${Math.round(ms)} ms`);
          result.claimMs.push(ms);
          await sleep(300);
        }
      }
    }
    return result;
  } finally {
    for (const [file, text] of originals) writeFileSync(file, text);
    if (server) await stop(server);
    writeFileSync(o.logFile, lines.map((l) => `${String(Math.round(l.ms)).padStart(7)} ${l.text}`).join('\n') + '\n');
  }
}
