import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/**
 * Every internal link, stylesheet, image or script of a built site that leads nowhere:
 * to a missing file, or to a fragment no element has. `siteUrl` is the site's address
 * with its base path; links outside that path count as broken.
 */
export function brokenLinks(dist: string, siteUrl: string): string[] {
  const base = new URL(siteUrl);
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set(parse(readFileSync(join(dist, file), 'utf8')).querySelectorAll('[id]').map((e) => e.id)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const file of pages) {
    const doc = parse(readFileSync(join(dist, file), 'utf8'));
    for (const el of doc.querySelectorAll('a[href], link[href], img[src], script[src], form[action]')) {
      const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
      const url = new URL(ref, new URL(file.replace(/index\.html$/, ''), base));
      if (url.origin !== base.origin) continue;
      if (!url.pathname.startsWith(base.pathname)) {
        broken.push(`${file}: ${ref} (outside ${base.pathname})`);
        continue;
      }
      let target = decodeURIComponent(url.pathname.slice(base.pathname.length));
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!existsSync(join(dist, target))) {
        broken.push(`${file}: ${ref}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${file}: ${ref} (no #${fragment})`);
    }
  }
  return broken;
}
