import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
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

  it('passes the Nu HTML checker on every page', () => {
    // The checker (vnu.jar from the vnu-jar package) needs Java; `npm test` installs a JRE when missing.
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    // Its CSS grammar predates `paint-order` (CSS Fill and Stroke, in every browser), which keeps
    // chart labels legible over lines; that one message is not an error in the page.
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--filterpattern', '.*Property “paint-order” doesn.t exist.*', ...pages.map((f) => join(DIST, f))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, 'java is needed for the Nu HTML checker').toBeUndefined();
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; lastLine?: number; message: string }[] }).messages;
    expect(messages.map((m) => `${m.url.slice(m.url.indexOf('/dist/') + 6)}:${m.lastLine}: ${m.message}`)).toEqual([]);
    expect(run.status).toBe(0);
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
      "channel": {k: d.feed.get(k) for k in ("title", "link", "description", "language", "updated")}, "updated_parsed": d.feed.get("updated_parsed") is not None,
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

  it('follows the rules a feed validator checks: channel fields, safe content, described images', () => {
    const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
    for (const feed of results) {
      expect(feed.channel.title, feed.path).toBeTruthy();
      expect(feed.channel.description, feed.path).toBeTruthy();
      expect(feed.channel.link, feed.path).toMatch(/^https:\/\/briefs\.example\.org\//);
      expect(feed.channel.language).toBe('en');
      if (feed.items.length > 0) expect(feed.channel.updated, feed.path).toMatch(rfc822);
      for (const item of feed.items) {
        const html = parse(item.content);
        // Elements and attributes validators flag as unsafe in feed content.
        expect(html.querySelectorAll('script, iframe, object, embed, style, form, input'), feed.path).toEqual([]);
        expect(html.querySelectorAll('*').flatMap((e) => Object.keys(e.attributes).filter((a) => /^on/i.test(a)))).toEqual([]);
        expect(html.querySelectorAll('[href], [src]').map((e) => e.getAttribute('href') ?? e.getAttribute('src'))).not.toContainEqual(expect.stringMatching(/^javascript:/i));
        for (const img of html.querySelectorAll('img')) expect(img.getAttribute('alt'), `${feed.path}: ${img.getAttribute('src')}`).toBeTruthy();
      }
    }
  });

  it('has absolute links, stable unique GUIDs, RFC-822 dates and categories in every item', () => {
    const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
    for (const feed of results) {
      const ids = feed.items.map((i: { id: string }) => i.id);
      expect(new Set(ids).size, feed.path).toBe(ids.length);
      for (const item of feed.items) {
        expect(item.id).toBe(item.link);
        // A brief, or one of its corrections (in the corrections feed).
        expect(item.link).toMatch(feed.path.endsWith('corrections/rss.xml') ? /^https:\/\/briefs\.example\.org\/briefs\/[^/]+\/#correction-\d{4}-\d{2}-\d{2}(-\d+)?$/ : /^https:\/\/briefs\.example\.org\/briefs\/[^/]+\/$/);
        expect(item.date).toMatch(rfc822);
        expect(item.parsed).toBe(true);
        expect(item.tags.length).toBeGreaterThan(0);
        expect(item.content).not.toMatch(/(href|src)="(\/(?!\/)|#)/);
      }
    }
  });
});
