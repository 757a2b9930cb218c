import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';
import { BRIEF, contentWith } from './helpers/content-fixture.ts';
import { SHOWN_PY } from './helpers/feed-text.ts';
import { brokenLinks } from './helpers/links.ts';

// The minimal site with two corrected briefs, built three ways: in a plain folder (no
// git), in a shallow clone, and in a repository with history.
const SECOND = 'content/briefs/2024/2024-03-08-second.md';
const CORRECTIONS = `corrections:
  - date: "2024-03-04"
    text: "An earlier version gave the toll as 40; JNIM's statement says over 50."
    claims: [menaka-claim]
  - date: "2024-03-20"
    text: "The ambush was near Ménaka, not Gao."
---`;
const second = (killed: string, corrections = '') => `---
title: "A second brief"
series: weekly
issue: 2
date: "2024-03-08"
authors: ["Test desk"]
summary: "Another line."
actors: [wagner-group, jnim]
regions: [menaka]
sources: [naba-2022-09]
claims:
  - id: second-claim
    date: "2024-03"
    region: menaka
    perpetrators: [jnim]
    victims: { actors: [wagner-group], category: mercenaries }
    killed: ${killed}
    claimant: jnim
    stance: claimed
    grade: weak
    sources: [naba-2022-09]
${corrections}---
Body of the second brief.
`;
const SECOND_CORRECTION = `corrections:
  - date: "2024-03-20"
    text: "The claimant is JNIM <b>itself</b> & not a monitor."
    claims: [second-claim]
`;
const fixture = () =>
  contentWith({ file: BRIEF, replace: /\n---\n## First story/, with: `\n${CORRECTIONS}\n## First story` }, { file: SECOND, write: second('"over 20"', SECOND_CORRECTION) });

const build = (root: string, out = join(root, 'dist')) => ({ out, ...astro(['build', '--outDir', out], { BRIEFS_ROOT: root }) });
const text = (out: string, path: string) => readFileSync(join(out, path), 'utf8');
const UNAVAILABLE = /content history unavailable/g;

/** Commits every file of `root` as a fixed author on a fixed day, so builds repeat. */
const git = (root: string, day: string, ...args: string[]) =>
  execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Desk', GIT_AUTHOR_EMAIL: 'desk@example.org', GIT_COMMITTER_NAME: 'Desk', GIT_COMMITTER_EMAIL: 'desk@example.org', GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` },
  });

describe('the check of corrections', () => {
  it('refuses a correction dated before its brief, or naming a claim the brief does not hold, with file, line and field', () => {
    const bad = contentWith({
      file: BRIEF,
      replace: /\n---\n## First story/,
      with: `\ncorrections:\n  - date: "2024-02-28"\n    text: "Too early."\n  - date: "2024-03-02"\n    text: "Names another brief's claim."\n    claims: [menaka-claim, second-claim]\n---\n## First story`,
    });
    try {
      const check = spawnSync(process.execPath, ['src/cli/check.ts', bad.root], { encoding: 'utf8' });
      expect(check.status).toBe(1);
      expect(check.stdout.split('\n').filter((l) => l.includes('corrections['))).toEqual([
        `${BRIEF}:25: corrections[0].date: "2024-02-28" is before the brief's date 2024-03-01; expected a correction dated on or after the day the brief was published`,
        `${BRIEF}:29: corrections[1].claims[1]: "second-claim" is not a claim of this brief; expected one of its claim ids: menaka-claim`,
      ]);
    } finally {
      bad.cleanup();
    }
  });
});

describe('corrections, built outside git', () => {
  const site = fixture();
  const built = build(site.root);
  afterAll(site.cleanup);

  it('builds, and says once that history is unavailable', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output.match(UNAVAILABLE)).toHaveLength(1);
    expect(built.output).toContain('content history unavailable (not a git checkout)');
  });

  it('notes the latest correction under the brief header, linking to the full list at its end', () => {
    const doc = parse(text(built.out, 'briefs/2024-03-01-test-brief/index.html'));
    const note = doc.querySelector('header .corrected-note');
    expect(note?.text).toBe('Corrected on 20 March 2024');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('#corrections');
    expect(doc.querySelector('.last-updated')).toBeNull();
    const items = doc.querySelectorAll('#corrections li');
    expect(items.map((li) => li.id)).toEqual(['correction-2024-03-04', 'correction-2024-03-20']);
    expect(items[0]!.text).toContain("4 March 2024: An earlier version gave the toll as 40; JNIM's statement says over 50.");
  });

  it('shows a correction on every claim row it names, on every page that lists the claim', () => {
    for (const path of ['briefs/2024-03-01-test-brief', 'claims/2024', 'actors/jnim', 'actors/wagner-group', 'regions/menaka', 'incidents/menaka-2024-02']) {
      const rows = parse(text(built.out, `${path}/index.html`)).querySelectorAll('table.claims tbody tr');
      const row = rows.find((r) => r.querySelector('td.num a')?.getAttribute('href') === '/claims/2024/#claim-menaka-claim');
      expect(row?.querySelector('.claim-correction')?.text, path).toBe("Corrected 4 March 2024: An earlier version gave the toll as 40; JNIM's statement says over 50.");
      expect(row?.querySelector('.claim-correction a')?.getAttribute('href')).toBe('/briefs/2024-03-01-test-brief/#correction-2024-03-04');
    }
  });

  it('gives search engines each correction as a CorrectionComment, and the day it was modified', () => {
    const doc = parse(text(built.out, 'briefs/2024-03-01-test-brief/index.html'));
    const jsonLd = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
    expect(jsonLd.dateModified).toBe('2024-03-20');
    expect(jsonLd.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2024-03-04', text: "An earlier version gave the toll as 40; JNIM's statement says over 50.", url: 'https://briefs.example.org/briefs/2024-03-01-test-brief/#correction-2024-03-04' },
      { '@type': 'CorrectionComment', datePublished: '2024-03-20', text: 'The ambush was near Ménaka, not Gao.', url: 'https://briefs.example.org/briefs/2024-03-01-test-brief/#correction-2024-03-20' },
    ]);
  });

  it('lists every correction on /corrections/, newest first, each linking to its brief', () => {
    const items = parse(text(built.out, 'corrections/index.html')).querySelectorAll('.corrections-list > li');
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual([
      '/briefs/2024-03-01-test-brief/#correction-2024-03-20',
      '/briefs/2024-03-08-second/#correction-2024-03-20',
      '/briefs/2024-03-01-test-brief/#correction-2024-03-04',
    ]);
    expect(items[1]!.text).toContain('The claimant is JNIM <b>itself</b> & not a monitor.');
    expect(brokenLinks(built.out, 'https://briefs.example.org/')).toEqual([]);
  });

  it('carries each correction in the corrections feed with a stable GUID and a link to the brief, read by feedparser', () => {
    // The summary as a feed reader shows it: its elements (none) and its text.
    const script = `import feedparser, json, sys
${SHOWN_PY}
d = feedparser.parse(sys.argv[1], sanitize_html=False)
print(json.dumps({"bozo": bool(d.bozo), "version": d.version, "items": [{"id": e.id, "link": e.link, "title": e.title, "summary": shown(e.summary_detail, e.summary), "date": list(e.published_parsed)[:3], "content": e.content[0].value} for e in d.entries]}))`;
    const feed = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, join(built.out, 'corrections/rss.xml')], { encoding: 'utf8' }));
    expect(feed).toMatchObject({ bozo: false, version: 'rss20' });
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual([
      'https://briefs.example.org/briefs/2024-03-01-test-brief/#correction-2024-03-20',
      'https://briefs.example.org/briefs/2024-03-08-second/#correction-2024-03-20',
      'https://briefs.example.org/briefs/2024-03-01-test-brief/#correction-2024-03-04',
    ]);
    const [, hostile, first] = feed.items;
    expect(hostile).toMatchObject({ title: 'Correction: A second brief', summary: { tags: [], text: 'The claimant is JNIM <b>itself</b> & not a monitor.' }, date: [2024, 3, 20] });
    expect(hostile.content).not.toContain('<b>');
    expect(first.content).toContain('Corrects <a href="https://briefs.example.org/briefs/2024-03-01-test-brief/">A test brief</a>, published 1 March 2024.');
    expect(first.link).toBe(first.id);
  });

  it('keeps each brief GUID in the main and series feeds, with the corrections in its text', () => {
    const script = `import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": bool(d.bozo), "items": [{"title": e.title, "id": e.id, "content": e.content[0].value} for e in d.entries]}))`;
    for (const path of ['rss.xml', 'series/weekly/rss.xml']) {
      const feed = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, join(built.out, path)], { encoding: 'utf8' }));
      expect(feed.bozo, path).toBe(false);
      const item = feed.items.find((i: { title: string }) => i.title === 'A test brief');
      expect(item.id).toBe('https://briefs.example.org/briefs/2024-03-01-test-brief/');
      expect(item.content).toContain('<section><h2>Corrections</h2><ol><li><a href="https://briefs.example.org/briefs/2024-03-01-test-brief/#correction-2024-03-04">4 March 2024</a>:');
    }
  });
});

describe('corrections and git history', () => {
  const site = fixture();
  // History: the second brief first said "over 20"; a later commit says "over 30" and no correction names it.
  writeFileSync(join(site.root, SECOND), second('"over 20"'));
  git(site.root, '2024-03-08', 'init', '-q');
  git(site.root, '2024-03-08', 'add', '-A');
  git(site.root, '2024-03-08', 'commit', '-qm', 'first');
  writeFileSync(join(site.root, SECOND), second('"over 30"'));
  git(site.root, '2024-03-21', 'commit', '-qam', 'second');
  const shallowParent = mkdtempSync(join(tmpdir(), 'briefs-shallow-'));
  const shallow = join(shallowParent, 'clone');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${site.root}`, shallow]);
  afterAll(() => {
    site.cleanup();
    rmSync(shallowParent, { recursive: true, force: true });
  });

  it('warns in npm run check when a figure changed between commits with no correction naming it', () => {
    const check = spawnSync(process.execPath, ['src/cli/check.ts', site.root], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(
      `${SECOND}:17: warning: claims[0].killed: changed from "over 20" to "over 30" in commit ${git(site.root, '2024-03-21', 'rev-parse', '--short=7', 'HEAD').trim()} (2024-03-21), and no correction names "second-claim"; expected a dated correction saying what changed, e.g. corrections: [{ date: "YYYY-MM-DD", text: "…", claims: [second-claim] }]`,
    );
    expect(check.stdout).not.toContain('content history unavailable');
  });

  it('shows when each brief last changed, from its last commit, and builds the same bytes twice', () => {
    const one = build(site.root, join(tmpdir(), `briefs-one-${process.pid}`));
    const two = build(site.root, join(tmpdir(), `briefs-two-${process.pid}`));
    try {
      expect(one.status, one.output).toBe(0);
      expect(one.output).not.toMatch(UNAVAILABLE);
      const doc = parse(text(one.out, 'briefs/2024-03-08-second/index.html'));
      expect(doc.querySelector('.last-updated')?.text).toBe('Last updated 21 March 2024');
      expect(parse(text(one.out, 'briefs/2024-03-01-test-brief/index.html')).querySelector('.brief-updates')?.text).toBe('Corrected on 20 March 2024 · Last updated 8 March 2024');
      const digest = (out: string) =>
        readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|csv)$/.test(f)).sort().map((f) => `${f} ${createHash('sha256').update(readFileSync(join(out, f))).digest('hex')}`);
      expect(digest(two.out)).toEqual(digest(one.out));
    } finally {
      rmSync(one.out, { recursive: true, force: true });
      rmSync(two.out, { recursive: true, force: true });
    }
  });

  it('builds a shallow clone, saying once that history is unavailable', () => {
    const out = build(shallow);
    expect(out.status, out.output).toBe(0);
    expect(out.output.match(UNAVAILABLE)).toHaveLength(1);
    expect(out.output).toContain('content history unavailable (a shallow clone)');
    expect(parse(text(out.out, 'briefs/2024-03-08-second/index.html')).querySelector('.last-updated')).toBeNull();
    expect(text(out.out, 'corrections/rss.xml')).toContain('#correction-2024-03-04</guid>');
  });
});
