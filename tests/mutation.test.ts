// Seeded mutations of the starter content, the way a hurried author, a hostile guest
// contributor and a fuzzer break files: bytes, every field's value (markup, escapes, huge
// numbers, blank and long text, impossible dates), file names and links. For each one,
// either `npm run check`'s code refuses it naming the file and line, or what it accepted is
// published intact and inert: in-process, the build's own code writes every output the
// change reaches (the site model, cards drawn by resvg, feed XML read by feedparser, CSV,
// JSON, JSON-LD, output file names). Real builds of hostile content (tests/build-refuses.test.ts,
// tests/hostile-and-base-path.test.ts) confirm the build does the same end to end.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomLcg } from 'd3';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, discoverFiles, idOfFile } from '../src/content/read-content.ts';
import { readFile } from '../src/content/read-file.ts';
import { validateContent } from '../src/content/validate-content.ts';
import { cardPath } from '../src/site/cards.ts';
import { drawPngHere, PNG_FONT } from '../src/render/cards/render-png.ts';
import { actorCard, briefCard, regionCard } from '../src/site/cards.ts';
import { allClaimTables } from '../src/site/claim-tables.ts';
import { correctionsFeed } from '../src/render/corrections-feed.ts';
import type { Corrections } from '../src/site/corrections.ts';
import { newsArticle } from '../src/site/json-ld.ts';
import { absolute, paths } from '../src/site/paths.ts';
import { getSite, type BriefView, type Site } from '../src/site/site.ts';
import { CONTENT_ROOT } from '../src/content-root.ts';
import { cardSvg } from '../src/lib/cards/card-svg.ts';
import type { CollectionKey } from '../src/lib/check/content-set.ts';
import { listCorrections } from '../src/lib/corrections/list-corrections.ts';
import { claimsCsv, claimsJson } from '../src/lib/export/export-data.ts';
import { rssFeedXml, rssItemXml } from '../src/lib/feeds/rss-xml.ts';
import { xmlSafe } from '../src/lib/feeds/xml-safe.ts';
import { serializeJsonLd } from '../src/lib/serialize/serialize-json-ld.ts';
import { markLoaded, shareStore } from '../src/content/live-content.ts';
import { SITE } from '../src/site.config.ts';
import { SHOWN_PY } from './helpers/feed-text.ts';

const PROJECT = join(import.meta.dirname, '..');
const VARIANTS = Number(process.env.BRIEFS_MUTATIONS ?? 520);
const root = mkdtempSync(join(tmpdir(), 'briefs-mutants-'));
for (const dir of ['content', 'seeds', 'public']) cpSync(join(PROJECT, dir), join(root, dir), { recursive: true });
const outside = mkdtempSync(join(tmpdir(), 'briefs-outside-'));
writeFileSync(join(outside, 'secret.svg'), 'the build machine');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const listed = discoverFiles(root).files;
const files = Object.values(listed).flat();
const briefFiles = listed.briefs;
const originals = new Map(files.map((f) => [f, readFileSync(join(root, f))]));
/** The collection a file belongs to, by its folder. */
const COLLECTION_OF = (file: string) => (Object.keys(COLLECTIONS) as CollectionKey[]).find((k) => file.startsWith(`${COLLECTIONS[k].dir}/`));

const random = randomLcg(0.2024);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
const enc = (s: string) => Buffer.from(s, 'utf8');

/** The lines holding `key: value` (frontmatter or YAML), with their index. */
const valueLines = (lines: string[]) => {
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : lines.length;
  return lines.map((l, i) => [l, i] as const).filter(([l, i]) => i < end && /^\s*(?:- )?[\w-]+: \S/.test(l));
};
const firstBodyLine = (lines: string[]) => Math.max(lines.indexOf('---', 1), 0) + 1;
const withLines = (b: Buffer, edit: (lines: string[]) => void) => {
  const lines = b.toString('utf8').split('\n');
  edit(lines);
  return enc(lines.join('\n'));
};
/** `line` with its value replaced by `value` (YAML text as written). */
const setValue = (line: string, value: string) => line.replace(/^(\s*(?:- )?[\w-]+: ).*$/, (_, key: string) => `${key}${value}`);
const yamlString = (s: string) => JSON.stringify(s);
/** The field name of a `key: value` line. */
const fieldOf = (line: string) => line.trim().replace(/^- /, '').split(':')[0]!;

// Every escape form YAML's double-quoted strings know, and the characters they smuggle.
const ESCAPES = ['\\0', '\\a', '\\b', '\\e', '\\f', '\\v', '\\r', '\\x01', '\\x1f', '\\x7f', '\\x85', '\\x9f', '\\u0001', '\\u001b', '\\u0085', '\\uFFFE', '\\uFFFF', '\\ud800', '\\udfff', '\\uDBFF', '\\U0000FFFF', '\\U00000000', '\\N'];
/** Values a hostile or careless author puts in a field, as YAML. */
const HOSTILE = [
  yamlString('S2 <img src=x onerror=alert(1)>'),
  yamlString('</script><script>alert(1)</script>'),
  yamlString('a ]]> b'),
  yamlString('<![CDATA[x]]>'),
  yamlString('Q&A &amp; &lt;b&gt; &#60;i&#62;'),
  yamlString('=HYPERLINK("https://evil.example","x")'),
  yamlString(' =1+1'),
  '"\\n@SUM(A1)"',
  yamlString('"quotes" and \'apostrophes\''),
  yamlString('   '),
  yamlString(''),
  yamlString('x'.repeat(10_000)),
  yamlString('a-'.repeat(5000) + 'a'),
  yamlString('\u200b'),
  yamlString('\u202e reversed'),
  '9'.repeat(400),
  '9007199254740993',
  '10000001',
  '-1',
  '1.5',
  '1e400',
  yamlString('about 99999999999'),
  yamlString('3023-01-01'),
  yamlString('2017-13'),
  yamlString('2024-02-30'),
  yamlString('2024-01-01T10:00+25:00'),
  yamlString('XXX'),
  '[]',
  '{}',
  'null',
  '~',
  'true',
  '.nan',
  '.inf',
];

type Variant = { name: string; file: string; writes: Map<string, Buffer>; links?: [string, string][]; renames?: [string, string][] };
const one = (name: string, file: string, bytes: Buffer): Variant => ({ name, file, writes: new Map([[file, bytes]]) });

/** Mutations of one file's bytes. */
const BYTES: Record<string, (b: Buffer) => Buffer> = {
  'delete a line': (b) => withLines(b, (lines) => lines.splice(int(lines.length), 1)),
  truncate: (b) => b.subarray(0, int(b.length)),
  'a control byte': (b) => Buffer.concat([b.subarray(0, int(b.length)), Buffer.from([pick([1, 7, 8, 11, 12, 27, 127])]), b]),
  NUL: (b) => {
    const at = int(b.length);
    return Buffer.concat([b.subarray(0, at), Buffer.from([0]), b.subarray(at)]);
  },
  'bytes that are not UTF-8': (b) => {
    const at = int(b.length);
    return Buffer.concat([b.subarray(0, at), Buffer.from([pick([0xff, 0xc3, 0xe2, 0x80])]), b.subarray(at)]);
  },
  'U+FFFF': (b) => withLines(b, (lines) => {
    const i = int(lines.length);
    lines[i] = `${lines[i]}\uFFFF`;
  }),
  'a YAML tag': (b) => withLines(b, (lines) => {
    const values = valueLines(lines);
    if (values.length > 0) {
      const [line, i] = pick(values);
      lines[i] = line.replace(': ', `: ${pick(['!!timestamp', '!!binary', '!!set', '!foo', '!!python/object'])} `);
    }
  }),
  'an alias': (b) => withLines(b, (lines) => {
    const values = valueLines(lines);
    if (values.length < 2) return;
    const [[x, i], [y, j]] = [pick(values), pick(values)];
    if (random() < 0.5) lines[i] = x.replace(': ', ': &a ');
    lines[j] = setValue(y, pick(['*a', '*nope']));
  }),
  'deep nesting': (b) => withLines(b, (lines) => {
    const values = valueLines(lines);
    if (values.length === 0) return;
    const [line, i] = pick(values);
    const depth = pick([20, 200, 5000]);
    lines[i] = setValue(line, '['.repeat(depth) + ']'.repeat(depth));
  }),
  'raw HTML in the body': (b) => withLines(b, (lines) => {
    lines.splice(firstBodyLine(lines) + int(Math.max(lines.length - firstBodyLine(lines), 1)), 0, pick(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '[x](javascript:alert(1))', '::figure[c]{src="/figures/nope.svg" alt="a" source="s"}', '::figure[c]{src="/figures/../../etc/hostname" alt="a" source="s"}']));
  }),
};

/** A field's value replaced by a hostile one, or one of YAML's escape forms put in a text. */
function fieldVariant(file: string): Variant {
  const bytes = originals.get(file)!;
  const escape = random() < 0.35;
  const lines = bytes.toString('utf8').split('\n');
  const values = valueLines(lines);
  const [line, i] = pick(values);
  const value = escape ? `"JNIM ${pick(ESCAPES)} claims"` : pick(HOSTILE);
  lines[i] = setValue(line, value);
  return one(`${escape ? 'escape' : 'value'} ${value.slice(0, 40)} in ${fieldOf(line)}`, file, enc(lines.join('\n')));
}

/** Plain-text fields readers see, given markup and XML's own delimiters: accepted, and shown as written. */
const TEXT_FIELDS: Record<string, string[]> = { briefs: ['title', 'summary', 'keyTakeaway', 'place', 'note', 'text'], actors: ['name', 'short'], regions: ['name'], series: ['name', 'description'], sources: ['title', 'publisher'] };
function textVariant(): Variant {
  const key = pick(Object.keys(TEXT_FIELDS)) as CollectionKey;
  const file = pick(listed[key]);
  const lines = originals.get(file)!.toString('utf8').split('\n');
  const candidates = valueLines(lines).filter(([l]) => TEXT_FIELDS[key]!.includes(fieldOf(l)));
  if (candidates.length === 0) return fieldVariant(file);
  const [line, i] = pick(candidates);
  const value = pick(['S2 <img src=x onerror=alert(1)>', 'JNIM ]]> claims', '</title><script>alert(1)</script>', 'Q&A: "5 < 6" & <b>bold</b>', "l'État & <i>co</i>"]);
  lines[i] = setValue(line, yamlString(value));
  return one(`markup ${JSON.stringify(value)} in ${fieldOf(line)}`, file, enc(lines.join('\n')));
}

/** A brief moved to a name the rules refuse. */
function nameVariant(): Variant {
  const file = pick(briefFiles);
  const id = idOfFile(file);
  const year = id.slice(0, 4);
  const name = pick([
    `${year}/${id}-${'x'.repeat(251 - id.length - 4)}.md`,
    `${year}/${id}x?y=1.md`,
    `${year}/${id}#top.md`,
    `${year}/${id} copy.md`,
    `${year}/${id}-ménaka.md`,
    `${year}/${id.toUpperCase()}.md`,
    `${year}/${id}\u200b.md`,
    `${year}/${id.slice(11)}.md`,
    `${Number(year) + 1}/${id}.md`,
    `${year}/${id}.MD`,
    `${year}/${id}.markdown`,
    `${id}.md`,
    `${year}/${id}/notes.txt`,
  ]);
  const to = `content/briefs/${name}`;
  return { name: `brief renamed to ${name.slice(0, 60)}`, file: to, writes: new Map(), renames: [[file, to]] };
}

/** Variants made once each: links, limits, relations between files. */
function fixedVariants(): Variant[] {
  const brief = briefFiles[0]!;
  const text = originals.get(brief)!.toString('utf8');
  const claimBlock = (n: number) => {
    const start = text.indexOf('\n  - id: ');
    const end = text.indexOf('\n  - id: ', start + 1);
    const block = text.slice(start, end > 0 ? end : text.indexOf('\n', start + 1) + 1);
    return Array.from({ length: n }, (_, i) => block.replace(/- id: (\S+)/, `- id: $1-x${i}`)).join('');
  };
  const withClaims = (n: number) => enc(text.replace('\nclaims:', `\nclaims:${claimBlock(n)}`));
  const actor = listed.actors[0]!;
  const actorId = idOfFile(actor);
  const actorText = originals.get(actor)!.toString('utf8');
  return [
    { name: 'a link in public/ to a file outside', file: 'public/figures/leak.svg', writes: new Map(), links: [['public/figures/leak.svg', join(outside, 'secret.svg')]] },
    { name: 'a link in public/ to a folder outside', file: 'public/outside', writes: new Map(), links: [['public/outside', outside]] },
    { name: 'a brief that is a link', file: 'content/briefs/2024/2024-01-01-linked.md', writes: new Map(), links: [['content/briefs/2024/2024-01-01-linked.md', join(root, brief)]] },
    { name: 'a folder of actors that is a link', file: 'content/actors/more', writes: new Map(), links: [['content/actors/more', outside]] },
    { name: 'a source that is a link', file: 'seeds/leak.yaml', writes: new Map(), links: [['seeds/leak.yaml', '/etc/hostname']] },
    one('600 claims in one brief', brief, withClaims(600)),
    one('100,000 claims in one brief', brief, withClaims(100_000)),
    one('an actor related to itself', actor, enc(actorText.replace(/\n---\n/, `\nrelations:\n  - type: allied-with\n    actor: ${actorId}\n---\n`))),
    one('a source with an actor\'s id', `seeds/${actorId}.yaml`, originals.get(listed.sources[0]!)!),
    one('a region with a series\' id', `content/regions/${idOfFile(listed.series[0]!)}.yaml`, originals.get(listed.regions[0]!)!),
    one('a claim id of 10,000 characters', brief, enc(text.replace(/(\n {2}- id: )(\S+)/, `$1${'a'.repeat(10_000)}`))),
    one('a stray file in content/', 'content/notes.txt', enc('notes')),
  ];
}

const variants: Variant[] = fixedVariants();
while (variants.length < VARIANTS) {
  const roll = random();
  if (roll < 0.3) {
    const name = pick(Object.keys(BYTES));
    const file = pick(files);
    variants.push(one(name, file, BYTES[name]!(originals.get(file)!)));
  } else if (roll < 0.7) variants.push(fieldVariant(pick(files)));
  else if (roll < 0.9) variants.push(textVariant());
  else variants.push(nameVariant());
}

/** Puts a variant in place; returns how to undo it. */
function apply(v: Variant): () => void {
  const undo: (() => void)[] = [];
  for (const [file, bytes] of v.writes) {
    const path = join(root, file);
    const before = originals.get(file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    undo.push(() => (before ? writeFileSync(path, before) : rmSync(path, { force: true })));
  }
  for (const [link, target] of v.links ?? []) {
    mkdirSync(dirname(join(root, link)), { recursive: true });
    symlinkSync(target, join(root, link));
    undo.push(() => unlinkSync(join(root, link)));
  }
  for (const [from, to] of v.renames ?? []) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    renameSync(join(root, from), join(root, to));
    undo.push(() => {
      renameSync(join(root, to), join(root, from));
      // A bundle's folder made for the move.
      if (to.endsWith('/notes.txt')) rmSync(dirname(join(root, to)), { recursive: true, force: true });
    });
  }
  return () => undo.reverse().forEach((f) => f());
}

// Forbidden in XML, JSON text and CSV a reader opens: controls, U+FFFE/U+FFFF, lone surrogates.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The site model from the entries the check accepted, as the loaders store them for the build. */
let generation = 0;
async function siteOf(result: ReturnType<typeof validateContent>): Promise<Site> {
  for (const key of ['briefs', 'actors', 'regions', 'series', 'sources'] as CollectionKey[]) {
    const entries = result.content[key].map((e) => {
      const body = result.rendered.get(e.file);
      return { id: e.id, data: e.data, ...(body && { rendered: { html: body.html, metadata: { headings: body.facts.headings, facts: body.facts, slotRanges: body.slotRanges } } }) };
    });
    shareStore(CONTENT_ROOT, key, { values: () => entries });
  }
  markLoaded(CONTENT_ROOT, ++generation);
  return getSite();
}

const drawn = new Set<string>();
const written = new Set<string>();
const out = mkdtempSync(join(tmpdir(), 'briefs-mutant-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
/** Feeds written for accepted variants, with the texts each item must show, for one feedparser run at the end. */
const feeds: { variant: string; xml: string; texts: Record<string, string> }[] = [];

/**
 * Writes, with the build's own code, every output of the site model the variant's file
 * reaches; returns what went wrong (a crash is a thrown error).
 */
async function publish(v: Variant, result: ReturnType<typeof validateContent>): Promise<string[]> {
  const problems: string[] = [];
  const site = await siteOf(result);
  const id = idOfFile(v.file);
  const briefs: BriefView[] = site.briefById.has(id)
    ? [site.briefById.get(id)!]
    : [...(site.briefsByActor.get(id) ?? []), ...(site.briefsByRegion.get(id) ?? []), ...(site.briefsBySeries.get(id) ?? [])].slice(0, 3);
  // Output file names: every page, card and table download, written once each.
  const names = [
    ...site.briefs.flatMap((b) => [paths.brief(b.id), cardPath('briefs', b.id)]),
    ...[...site.actors.keys()].flatMap((a) => [paths.actor(a), paths.actorFeed(a), cardPath('actors', a)]),
    ...[...site.regions.keys()].flatMap((r) => [paths.region(r), paths.regionFeed(r), cardPath('regions', r)]),
    ...site.incidents.map((i) => paths.incident(i.id)),
    ...allClaimTables(site).flatMap((t) => [paths.table(t.key, 'csv'), paths.table(t.key, 'json')]),
  ];
  for (const name of names) {
    if (written.has(name)) continue;
    written.add(name);
    if (/[?#\s]/.test(name) || name !== encodeURI(decodeURI(name))) problems.push(`output name ${JSON.stringify(name)} is not a plain address`);
    const path = join(out, name.endsWith('/') ? `${name}index.html` : name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
  }
  // Cards, drawn by resvg: the brief's, and the actor's or region's.
  const cards = [
    ...briefs.map((b) => briefCard(site, b)),
    ...(site.actors.has(id) ? [actorCard(site, id)] : []),
    ...(site.regions.has(id) ? [regionCard(site, id)] : []),
  ];
  for (const card of cards) {
    const svg = cardSvg({ ...card, site: SITE.title }, PNG_FONT);
    if (drawn.has(svg)) continue;
    drawn.add(svg);
    await drawPngHere(svg);
  }
  // Feeds: the briefs' items in a channel named after the file's actor or region, and the corrections feed.
  const label = site.actors.get(id)?.data.name ?? site.regions.get(id)?.data.name ?? site.series.get(id)?.data.name ?? 'Briefs';
  const items = await Promise.all(
    briefs.map((b) =>
      rssItemXml({
        link: absolute(paths.brief(b.id)),
        title: b.data.title,
        summary: b.data.summary,
        date: b.data.date,
        authors: b.data.authors,
        categories: [site.series.get(b.data.series)?.data.name ?? b.data.series, ...b.data.actors.map((a) => site.actors.get(a)?.data.name ?? a)],
        html: xmlSafe(b.html),
      }),
    ),
  );
  const xml = await rssFeedXml({ title: `${label} · ${SITE.title}`, description: `Every brief naming ${label}.`, pageUrl: absolute(paths.home()), feedUrl: absolute(paths.feed()), language: SITE.language }, items, briefs[0]?.data.date);
  feeds.push({ variant: v.name, xml, texts: { channel: `${label} · ${SITE.title}`, ...Object.fromEntries(briefs.flatMap((b) => [[`${b.id} title`, b.data.title], [`${b.id} summary`, b.data.summary]])) } });
  const corrections = listCorrections(briefs);
  if (corrections.length > 0) feeds.push({ variant: `${v.name} (corrections)`, xml: await correctionsFeed(site, { all: corrections } as unknown as Corrections), texts: Object.fromEntries(corrections.map((c) => [`correction ${c.anchor}`, c.text])) });
  // Data files and JSON-LD: text stays text, JSON reads back as written.
  const incidentOf = (claim: string) => site.incidentOfClaim.get(claim);
  const csv = claimsCsv(site.claims, incidentOf);
  const json = JSON.stringify(claimsJson(site.claims, site.incidents));
  for (const [what, text] of [['claims.csv', csv], ['claims.json', json]] as const) if (NOT_TEXT.test(text)) problems.push(`${what} carries a character XML and spreadsheets refuse`);
  for (const b of briefs) {
    const ld = serializeJsonLd(newsArticle(b, site));
    if (/[<>]/.test(ld)) problems.push(`JSON-LD of ${b.id} carries < or >`);
    if ((JSON.parse(ld) as { headline: string }).headline !== b.data.title) problems.push(`JSON-LD of ${b.id} changed its headline`);
  }
  return problems;
}

interface Outcome {
  name: string;
  file: string;
  errors: number;
  lineless: string[];
  crashed?: string;
  published?: string[];
  /** The whole check of the site with the variant in place. */
  ms: number;
  /** Reading the variant's file alone, where the limits are: its share of a refusal. */
  readMs?: number;
}
const outcomes: Outcome[] = [];

describe(`${VARIANTS} seeded mutations of the starter content`, () => {
  it('are each refused naming file and line, or published intact by the build\'s own writers; none crashes or hangs', { timeout: 900_000 }, async () => {
    const cache = new Map();
    // The starter content as it is: accepted, and published (this also fills the caches, so each variant's time is its own).
    const baseline = validateContent(root, { cache });
    expect(baseline.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(await publish({ name: 'starter content', file: '', writes: new Map() }, baseline)).toEqual([]);
    for (const variant of variants) {
      const outcome: Outcome = { name: variant.name, file: variant.file, errors: 0, lineless: [], ms: 0 };
      const started = performance.now();
      let undo = () => {};
      try {
        undo = apply(variant);
        const result = validateContent(root, { cache });
        outcome.ms = performance.now() - started;
        const written = [...variant.writes].find(([file]) => COLLECTION_OF(file));
        if (written) {
          const key = COLLECTION_OF(written[0])!;
          const t = performance.now();
          readFile(written[0], written[1], COLLECTIONS[key].schema, COLLECTIONS[key].ext === '.md');
          outcome.readMs = performance.now() - t;
        }
        const errors = result.issues.filter((i) => i.severity === 'error');
        outcome.errors = errors.length;
        // A refusal names a file that is there (or was linked) and a line within it.
        const lineCount = (file: string) => (existsSync(join(root, file)) && !lstatSync(join(root, file)).isSymbolicLink() && lstatSync(join(root, file)).isFile() ? readFileSync(join(root, file), 'utf8').split('\n').length : 1);
        outcome.lineless = errors.filter((e) => !(e.line >= 1 && e.line <= lineCount(e.file) + 1) || !existsSync(join(root, dirname(e.file)))).map((e) => `${e.file}:${e.line}: ${e.message}`);
        // No file is skipped: every author file found is read.
        if (result.files !== result.onDisk) outcome.lineless.push(`${variant.name}: ${result.onDisk} files on disk, ${result.files} checked`);
        if (errors.length === 0) outcome.published = await publish(variant, result);
      } catch (error) {
        outcome.crashed = String((error as Error).stack ?? error);
      } finally {
        undo();
      }
      outcomes.push(outcome);
    }
    const refused = outcomes.filter((o) => o.errors > 0 && o.lineless.length === 0 && !o.crashed);
    const intact = outcomes.filter((o) => o.errors === 0 && !o.crashed && o.published?.length === 0);
    const crashes = outcomes.filter((o) => o.crashed);
    const hangs = outcomes.filter((o) => o.ms > 10_000);
    const slowest = refused.reduce((a, b) => (b.ms > a.ms ? b : a));
    const slowestRead = refused.reduce((a, b) => ((b.readMs ?? 0) > (a.readMs ?? 0) ? b : a));
    console.log(`mutations: ${outcomes.length} variants through the check: ${refused.length} refused with file and line, ${intact.length} published intact, ${crashes.length} crashes, ${hangs.length} hangs; slowest refusal ${Math.round(slowest.ms)} ms for the whole check (${slowest.name} in ${slowest.file}), ${Math.round(slowestRead.readMs ?? 0)} ms reading the file alone (${slowestRead.name} in ${slowestRead.file})`);
    expect(crashes.map((o) => `${o.name} in ${o.file}: ${o.crashed}`)).toEqual([]);
    expect(hangs.map((o) => `${o.name}: ${Math.round(o.ms)} ms`)).toEqual([]);
    expect(outcomes.flatMap((o) => o.lineless)).toEqual([]);
    expect(outcomes.flatMap((o) => (o.published ?? []).map((p) => `${o.name} in ${o.file}: ${p}`))).toEqual([]);
    expect(refused.length + intact.length).toBe(outcomes.length);
    // No refusal hangs, and enough of both kinds ran. These are bounds against a runaway (a
    // quadratic parse, an alias bomb), ten times what an idle machine takes, not speed targets:
    // the whole check re-renders every body when names change (about half a second idle), and
    // reading the refused file itself takes a fraction of that (0.2-0.4 s for 100,000 claims).
    expect(slowest.ms).toBeLessThan(5000);
    expect(slowestRead.readMs ?? 0).toBeLessThan(4000);
    expect(refused.length).toBeGreaterThan(200);
    expect(intact.length).toBeGreaterThan(50);
    // What the rules refuse is refused wherever it lands.
    const accepted = (pattern: RegExp) => outcomes.filter((o) => pattern.test(o.name) && o.errors === 0).map((o) => `${o.name} in ${o.file}`);
    expect(accepted(/^(NUL|bytes that are not UTF-8|U\+FFFF|a YAML tag|a control byte|escape )/)).toEqual([]);
    expect(accepted(/^(brief renamed|a link|a brief that is a link|a folder of actors|a source that is a link|600 claims|100,000 claims|an actor related|a source with|a region with|a claim id of|a stray file)/)).toEqual([]);
    // Values a field's rule refuses, by field.
    const counts = ['9'.repeat(40), '9007199254740993', '10000001', '1e400', '.inf', '-1', '1.5', '"about 99999999999"'];
    const REFUSED: Record<string, string[]> = {
      killed: counts,
      wounded: counts,
      abducted: counts,
      dataCutoff: ['"2017-13"', '"2024-02-30"', '"2024-01-01T10:00+25:00"'],
      published: ['"2017-13"', '"2024-02-30"', '"2024-01-01T10:00+25:00"'],
      country: ['"XXX"'],
      title: ['"   "', '""'],
      summary: ['"   "', '""'],
      name: ['"   "', '""'],
      id: ['"a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-', '"S2 <img src=x onerror=alert(1)>"'],
    };
    expect(outcomes.filter((o) => {
      const [, value, field] = /^value (.*) in (\S+)$/.exec(o.name) ?? [];
      return o.errors === 0 && field !== undefined && REFUSED[field]?.includes(value!);
    }).map((o) => `${o.name} in ${o.file}`)).toEqual([]);
  });

  it('publish no markup a feed reader would run: feedparser reads every title and description as the text written', () => {
    expect(feeds.length).toBeGreaterThan(50);
    const script = `import feedparser, json, sys
${SHOWN_PY}
problems = []
for case in json.load(sys.stdin):
    d = feedparser.parse(case['xml'], sanitize_html=False)
    if d.bozo: problems.append(case['variant'] + ': not well-formed: ' + str(d.bozo_exception)); continue
    fields = [('channel', d.feed.title_detail, d.feed.title)]
    for e in d.entries:
        fields += [(e.link.rstrip('/').split('/')[-1] + ' title', e.title_detail, e.title), (e.link.rstrip('/').split('/')[-1] + ' summary', e.summary_detail, e.summary)]
    for key, detail, value in fields:
        seen = shown(detail, value); tags, text = seen['tags'], seen['text']
        if tags: problems.append(case['variant'] + ': ' + key + ' carries <' + '>, <'.join(tags) + '>')
        # Feed readers drop the spaces around a title, as feedparser does.
        if key in case['texts'] and text.strip() != case['texts'][key].strip(): problems.append(case['variant'] + ': ' + key + ' shows ' + json.dumps(text) + ', written ' + json.dumps(case['texts'][key]))
print(json.dumps(problems))`;
    const run = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(feeds), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});
