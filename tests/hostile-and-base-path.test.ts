import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';
import { BRIEF, contentWith } from './helpers/content-fixture.ts';
import { SHOWN_PY } from './helpers/feed-text.ts';
import { brokenLinks } from './helpers/links.ts';

// One build of the minimal site, deployed under a base path, with names and titles that
// try to break out of every format the site writes.
const HOSTILE = `Fish & <Chips> "quoted" ]]> </script><script>alert(1)</script> <img src=x onerror=alert(1)>`;
const TYPESET = `Fish & <Chips> “quoted” ]]> </script><script>alert(1)</script> <img src=x onerror=alert(1)>`;
const site = contentWith(
  { file: BRIEF, replace: 'title: "A test brief"', with: `title: ${JSON.stringify(`Brief: ${HOSTILE}`)}` },
  { file: BRIEF, replace: 'summary: "One line."', with: `summary: ${JSON.stringify(`Summary ${HOSTILE}`)}` },
  { file: 'content/actors/jnim.md', replace: `name: "Jama'at Nusrat al-Islam wal-Muslimin"`, with: `name: ${JSON.stringify(`Actor ${HOSTILE}`)}` },
  { file: 'content/actors/jnim.md', replace: 'short: JNIM', with: 'short: "JNIM ]]>"' },
  { file: 'content/regions/menaka.yaml', replace: 'name: Ménaka', with: `name: ${JSON.stringify(`Ménaka ${HOSTILE}`)}` },
  { file: 'content/series/weekly.yaml', replace: 'name: Test Weekly', with: `name: ${JSON.stringify(`Series ${HOSTILE}`)}` },
);
const out = join(site.root, 'dist');
const build = astro(['build', '--outDir', out], { BRIEFS_ROOT: site.root, SITE_BASE: '/briefs-site/', SITE_URL: 'https://example.org' });
afterAll(site.cleanup);

const text = (path: string) => readFileSync(join(out, path), 'utf8');
const everyFile = () => readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|csv)$/.test(f) && !f.startsWith('pagefind/'));

describe('a site under a base path with hostile names', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('keeps every link, feed and asset under the base path', () => {
    expect(brokenLinks(out, 'https://example.org/briefs-site/')).toEqual([]);
    const home = parse(text('index.html'));
    expect(home.querySelector('link[rel=alternate]')?.getAttribute('href')).toBe('https://example.org/briefs-site/rss.xml');
    expect(home.querySelector('link[rel=stylesheet]')?.getAttribute('href')).toMatch(/^\/briefs-site\/_astro\//);
    expect(text('rss.xml')).toContain('<link>https://example.org/briefs-site/briefs/2024-03-01-test-brief/</link>');
    expect(text('robots.txt')).toContain('Sitemap: https://example.org/briefs-site/sitemap-index.xml');
    expect(text('sitemap-0.xml')).toContain('https://example.org/briefs-site/actors/jnim/');
    // Social cards live under the base path too, and a hostile title stays text on them.
    const brief = parse(text('briefs/2024-03-01-test-brief/index.html'));
    expect(brief.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://example.org/briefs-site/cards/briefs/2024-03-01-test-brief.png');
    expect(readFileSync(join(out, 'cards/briefs/2024-03-01-test-brief.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(home.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://example.org/briefs-site/cards/site.png');
  });

  it('never lets a name out of its text: no injected element anywhere', () => {
    for (const file of everyFile().filter((f) => f.endsWith('.html'))) {
      const doc = parse(text(file));
      expect(doc.querySelectorAll('chips'), file).toEqual([]);
      const scripts = doc.querySelectorAll('script').map((s) => s.text);
      expect(scripts.some((s) => s.includes('alert(1)') && !s.startsWith('{')), file).toBe(false);
    }
    const brief = parse(text('briefs/2024-03-01-test-brief/index.html'));
    // Shown with typographic quotes, as bodies are; the data export keeps them as written.
    expect(brief.querySelector('h1')?.text).toBe(`Brief: ${TYPESET}`);
    const jsonLd = JSON.parse(brief.querySelector('script[type="application/ld+json"]')!.text);
    expect(jsonLd.headline).toBe(`Brief: ${TYPESET}`);
    // <meta> carries the text in its attribute, not markup: the head holds no injected element.
    expect(brief.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(`Brief: ${TYPESET}`);
    expect(brief.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(`Summary ${TYPESET}`);
    expect(brief.querySelectorAll('head img, head chips, body img[onerror]')).toEqual([]);
  });

  it('writes feeds and exports that parse back to the same names, with no markup a feed reader would run', () => {
    // Titles and descriptions are HTML to feed readers: shown, they are the text written.
    const script = `import feedparser, json, sys
${SHOWN_PY}
d = feedparser.parse(sys.argv[1], sanitize_html=False)
e = d.entries[0]
print(json.dumps({"bozo": bool(d.bozo), "channel": shown(d.feed.title_detail, d.feed.title), "title": shown(e.title_detail, e.title), "summary": shown(e.summary_detail, e.summary), "tags": [t.term for t in e.tags]}))`;
    const feed = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, join(out, 'rss.xml')], { encoding: 'utf8' }));
    expect(feed.bozo).toBe(false);
    expect(feed.title).toEqual({ tags: [], text: `Brief: ${TYPESET}` });
    expect(feed.summary).toEqual({ tags: [], text: `Summary ${TYPESET}` });
    for (const path of ['actors/jnim/rss.xml', 'regions/menaka/rss.xml', 'series/weekly/rss.xml']) {
      const subject = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, join(out, path)], { encoding: 'utf8' }));
      expect(subject.bozo, path).toBe(false);
      expect(subject.channel.tags, path).toEqual([]);
      expect(subject.title, path).toEqual({ tags: [], text: `Brief: ${TYPESET}` });
    }
    expect(feed.tags).toContain(`Actor ${HOSTILE}`);
    expect(JSON.parse(text('data/actors.json')).actors.map((a: { name: string }) => a.name)).toContain(`Actor ${HOSTILE}`);
  });
});
