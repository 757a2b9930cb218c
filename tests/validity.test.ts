import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from './helpers/dist.ts';
import { brokenLinks } from './helpers/links.ts';

const files = (ext: string) => readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext) && !f.startsWith('pagefind/')).sort();
const pages = files('.html');
const feeds = files('rss.xml');

describe('the built site', () => {
  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(60);
  });

  it('has no broken internal link or fragment', () => {
    expect(brokenLinks(DIST, 'https://briefs.example.org/')).toEqual([]);
  });
});

describe('every feed', () => {
  // A real parser (Debian's feedparser) and an XML parser read each feed; the RSS 2.0
  // rules a strict validator checks are then checked item by item.
  const script = `import feedparser, json, sys, xml.etree.ElementTree as ET
out = []
for path in sys.argv[1:]:
    ET.parse(path)
    d = feedparser.parse(path)
    out.append({"path": path, "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
      "self": next((l.href for l in d.feed.get("links", []) if l.rel == "self"), None),
      "items": [{"id": e.get("id"), "link": e.get("link"), "date": e.get("published"), "parsed": e.get("published_parsed") is not None,
                 "content": e.content[0].value if e.get("content") else "", "tags": [t.term for t in e.get("tags", [])]} for e in d.entries]})
print(json.dumps(out))`;
  const results = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, ...feeds.map((f) => join(DIST, f))], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));

  it('exists for the site, every series, actor and region, and parses without error', () => {
    expect(feeds).toContain('rss.xml');
    expect(feeds.filter((f) => f.startsWith('actors/')).length).toBe(files('.html').filter((f) => /^actors\/[^/]+\/index\.html$/.test(f)).length);
    for (const feed of results) {
      expect(feed, feed.path).toMatchObject({ bozo: false, version: 'rss20' });
      expect(feed.self, feed.path).toBe(`https://briefs.example.org/${feed.path.slice(DIST.length + 1)}`);
    }
  });

  it('has absolute links, stable unique GUIDs, RFC-822 dates and categories in every item', () => {
    const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
    for (const feed of results) {
      const ids = feed.items.map((i: { id: string }) => i.id);
      expect(new Set(ids).size, feed.path).toBe(ids.length);
      for (const item of feed.items) {
        expect(item.id).toBe(item.link);
        expect(item.link).toMatch(/^https:\/\/briefs\.example\.org\/briefs\/[^/]+\/$/);
        expect(item.date).toMatch(rfc822);
        expect(item.parsed).toBe(true);
        expect(item.tags.length).toBeGreaterThan(0);
        expect(item.content).not.toMatch(/(href|src)="(\/(?!\/)|#)/);
      }
    }
  });
});
