// Where a build's time went, read from Astro's log with the arrival time of each line
// (see measure.ts): config, content sync (of which Markdown, from markdown-timer.ts),
// bundling, page generation by route, then each build:done hook (search index, sitemap),
// and what the pictures cost (src/integrations/pictures.ts logs it).
// Anything the log does not show comes out as undefined, and the report prints "n/a".
import type { LogLine, MarkdownTime } from './measure.ts';

export interface Split {
  /** Process start to "Syncing content": Node, Astro and astro.config.mjs (which may read content). */
  configMs?: number | undefined;
  /** "Syncing content" to "Synced content": the content layer, Markdown included. */
  syncMs?: number | undefined;
  markdown?: MarkdownTime | undefined;
  /** Synced content to the first route: types, build info, Vite bundles. */
  bundleMs?: number | undefined;
  /** Astro's "generating static routes … Completed in". */
  pagesMs?: number | undefined;
  /** Route time by route shape ("/actors/*\/index.html"), largest first. */
  routes: [string, number][];
  /** Route time of the feeds (*.xml routes other than the sitemap), part of pagesMs. */
  feedsMs: number;
  /** Time attributed to each integration logging after the pages ("briefs:search-index", "@astrojs/sitemap"). */
  hooks: [string, number][];
  /** What the pictures (cards, chart PNGs) cost, from the build's "[briefs:pictures]" line. */
  pictures?: Pictures | undefined;
  totalMs: number;
}

/** Pictures drawn by resvg in the build (the rest came from the picture cache), and their drawing threads' time. */
export interface Pictures {
  drawn: number;
  cached: number;
  /** Time inside the drawing threads, all pictures together (CPU, as long as the threads were not waiting for a core). */
  drawMs: number;
}

/** "[briefs:pictures] drew 1451 pictures (12 from the cache) in 30.5 s of drawing threads" → the figures. */
export function picturesOf(lines: readonly LogLine[]): Pictures | undefined {
  for (const l of lines) {
    const m = /\[briefs:pictures\] drew (\d+) pictures? \((\d+) from the cache\) in ([\d.]+) s/.exec(l.text);
    if (m) return { drawn: Number(m[1]), cached: Number(m[2]), drawMs: Number(m[3]) * 1000 };
  }
  return undefined;
}

const duration = (v: string, unit: string) => (unit === 'ms' ? Number(v) : Number(v) * 1000);

/** "/actors/jnim/rss.xml" → "/actors/*\/rss.xml"; "/briefs/x/index.html" → "/briefs/*\/"; "/index.html" → "/". */
export function routeShape(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const last = parts.at(-1) === 'index.html' ? '' : (parts.at(-1) ?? '');
  const dirs = parts.slice(0, -1);
  // The first folder names the kind of page; the folders below it are ids (or years).
  const shown = dirs.map((d, i) => (i === 0 ? d : '*'));
  return `/${shown.map((d) => `${d}/`).join('')}${last}`;
}

export function splitOf(lines: readonly LogLine[], totalMs: number, markdown?: MarkdownTime): Split {
  const at = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
    return -1;
  };
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/, Math.max(0, syncStart));
  const routesStart = at(/generating static routes/);
  // The routes end with a bare "✓ Completed in 3.70s." (the [build] ones are other phases).
  const routesEnd = routesStart < 0 ? -1 : at(/^\d\d:\d\d:\d\d ✓ Completed in/, routesStart);
  const built = at(/page\(s\) built in/);

  const routes = new Map<string, number>();
  let feedsMs = 0;
  for (const l of routesStart < 0 ? [] : lines.slice(routesStart, routesEnd < 0 ? undefined : routesEnd)) {
    const m = /[├└]─ (\/\S*) \(\+([\d.]+)(m?s)\)/.exec(l.text);
    if (!m) continue;
    const ms = duration(m[2]!, m[3]!);
    const shape = routeShape(m[1]!);
    routes.set(shape, (routes.get(shape) ?? 0) + ms);
    if (/\.xml$/.test(m[1]!) && !/sitemap/.test(m[1]!)) feedsMs += ms;
  }
  let pagesMs: number | undefined;
  if (routesEnd >= 0) {
    const m = /Completed in ([\d.]+)(m?s)/.exec(lines[routesEnd]!.text);
    if (m) pagesMs = duration(m[1]!, m[2]!);
  }
  // After the pages: each tagged line's wait since the previous line goes to its tag.
  const hooks = new Map<string, number>();
  if (routesEnd >= 0 && built > routesEnd) {
    const pagesDone = at(/\[build\] ✓ Completed in/, routesEnd);
    let prev = pagesDone >= 0 ? pagesDone : routesEnd;
    for (let i = prev + 1; i < built; i++) {
      const tag = /^\d\d:\d\d:\d\d \[([^\]]+)\]/.exec(lines[i]!.text)?.[1];
      if (!tag || tag === 'build') continue;
      hooks.set(tag, (hooks.get(tag) ?? 0) + (lines[i]!.ms - lines[prev]!.ms));
      prev = i;
    }
  }
  const gap = (a: number, b: number) => (a >= 0 && b >= 0 ? lines[b]!.ms - lines[a]!.ms : undefined);
  return {
    configMs: syncStart >= 0 ? lines[syncStart]!.ms : undefined,
    syncMs: gap(syncStart, syncEnd),
    markdown,
    bundleMs: gap(syncEnd, routesStart),
    pagesMs,
    routes: [...routes].sort((a, b) => b[1] - a[1]),
    feedsMs,
    hooks: [...hooks],
    pictures: picturesOf(lines),
    totalMs,
  };
}
