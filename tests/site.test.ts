import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../src/lib/format/format-count.ts';
import { claimPhrase } from '../src/lib/claims/index.ts';
import { smartQuotes } from '../src/lib/format/smart-quotes.ts';
import { built, DIST, page, publicBriefs, starter } from './helpers/dist.ts';

// Titles are shown with typographic quotes, as bodies are.
const shown = (b: { data: { title: string } }) => smartQuotes(b.data.title);

describe('the starter site', () => {
  it('shows titles with typographic apostrophes and quotes', () => {
    expect(page('briefs/2022-09-30-islamic-state-wagner-mali').querySelector('h1')?.text).toBe('Islamic State hails Wagner kills in Mali; pro-Russian channel seeks ‘partisans’; Xi offers SCO a training base');
  });

  it('has enough real content to be worth reading', () => {
    expect(publicBriefs.length).toBeGreaterThanOrEqual(8);
    expect(starter.briefs.flatMap((b) => b.data.claims).length).toBeGreaterThanOrEqual(15);
    expect(starter.actors.length).toBeGreaterThanOrEqual(20);
    expect(starter.regions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(publicBriefs.map((b) => b.data.series)).size).toBe(2);
  });

  it('lists the latest briefs on the home page, newest first', () => {
    const titles = page('').querySelectorAll('.brief-list h3 a').map((a) => a.text);
    expect(titles.slice(0, 3)).toEqual(publicBriefs.slice(0, 3).map(shown));
  });

  it('builds a page for every brief with its header, claims and sources', () => {
    for (const brief of publicBriefs) {
      const doc = page(`briefs/${brief.id}`);
      expect(doc.querySelector('h1')?.text).toBe(shown(brief));
      expect(doc.querySelector('.meta time')?.getAttribute('datetime')).toBe(brief.data.date);
      const rows = doc.querySelectorAll('table.claims tbody tr:not(.note-row)');
      // Every number links to the claim behind it, on the claims page of the year its date starts.
      expect(rows.map((r) => r.querySelector('td.num a')?.getAttribute('href'))).toEqual(brief.data.claims.map((c) => `/claims/${c.date.start.slice(0, 4)}/#claim-${c.id}`));
      brief.data.claims.forEach((claim, i) => {
        // The phrase as written beside its normalised range.
        expect(rows[i]!.text).toContain(`“${claimPhrase(claim)}”`);
        expect(rows[i]!.querySelector('td.num')?.text).toBe(claim.killed ? formatCount(claim.killed) : 'none given');
      });
      for (const id of brief.data.sources) expect(doc.getElementById(`source-${id}`), `${brief.id} lists ${id}`).not.toBeNull();
    }
  });

  it('gives multi-story newsletter issues a contents list of their stories', () => {
    const newsletter = publicBriefs.find((b) => b.data.series === 'mw-weekly')!;
    const doc = page(`briefs/${newsletter.id}`);
    const stories = doc.querySelectorAll('.body h2').map((h) => h.id);
    expect(stories.length).toBeGreaterThan(1);
    expect(doc.querySelectorAll('.toc a').map((a) => a.getAttribute('href'))).toEqual(stories.map((id) => `#${id}`));
  });

  it('links each brief to the previous and next one of its series', () => {
    const series = publicBriefs.filter((b) => b.data.series === 'mw-weekly').reverse();
    const middle = page(`briefs/${series[1]!.id}`);
    expect(middle.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(`/briefs/${series[0]!.id}/`);
    expect(middle.querySelector('a[rel=next]')?.getAttribute('href')).toBe(`/briefs/${series[2]!.id}/`);
  });

  it('archives every brief by year and month, and lists each series', () => {
    const archive = page('archive');
    expect(archive.querySelectorAll('.brief-list h3 a').length).toBe(publicBriefs.length);
    for (const series of starter.series) {
      const links = page(`series/${series.id}`).querySelectorAll('.brief-list h2 a').map((a) => a.text);
      expect(links).toEqual(publicBriefs.filter((b) => b.data.series === series.id).map(shown));
    }
    expect(built('404.html')).toContain('Page not found');
  });

  it('offers the feed on every page and ships no JavaScript', () => {
    for (const path of ['', 'archive', `briefs/${publicBriefs[0]!.id}`, `series/${starter.series[0]!.id}`]) {
      const doc = page(path);
      expect(doc.querySelector('link[rel=alternate][type="application/rss+xml"][href$="/rss.xml"]')).not.toBeNull();
      // Structured data is not JavaScript; nothing else may be a script.
      expect(doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json')).toEqual([]);
    }
  });
});

describe('the RSS feed', () => {
  const xml = built('rss.xml');

  it('has one item per public brief with full HTML, absolute links and RFC-822 dates', () => {
    const items = xml.split('<item>').slice(1);
    expect(items.length).toBe(publicBriefs.length);
    for (const item of items) {
      expect(item).toMatch(/<pubDate>(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
      expect(item).toMatch(/<guid isPermaLink="true">https:\/\/[^<]+\/briefs\/[^<]+\/<\/guid>/);
      const escaped = /<content:encoded>([\s\S]*)<\/content:encoded>/.exec(item)?.[1] ?? '';
      const html = escaped.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
      expect(html.length).toBeGreaterThan(500);
      expect(html).not.toMatch(/(href|src)="\/(?!\/)/);
    }
  });

  it('is read by a real feed parser without error', () => {
    const script = `import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": d.bozo, "version": d.version, "items": [{"title": e.title, "content": len(e.content[0].value), "published": e.published_parsed is not None} for e in d.entries]}))`;
    const result = JSON.parse(execFileSync("/usr/bin/python3", ['-c', script, `${DIST}/rss.xml`], { encoding: 'utf8' }));
    expect(result.bozo).toBe(false);
    expect(result.version).toBe('rss20');
    expect(result.items.map((i: { title: string }) => i.title)).toEqual(publicBriefs.map(shown));
    expect(result.items.every((i: { content: number; published: boolean }) => i.content > 500 && i.published)).toBe(true);
  });
});
