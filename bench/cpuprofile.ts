// `node bench/cpuprofile.ts DIR|FILE… [--top N]`: summarises V8 .cpuprofile files (from
// `node --cpu-prof`): top self-time functions, self time by file and by package, and the
// inclusive time of the project's own functions (time spent in them and everything they
// call), so that library time can be traced back to the project code that asked for it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const PROJECT = resolve(import.meta.dirname, '..');

/** A short, stable name for a script: a package, a project file, or a V8 pseudo-frame. */
function fileOf(url: string): string {
  if (!url) return '(native/V8)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length);
    return `node_modules/${rest}`;
  }
  if (path.startsWith(`${PROJECT}/`)) return path.slice(PROJECT.length + 1);
  return path;
}

function packageOf(url: string): string {
  const file = fileOf(url);
  if (file.startsWith('node_modules/')) {
    const parts = file.slice('node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (file.startsWith('node:')) return 'node (built-in)';
  if (file.startsWith('src/')) return `project ${file.split('/').slice(0, 2).join('/')}`;
  return file.startsWith('(') ? file : file.startsWith('.bench/') || file.startsWith('/') ? `other: ${file.split('/').slice(0, 3).join('/')}` : file;
}

/** The project's own code: src/, the config, and the pages and components Astro bundled into .prerender chunks. */
const isProject = (url: string) => fileOf(url).startsWith('src/') || fileOf(url) === 'astro.config.mjs' || /\/\.prerender\//.test(url);
const shortFile = (url: string) => fileOf(url).replace(/^.*\/\.prerender\//, '.prerender/');

function listProfiles(inputs: string[]): string[] {
  return inputs.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(p, f)) : [p]));
}

const ms = (us: number) => us / 1000;

/** The summary as text. */
export function summariseProfiles(input: string | string[], { top = 25 } = {}): string {
  const files = listProfiles(Array.isArray(input) ? input : [input]);
  const selfByFn = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const selfByPkg = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const inclusivePkg = new Map<string, number>();
  let total = 0;
  const lines: string[] = [];
  for (const file of files) {
    const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // A sample lasts until the next one.
    const durations = p.timeDeltas.slice(1).concat([p.timeDeltas.length > 0 ? p.timeDeltas.reduce((a, b) => a + b, 0) / p.timeDeltas.length : 0]);
    let fileTotal = 0;
    p.samples.forEach((id, i) => {
      const d = Math.max(0, durations[i] ?? 0);
      const node = byId.get(id)!;
      const f = node.callFrame;
      if (f.functionName === '(idle)') return;
      fileTotal += d;
      const fn = `${f.functionName || '(anonymous)'}  ${fileOf(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`;
      selfByFn.set(fn, (selfByFn.get(fn) ?? 0) + d);
      selfByFile.set(fileOf(f.url), (selfByFile.get(fileOf(f.url)) ?? 0) + d);
      selfByPkg.set(packageOf(f.url), (selfByPkg.get(packageOf(f.url)) ?? 0) + d);
      // Inclusive time of project functions: once per sample per function on the stack.
      const seen = new Set<string>();
      const pkgs = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const cf = byId.get(at)!.callFrame;
        if (cf.url) pkgs.add(packageOf(cf.url).replace(/^other: .*\.prerender.*/, 'project pages (.prerender chunks)'));
        if (!isProject(cf.url)) continue;
        const key = `${cf.functionName || '(anonymous)'}  ${shortFile(cf.url)}:${cf.lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + d);
      }
      for (const pkg of pkgs) inclusivePkg.set(pkg, (inclusivePkg.get(pkg) ?? 0) + d);
    });
    total += fileTotal;
    lines.push(`profile ${file.replace(/^.*\//, '')}: ${(ms(p.endTime - p.startTime) / 1000).toFixed(1)} s wall, ${(ms(fileTotal) / 1000).toFixed(1)} s sampled (not idle)`);
  }
  const table = (title: string, map: Map<string, number>, n: number) => {
    const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
    lines.push('', title);
    for (const [k, v] of rows) lines.push(`  ${(ms(v) / 1000).toFixed(2).padStart(7)} s ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  };
  table(`top ${top} functions by self time`, selfByFn, top);
  table('self time by package / area', selfByPkg, 20);
  table(`top ${top} files by self time`, selfByFile, top);
  table('inclusive time by package / area (time with it anywhere on the stack)', inclusivePkg, 25);
  table(`top ${top} project functions by inclusive time (the function and all it calls)`, inclusive, top);
  return lines.join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  if (positionals.length === 0) {
    console.error('usage: node bench/cpuprofile.ts DIR|FILE… [--top N]');
    process.exit(2);
  }
  console.log(summariseProfiles(positionals, { top: Number(values.top) }));
}
