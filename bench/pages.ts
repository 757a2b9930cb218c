// The built pages' sizes: the largest page of the site (a multi-megabyte page is slow to
// load and to build), the largest brief page, and which brief pages carry JavaScript
// (a brief is content only: <script type="application/ld+json"> is data, not code).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PageSizes {
  pages: number;
  largest: { file: string; bytes: number };
  /** The largest file of any kind (feeds, JSON and CSV exports, search index chunks). */
  largestFile: { file: string; bytes: number };
  briefPages: number;
  largestBrief?: { file: string; bytes: number } | undefined;
  medianBriefBytes?: number | undefined;
  /** Brief pages with any <script>, and those with a script that is not JSON-LD. */
  briefsWithScript: number;
  briefsWithJs: number;
  firstWithJs?: string | undefined;
}

const scriptTypes = (html: string) => [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]!)?.[1]?.toLowerCase() ?? 'text/javascript');
const isJs = (type: string) => type !== 'application/ld+json';

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Sizes of the site built in `outDir`; brief pages are those under `briefs/`. */
export function inspectPages(outDir: string): PageSizes {
  const files = walk(outDir).map((file) => ({ file: relative(outDir, file), bytes: statSync(file).size }));
  const html = files.filter((f) => f.file.endsWith('.html'));
  const biggest = (list: typeof files) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a), list[0]!);
  const briefs = html.filter((f) => /^briefs\/.+\/index\.html$/.test(f.file));
  let withScript = 0;
  let withJs = 0;
  let firstWithJs: string | undefined;
  for (const b of briefs) {
    const types = scriptTypes(readFileSync(join(outDir, b.file), 'utf8'));
    if (types.length > 0) withScript++;
    if (types.some(isJs)) {
      withJs++;
      firstWithJs ??= b.file;
    }
  }
  const sorted = briefs.map((b) => b.bytes).sort((a, b) => a - b);
  return {
    pages: html.length,
    largest: biggest(html),
    largestFile: biggest(files),
    briefPages: briefs.length,
    largestBrief: briefs.length > 0 ? biggest(briefs) : undefined,
    medianBriefBytes: sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)] : undefined,
    briefsWithScript: withScript,
    briefsWithJs: withJs,
    firstWithJs,
  };
}
