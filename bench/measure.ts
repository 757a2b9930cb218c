// Runs one command and measures it: wall time, the peak RSS of its whole process tree
// (polled from /proc: Astro spawns Pagefind and esbuild, whose memory counts too), CPU time
// (GNU time, when installed), how busy the rest of the machine was, and when each line of
// its output arrived (Astro's own log timestamps have one-second resolution; the split of
// where the time goes needs milliseconds).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** Preloaded into every build: times the unified() Markdown renders (see markdown-timer.ts). */
const MARKDOWN_TIMER = join(import.meta.dirname, 'markdown-timer.ts');

export interface LogLine {
  /** Milliseconds since the command started. */
  ms: number;
  text: string;
}

export interface MarkdownTime {
  /** Renders through unified's Processor#process (0 with Astro's default processor). */
  renders: number;
  /** Synchronous time inside those renders: a lower bound of the Markdown work. */
  syncMs: number;
  /** Time with at least one render in flight: an upper bound (other work interleaves). */
  inFlightMs: number;
}

export interface Measure {
  wallMs: number;
  /** Peak of the summed RSS of the command and all its descendants, KiB. */
  treePeakKiB: number;
  /** User + system CPU of the command and its children, seconds (NaN without GNU time). */
  cpuS: number;
  /** CPU used by everything else on the machine meanwhile, in cores. */
  otherCores: number;
  exit: number;
  logFile: string;
  lines: LogLine[];
  markdown?: MarkdownTime | undefined;
}

/** Busy and total CPU ticks of the whole machine. */
function cpuTicks(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  const total = f.reduce((s, v) => s + v, 0);
  return { busy: total - idle, total };
}

/** Summed RSS (KiB) of `pid` and its descendants, from /proc (a scan costs ~2 ms). */
export function treeRssKiB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  let sum = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      sum += Number(m?.[1] ?? 0);
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []));
  }
  return sum;
}

/** The environment of a measured command: this one's, minus what `npm run` and Vite set. */
export function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k)) env[k] = v;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Collects a stream's output as lines stamped with their arrival time. */
export function lineCollector(started: number, into: LogLine[], onLine?: (l: LogLine) => void) {
  let partial = '';
  return (chunk: Buffer) => {
    const ms = performance.now() - started;
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    for (const raw of parts) {
      const line = { ms, text: raw.replace(/\x1b\[[0-9;]*m/g, '').trimEnd() };
      into.push(line);
      onLine?.(line);
    }
  };
}

/**
 * Runs `node …args` (with the Markdown timer preloaded) and resolves once it has exited.
 * `logFile` receives the output, each line prefixed with its arrival time in ms.
 */
export function measure(args: string[], opts: { cwd: string; env: Record<string, string>; logFile: string; markdownTimer?: boolean }): Promise<Measure> {
  const timeFile = `${opts.logFile}.time`;
  const mdFile = `${opts.logFile}.markdown.json`;
  rmSync(timeFile, { force: true });
  rmSync(mdFile, { force: true });
  const nodeArgs = opts.markdownTimer ? ['--import', MARKDOWN_TIMER, ...args] : args;
  const [cmd, ...rest] = TIME ? [TIME, '-f', '%e %U %S %M', '-o', timeFile, NODE, ...nodeArgs] : [NODE, ...nodeArgs];
  const env = cleanEnv({ ...opts.env, ...(opts.markdownTimer && { BENCH_MARKDOWN_OUT: mdFile }) });
  return new Promise((done) => {
    const ticks0 = cpuTicks();
    const started = performance.now();
    const child = spawn(cmd!, rest, { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: LogLine[] = [];
    child.stdout.on('data', lineCollector(started, lines));
    child.stderr.on('data', lineCollector(started, lines));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid!))), 100);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(poll);
      const ticks1 = cpuTicks();
      writeFileSync(opts.logFile, lines.map((l) => `${String(Math.round(l.ms)).padStart(7)} ${l.text}`).join('\n') + '\n');
      let cpuS = NaN;
      if (TIME && existsSync(timeFile)) {
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuS = last[1]! + last[2]!;
      }
      const busyS = (ticks1.busy - ticks0.busy) / 100;
      const otherCores = Number.isFinite(cpuS) ? Math.max(0, (busyS - cpuS) / (wallMs / 1000)) : NaN;
      let markdown: MarkdownTime | undefined;
      try {
        markdown = JSON.parse(readFileSync(mdFile, 'utf8')) as MarkdownTime;
      } catch {
        markdown = undefined;
      }
      done({ wallMs, treePeakKiB: peak, cpuS, otherCores, exit: code ?? 1, logFile: opts.logFile, lines, markdown });
    });
  });
}
