// `npm run bench:corpus -- --briefs N [--out DIR]`: writes a deterministic synthetic
// archive in the authors' contract (DESIGN §1) for the performance benchmark:
// ~300 actors, ~150 regions, 2 series, 50 source records and N briefs spread over
// several years. Same N (and seed) → byte-identical files. The result must pass
// `BRIEFS_ROOT=DIR node src/cli/check.ts` with no errors and no warnings.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomLcg } from 'd3';
import { stringify } from 'yaml';
import { stripAccents, toIdLike } from '../src/lib/text/fold-text.ts';

/** Bumped whenever the generator's output changes, so `bench` regenerates stale corpora. */
export const CORPUS_VERSION = 4;
export const SEED = 0x5a4e1;
export const PROJECT = resolve(import.meta.dirname, '..');
export const MANIFEST = '.bench-corpus.json';

export const defaultCorpusDir = (briefs: number) => join(PROJECT, '.bench', `corpus-${briefs}`);

// ---------------------------------------------------------------------------------------
// Randomness: D3's seeded linear congruential generator, one stream per kind of file so
// that the shared records (actors, regions, sources) are the same whatever N is.

class Rng {
  next: () => number;
  constructor(seed: number) {
    this.next = randomLcg((seed >>> 0) / 2 ** 32);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** `n` distinct items of `list` (fewer when the list is shorter), in list order of picking. */
  sample<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries.at(-1)![0];
  }
}

// ---------------------------------------------------------------------------------------
// Small helpers.

/** YAML for an author file, written by the same library that reads it. */
const yaml = (data: Record<string, unknown>) => stringify(data, { lineWidth: 0 });
/** Drops the fields left undefined, as an author would leave the line out. */
const defined = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
const slug = toIdLike;
const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => dayOf(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const spoken = (day: string) => `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Unique ids: the first use of a base keeps it, later ones get -2, -3, … */
function uniquer() {
  const seen = new Map<string, number>();
  return (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** Proper nouns made of Sahelian-sounding syllables, never repeated. */
function nameMaker(rng: Rng) {
  const ONSET = ['Ta', 'Ka', 'Dio', 'Ke', 'Ma', 'Tin', 'Bou', 'Sa', 'Ga', 'Ne', 'Do', 'Ha', 'Ar', 'In', 'Fa', 'Mo', 'Se', 'Ti', 'Zou', 'Le', 'Ba', 'Kou', 'Ag', 'Da', 'Wa', 'Ya', 'Bo', 'Sou', 'Ou', 'Gou'];
  const MIDDLE = ['ma', 'ra', 'le', 'ni', 'ba', 'ko', 'sa', 'ga', 'ri', 'lo', 'na', 'di', 'ta', 'ke', 'mi', 'ro', 'bou', 'dou', 'ne', 'la'];
  const CODA = ['ka', 'ra', 'ni', 'go', 'dou', 'ré', 'tan', 'kar', 'mé', 'na', 'si', 'rou', 'ga', 'bé', 'ma', 'lé', 'ssa', 'ndi', 'tou', 'kel'];
  const used = new Set<string>();
  return () => {
    for (;;) {
      const name = rng.pick(ONSET) + (rng.chance(0.5) ? rng.pick(MIDDLE) : '') + rng.pick(CODA);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

// ---------------------------------------------------------------------------------------
// Regions: 8 countries, 5 first-level regions each, ~100 places; all inside the Sahel
// box (lat 10–20 N, lon 17 W – 24 E).

interface Region {
  id: string;
  name: string;
  country: string;
  level: 'country' | 'admin1' | 'place';
  parent?: string;
  lat: number;
  lon: number;
  aliases: string[];
}

const COUNTRIES = [
  { id: 'mali', name: 'Mali', code: 'MLI', adj: 'Malian', lat: 16.2, lon: -2.4, fr: 'République du Mali' },
  { id: 'burkina-faso', name: 'Burkina Faso', code: 'BFA', adj: 'Burkinabe', lat: 12.6, lon: -1.6, fr: 'Pays des hommes intègres' },
  { id: 'niger', name: 'Niger', code: 'NER', adj: 'Nigerien', lat: 16.1, lon: 8.1, fr: 'République du Niger' },
  { id: 'chad', name: 'Chad', code: 'TCD', adj: 'Chadian', lat: 14.8, lon: 18.7, fr: 'Tchad' },
  { id: 'mauritania', name: 'Mauritania', code: 'MRT', adj: 'Mauritanian', lat: 18.9, lon: -10.9, fr: 'Mauritanie' },
  { id: 'senegal', name: 'Senegal', code: 'SEN', adj: 'Senegalese', lat: 14.5, lon: -14.4, fr: 'Sénégal' },
  { id: 'nigeria', name: 'Nigeria', code: 'NGA', adj: 'Nigerian', lat: 12.1, lon: 8.5, fr: 'Nigéria' },
  { id: 'benin', name: 'Benin', code: 'BEN', adj: 'Beninese', lat: 10.9, lon: 2.3, fr: 'Bénin' },
] as const;
type Country = (typeof COUNTRIES)[number];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const coord = (v: number) => Math.round(v * 100) / 100;

function makeRegions(rng: Rng, newName: () => string): Region[] {
  const regions: Region[] = [];
  const id = uniquer();
  for (const c of COUNTRIES) {
    regions.push({ id: id(c.id), name: c.name, country: c.code, level: 'country', lat: c.lat, lon: c.lon, aliases: [c.fr] });
  }
  const admin1: Region[] = [];
  for (const c of COUNTRIES) {
    for (let i = 0; i < 5; i++) {
      const name = newName();
      const r: Region = {
        id: id(`${c.id}-${slug(name)}`),
        name,
        country: c.code,
        level: 'admin1',
        parent: c.id,
        lat: coord(clamp(c.lat + (rng.next() - 0.5) * 4, 10.2, 19.8)),
        lon: coord(clamp(c.lon + (rng.next() - 0.5) * 6, -16.8, 23.8)),
        aliases: [`${name} region`, `Région de ${name}`, ...(/[éè]/.test(name) ? [stripAccents(name)] : [])],
      };
      admin1.push(r);
      regions.push(r);
    }
  }
  for (let i = 0; i < 102; i++) {
    const parent = admin1[i % admin1.length]!;
    const name = newName();
    regions.push({
      id: id(`${slug(COUNTRIES.find((c) => c.code === parent.country)!.id)}-${slug(name)}`),
      name,
      country: parent.country,
      level: 'place',
      parent: parent.id,
      lat: coord(clamp(parent.lat + (rng.next() - 0.5) * 1.2, 10.05, 19.95)),
      lon: coord(clamp(parent.lon + (rng.next() - 0.5) * 1.6, -16.95, 23.95)),
      aliases: rng.chance(0.5) ? [`${name} area`, `Cercle de ${name}`] : [`${name} town`],
    });
  }
  return regions;
}

function regionYaml(r: Region): string {
  return yaml(defined({ name: r.name, country: r.country, level: r.level, parent: r.parent || undefined, lat: Number(r.lat.toFixed(2)), lon: Number(r.lon.toFixed(2)), aliases: r.aliases }));
}

// ---------------------------------------------------------------------------------------
// Actors: ~300 across the eight kinds, with short names, aliases and a few relations.

type ActorKind = 'state-force' | 'pmc' | 'jihadist' | 'rebel' | 'militia' | 'government' | 'igo' | 'other';

interface Actor {
  id: string;
  name: string;
  short?: string;
  kind: ActorKind;
  country?: string;
  aliases: string[];
  relations: { type: string; actor: string; from?: string }[];
  /** Words a sentence can call it by. */
  display: string;
}

const KIND_COUNTS: [ActorKind, number][] = [
  ['jihadist', 80],
  ['state-force', 60],
  ['militia', 50],
  ['rebel', 35],
  ['pmc', 20],
  ['government', 20],
  ['igo', 20],
  ['other', 15],
];

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

function makeActors(rng: Rng, newName: () => string): Actor[] {
  const actors: Actor[] = [];
  const id = uniquer();
  const shorts = new Set<string>();
  const UNITS = ['Armed Forces', 'National Guard', 'Gendarmerie', 'Special Forces', 'Air Force', 'Rapid Intervention Battalion', 'Counter-Terrorism Unit', 'Border Guard', 'Presidential Guard', 'Mobile Brigade'];
  const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '11th', '12th', '14th', '15th', '21st', '33rd'];
  for (const [kind, count] of KIND_COUNTS) {
    for (let i = 0; i < count; i++) {
      const c: Country = rng.pick(COUNTRIES);
      const n = newName();
      let name: string;
      let aliases: string[] = [];
      switch (kind) {
        case 'jihadist':
          name = rng.pick([`Katiba ${n}`, `Ansar al-${n}`, `Jama'at ${n} al-Mujahidin`, `${n} Brigade`, `Islamic Emirate of ${n}`, `Saraya ${n}`]);
          aliases = rng.sample([`${n} group`, `Katibat ${n}`, `${n} mujahideen`, `the ${n} network`], rng.int(0, 2));
          break;
        case 'state-force': {
          const unit = rng.pick(UNITS);
          name = unit.includes('Battalion') || unit.includes('Brigade') ? `${c.adj} ${rng.pick(ORDINALS)} ${unit} ${n}` : `${c.adj} ${unit} of ${n}`;
          aliases = rng.sample([`${c.adj} troops at ${n}`, `Forces de ${n}`], rng.int(0, 1));
          break;
        }
        case 'militia':
          name = rng.pick([`${n} Self-Defence Group`, `Dozo hunters of ${n}`, `Koglweogo of ${n}`, `${n} Vigilance Committee`, `Volunteers of ${n}`]);
          aliases = rng.sample([`${n} militia`, `${n} vigilantes`], rng.int(0, 1));
          break;
        case 'rebel':
          name = rng.pick([`${n} Liberation Front`, `Movement for the Salvation of ${n}`, `${n} Coordination of Movements`, `Popular Front of ${n}`, `${n} Patriotic Alliance`]);
          aliases = rng.sample([`Front de ${n}`, `${n} rebels`], rng.int(0, 2));
          break;
        case 'pmc':
          name = rng.pick([`${n} Security Group`, `${n} Consulting`, `${n} Risk Services`, `${n} Logistics Company`]);
          aliases = rng.sample([`${n} contractors`, `${n} mercenaries`], rng.int(0, 1));
          break;
        case 'government':
          name = rng.pick([`${c.adj} Ministry of ${n} Affairs`, `Transitional Council of ${n}`, `Governorate of ${n}`, `${c.adj} Office for ${n}`]);
          break;
        case 'igo':
          name = rng.pick([`UN Mission in ${n}`, `${n} Joint Force`, `EU Training Mission ${n}`, `Regional Commission for ${n}`, `Panel of Experts on ${n}`]);
          aliases = rng.sample([`${n} mission`, `Mission de ${n}`], rng.int(0, 1));
          break;
        default:
          name = rng.pick([`${n} Traders' Association`, `${n} Herders' Union`, `${n} Media Foundation`, `${n} Relief Committee`]);
      }
      let short: string | undefined;
      const acronym = initials(name);
      if (acronym.length >= 3 && !shorts.has(acronym) && rng.chance(0.7)) {
        short = acronym;
        shorts.add(acronym);
      }
      actors.push({
        id: id(slug(name)),
        name,
        ...(short && { short }),
        kind,
        ...(kind !== 'igo' || rng.chance(0.3) ? { country: c.code } : {}),
        aliases,
        relations: [],
        display: short ?? name,
      });
    }
  }
  const TYPES: Record<ActorKind, string[]> = {
    jihadist: ['affiliate-of', 'faction-of', 'allied-with'],
    'state-force': ['part-of', 'allied-with'],
    militia: ['allied-with', 'part-of'],
    rebel: ['faction-of', 'allied-with', 'successor-of'],
    pmc: ['allied-with', 'successor-of'],
    government: ['part-of'],
    igo: ['part-of'],
    other: ['allied-with'],
  };
  for (const actor of actors) {
    const n = rng.weighted([
      [0, 4],
      [1, 4],
      [2, 2],
    ] as const);
    const others = rng.sample(actors.filter((a) => a.id !== actor.id && (a.kind === actor.kind || rng.chance(0.05))), n);
    actor.relations = others.map((o) => ({ type: rng.pick(TYPES[actor.kind]), actor: o.id, ...(rng.chance(0.4) && { from: String(rng.int(2012, 2023)) }) }));
  }
  return actors;
}

function actorMd(a: Actor, rng: Rng, regionNames: readonly string[]): string {
  const where = rng.sample(regionNames, 2);
  const about: Record<ActorKind, string> = {
    jihadist: `An armed jihadist group active around ${where[0]} and ${where[1]}, which claims its attacks through its own media channels and recruits among herders and young men without work.`,
    'state-force': `A unit of the state's security forces deployed around ${where[0]}, often named in claims by the groups it fights and in reports of abuses against civilians near ${where[1]}.`,
    militia: `A local self-defence group formed to protect villages around ${where[0]}; rights groups accuse it of reprisals against communities it sees as close to the jihadists near ${where[1]}.`,
    rebel: `An armed movement with political demands, present around ${where[0]} and ${where[1]}, that has alternated between peace talks and fighting.`,
    pmc: `A private military company whose personnel fight alongside state forces around ${where[0]}; its losses are rarely acknowledged and its operations near ${where[1]} are poorly documented.`,
    government: `A governing body whose statements on security around ${where[0]} and ${where[1]} are cited in the briefs, often as the only official figures.`,
    igo: `An international organisation with staff around ${where[0]}; its reports are among the few independent sources on incidents near ${where[1]}.`,
    other: `A civilian organisation around ${where[0]} whose members are often caught between armed groups and the army near ${where[1]}.`,
  };
  const data = defined({ name: a.name, short: a.short || undefined, kind: a.kind, country: a.country || undefined, aliases: a.aliases, relations: a.relations.length > 0 ? a.relations.map((r) => defined({ ...r, from: r.from || undefined })) : undefined });
  return `---\n${yaml(data)}---\n${about[a.kind]}\n`;
}

// ---------------------------------------------------------------------------------------
// Sources: 50 records across the seven kinds.

interface Source {
  id: string;
  title: string;
  publisher: string;
  author: string;
  published: string;
  url?: string;
  kind: string;
  language: string;
  summary: string;
}

const PUBLISHERS = [
  { short: 'naba', publisher: 'Al-Naba', kind: 'claim-channel', language: 'ar', author: 'Islamic State media office', title: 'Al-Naba weekly newsletter' },
  { short: 'zallaqa', publisher: 'Az-Zallaqa Foundation', kind: 'claim-channel', language: 'ar', author: 'Az-Zallaqa', title: 'Az-Zallaqa statement' },
  { short: 'amaq', publisher: 'Amaq News Agency', kind: 'claim-channel', language: 'ar', author: 'Amaq', title: 'Amaq bulletin' },
  { short: 'rfi', publisher: 'RFI', kind: 'media', language: 'fr', author: 'RFI Afrique', title: 'RFI report', domain: 'www.rfi.fr' },
  { short: 'jeuneafrique', publisher: 'Jeune Afrique', kind: 'media', language: 'fr', author: 'Jeune Afrique', title: 'Jeune Afrique article', domain: 'www.jeuneafrique.com' },
  { short: 'reuters', publisher: 'Reuters', kind: 'media', language: 'en', author: 'Reuters staff', title: 'Reuters dispatch', domain: 'www.reuters.com' },
  { short: 'aljazeera', publisher: 'Al Jazeera', kind: 'media', language: 'en', author: 'Al Jazeera staff', title: 'Al Jazeera report', domain: 'www.aljazeera.com' },
  { short: 'acled', publisher: 'Armed Conflict Location & Event Data Project (ACLED)', kind: 'monitor', language: 'en', author: 'ACLED', title: 'ACLED regional overview', domain: 'acleddata.com' },
  { short: 'hrw', publisher: 'Human Rights Watch', kind: 'rights-group', language: 'en', author: 'Human Rights Watch', title: 'Human Rights Watch report', domain: 'www.hrw.org' },
  { short: 'amnesty', publisher: 'Amnesty International', kind: 'rights-group', language: 'en', author: 'Amnesty International', title: 'Amnesty International briefing', domain: 'www.amnesty.org' },
  { short: 'un-poe', publisher: 'UN Panel of Experts', kind: 'un', language: 'en', author: 'UN Security Council Panel of Experts', title: 'Report of the Panel of Experts', domain: 'www.un.org' },
  { short: 'ocha', publisher: 'UN OCHA', kind: 'un', language: 'fr', author: 'OCHA', title: 'OCHA situation report', domain: 'reliefweb.int' },
  { short: 'ctp', publisher: 'Critical Threats', kind: 'think-tank', language: 'en', author: 'Critical Threats Project', title: 'Africa File' },
  { short: 'militantwire', publisher: 'Militant Wire', kind: 'think-tank', language: 'en', author: 'Militant Wire desk', title: 'MW Weekly' },
  { short: 'fama-staff', publisher: 'General Staff of the Armed Forces', kind: 'government', language: 'fr', author: 'Army communications office', title: 'Army communiqué' },
  { short: 'govt', publisher: 'Government spokesperson', kind: 'government', language: 'fr', author: 'Office of the spokesperson', title: 'Government statement' },
] as const;

function makeSources(rng: Rng): Source[] {
  const sources: Source[] = [];
  const id = uniquer();
  for (let i = 0; i < 50; i++) {
    const p = PUBLISHERS[i % PUBLISHERS.length]!;
    const published = `${rng.int(2016, 2024)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const topic = rng.pick(['attacks on army posts', 'abuses against civilians', 'the fighting in the tri-border area', 'displacement and blockades', 'mercenary operations', 'claims of captured weapons', 'the year in political violence', 'drone strikes']);
    const sid = id(`${p.short}-${published.slice(0, 7)}`);
    sources.push({
      id: sid,
      title: `${p.title} on ${topic}, ${MONTHS[Number(published.slice(5, 7)) - 1]} ${published.slice(0, 4)}`,
      publisher: p.publisher,
      author: p.author,
      published,
      ...('domain' in p && rng.chance(0.8) && { url: `https://${p.domain}/${published.slice(0, 4)}/${slug(topic)}-${i + 1}` }),
      kind: p.kind,
      language: p.language,
      summary: `A ${p.kind.replace('-', ' ')} account of ${topic}, giving figures and dates the briefs cite; its numbers are ${rng.pick(['unverified', 'partly corroborated', 'compiled from local sources', 'the publisher’s own'])}.`,
    });
  }
  return sources;
}

function sourceYaml(s: Source): string {
  return yaml(defined({ title: s.title, publisher: s.publisher, author: s.author, published: s.published, url: s.url || undefined, kind: s.kind, language: s.language, summary: s.summary }));
}

const SERIES_FILES = {
  'mw-weekly': [
    'name: "MW Weekly"',
    'description: "A weekly round of short stories on militant movements and the forces fighting them: what jihadist and pro-Russian channels claimed this week, who said it, and how much of it can be checked."',
    'cadence: weekly',
    'style: newsletter',
    '',
  ].join('\n'),
  'africa-file': [
    'name: "Africa File"',
    'description: "Occasional assessments of the Salafi-jihadi movement in Africa and the states, mercenaries and militias fighting it, each opening with a key takeaway and closing with most-likely and worst-case scenarios."',
    'cadence: irregular',
    'style: assessment',
    '',
  ].join('\n'),
};

// ---------------------------------------------------------------------------------------
// Briefs.

interface Incident {
  id: string;
  date: string;
  region: string;
  perpetrators: string[];
  victims: string[];
  category: string;
  place: string;
}

interface Claim {
  id: string;
  incident?: string;
  date: string | { from: string; to: string };
  region: string;
  place?: string;
  perpetrators: string[];
  victims: { actors: string[]; category: string };
  killed: string | number | null | { min: number; max: number | null; text: string };
  wounded?: string | number | null;
  abducted?: string | number | null;
  claimant: string;
  stance: string;
  grade?: string;
  scope?: 'aggregate';
  sources: string[];
  note?: string;
  distinctFrom?: string[];
}

/** An incident written so far: the id later claims name, when and where it happened. */
interface Event {
  id: string;
  date: string;
  region: string;
}

const ARMED = new Set<ActorKind>(['jihadist', 'state-force', 'militia', 'rebel', 'pmc']);
const CATEGORIES = ['civilians', 'military', 'police', 'militants', 'mercenaries', 'peacekeepers', 'mixed', 'unknown'];
const STANCES = ['claimed', 'reported', 'alleged', 'confirmed', 'denied', 'disputed'];
const GRADES = ['confirmed', 'fair', 'weak', 'contested', 'discounted', 'unassessed'];

function countPhrase(rng: Rng): Claim['killed'] {
  const n = rng.int(2, 90);
  const m = n + rng.int(2, 40);
  return rng.weighted<Claim['killed']>([
    [n, 5],
    [`about ${n}`, 2],
    [`around ${n}`, 1],
    [`nearly ${n}`, 1],
    [`at least ${n}`, 3],
    [`over ${n}`, 2],
    [`more than ${n}`, 2],
    [`${n}-${m}`, 2],
    [`${n} to ${m}`, 1],
    ['several', 2],
    ['dozens', 2],
    ['hundreds', 1],
    ['unknown', 3],
    [null, 1],
    [{ min: n, max: m, text: `between ${n} and ${m} by local counts` }, 1],
  ]);
}

/** A claim as written in frontmatter: only the fields it has, in the guide's order. */
function claimData(c: Claim): Record<string, unknown> {
  return defined({
    id: c.id,
    incident: c.incident,
    date: c.date,
    scope: c.scope,
    region: c.region,
    place: c.place,
    perpetrators: c.perpetrators,
    victims: c.victims.actors.length > 0 ? c.victims : { category: c.victims.category },
    killed: c.killed,
    wounded: c.wounded,
    abducted: c.abducted,
    claimant: c.claimant,
    stance: c.stance,
    grade: c.grade,
    sources: c.sources,
    note: c.note,
    distinctFrom: c.distinctFrom,
  });
}

/** The vocabulary of a brief's sentences: its actors, regions and sources. */
interface Ctx {
  rng: Rng;
  actors: Actor[];
  regions: Region[];
  sources: Source[];
  date: string;
}

function sentenceMaker(ctx: Ctx) {
  const { rng } = ctx;
  const A = () => {
    const a = rng.pick(ctx.actors);
    return rng.chance(0.25) && a.aliases.length > 0 ? rng.pick(a.aliases) : rng.chance(0.5) ? a.display : a.name;
  };
  const R = () => rng.pick(ctx.regions).name;
  /** Two different actors, or two different places (the second may be a landmark). */
  const two = <T,>(list: readonly T[], name: (t: T) => string, fallback: readonly string[]) => {
    const [a, b] = rng.sample(list, 2);
    return [name(a!), b ? name(b) : rng.pick(fallback)] as const;
  };
  const RR = () => two(ctx.regions, (r) => r.name, ['the border', 'the regional capital', 'the river crossing']);
  const AA = () => two(ctx.actors, (a) => a.display, ['the army', 'rival fighters', 'local militias']);
  const cite = () => (rng.chance(0.55) ? ` :cite[${rng.pick(ctx.sources).id}]` : '');
  const P = () => rng.pick(ctx.sources).publisher;
  const day = () => spoken(addDays(ctx.date, -rng.int(1, 20)));
  const num = () => rng.int(3, 120);
  const weapon = () => rng.pick(['Kalashnikov rifles', 'PK machine guns', 'mortar rounds', 'motorcycles', 'pickup trucks', 'a drone', 'RPG launchers', 'boxes of ammunition', 'fuel drums', 'satellite phones']);
  const verb = () => rng.pick(['ambushed', 'attacked', 'overran', 'shelled', 'raided', 'besieged', 'struck', 'encircled']);
  const target = () => rng.pick(['an army post', 'a supply convoy', 'a gendarmerie station', 'a weekly market', 'a checkpoint', 'a militia camp', 'a mining site', 'a patrol', 'a village']);
  const tone = () => rng.pick(['unverified', 'impossible to check', 'plausible but unconfirmed', 'inflated by past standards', 'consistent with local accounts', 'contradicted by residents']);
  const templates: (() => string)[] = [
    () => `${A()} said on ${day()} that its fighters had ${verb()} ${target()} near ${R()}, killing ${rng.pick(['several', 'dozens of', 'at least ' + num(), 'more than ' + num()])} people${cite()}.`,
    () => `The statement listed ${num()} ${weapon()} and ${num()} ${weapon()} among the spoils, with photographs that could not be dated.`,
    () => `Residents of ${R()} told ${P()} that the fighting lasted ${rng.pick(['several hours', 'most of the night', 'two days', 'until the afternoon'])} and that ${rng.pick(['shops stayed shut', 'families fled towards the river', 'the road was cut', 'bodies were buried the same day'])}${cite()}.`,
    () => `None of these figures could be independently confirmed, and ${A()} has not commented.`,
    () => `The claim follows ${num()} similar statements since ${MONTHS[rng.int(0, 11)]}, most of them ${tone()}.`,
    () => `${A()} has used the ${rng.pick(['rainy season', 'dry season', 'harvest', 'Ramadan period'])} to ${rng.pick(['tighten its grip on', 'extend its patrols around', 'tax the herders of', 'blockade the roads into'])} ${R()}.`,
    () => `${cap(P())} put the toll at ${rng.pick(['about', 'around', 'nearly', 'at least'])} ${num()}, a figure this desk grades as ${rng.pick(['weak', 'fair', 'contested'])} until a second count appears${cite()}.`,
    () => `An official in ${R()}, speaking on condition of anonymity, described the attackers as ${rng.pick(['numerous and well armed', 'arriving on motorcycles', 'familiar with the terrain', 'wearing army fatigues'])}.`,
    () => `In a video released through its media outlet, ${A()} showed fighters ${rng.pick(['parading captured vehicles', 'executing prisoners', 'distributing food', 'burning a flag'])}, footage that ${tone()} according to analysts.`,
    () => `The army's own communiqué spoke of ${num()} "terrorists neutralised" and ${rng.int(0, 9)} soldiers lost, and made no mention of civilian deaths${cite()}.`,
    () => {
      const [a, b] = AA();
      return `${a} and ${b} have both claimed the area around ${R()} in recent weeks, a sign that the front there is shifting.`;
    },
    () => `Humanitarian agencies counted ${rng.int(2, 40)} thousand people displaced from ${R()} since ${MONTHS[rng.int(0, 11)]}, most of them women and children${cite()}.`,
    () => `The road between ${RR().join(' and ')} has been ${rng.pick(['closed to traffic', 'mined in several places', 'controlled by armed men', 'open only under escort'])} for ${rng.int(2, 11)} weeks.`,
    () => `Local radio reported that ${A()} had ${rng.pick(['kidnapped a village chief', 'imposed a new tax on cattle', 'ordered schools to close', 'announced a truce with rivals'])} near ${R()}.`,
    () => `Analysts at ${P()} note that claims of this kind tend to ${rng.pick(['cluster before major holidays', 'overstate enemy losses', 'understate civilian deaths', 'arrive days after the event'])}${cite()}.`,
    () => `This is the ${rng.pick(['second', 'third', 'fourth', 'fifth'])} attack on ${target()} in ${R()} this ${rng.pick(['month', 'quarter', 'year'])}.`,
    () => `Drone footage shared by supporters of ${A()} appears to show ${rng.pick(['a strike on a wedding', 'a column of vehicles', 'a burning fuel depot', 'an abandoned base'])}, though its date and place remain uncertain.`,
    () => `A spokesman for ${AA().join(' denied the account and accused ')} of ${rng.pick(['staging the scene', 'killing the civilians itself', 'inventing the attack', 'exaggerating its losses'])}.`,
    () => `*Why it matters:* control of ${R()} gives whoever holds it ${rng.pick(['the trade routes north', 'the gold-mining sites', 'the river crossings', 'the grazing land'])} and the revenue that comes with them.`,
    () => `As ${P()} put it, the ${rng.pick(['lull', 'escalation', 'stalemate', 'withdrawal'])} around ${R()} is **${rng.pick(['unlikely to last', 'a turning point', 'a test for the junta', 'a warning sign'])}**.`,
  ];
  return () => cap(rng.pick(templates)());
}

interface BriefPlan {
  slug: string;
  year: string;
  date: string;
  series: 'mw-weekly' | 'africa-file';
}

function makeBrief(
  rng: Rng,
  plan: BriefPlan,
  issue: number,
  world: { actors: Actor[]; regions: Region[]; places: Region[]; sources: Source[]; actorById: Map<string, Actor>; regionById: Map<string, Region> },
  incidents: Incident[],
  events: Event[],
  claimId: (base: string) => string,
): string {
  // Reuse a recent incident from another brief now and then, so claims share `incident` ids.
  const reused = incidents.length > 0 && rng.chance(0.3) ? [rng.pick(incidents.slice(-25))] : [];
  const actorIds: string[] = [];
  const regionIds: string[] = [];
  const addUnique = (list: string[], id: string) => list.includes(id) || list.push(id);
  for (const inc of reused) {
    addUnique(regionIds, inc.region);
    for (const a of [...inc.perpetrators, ...inc.victims]) addUnique(actorIds, a);
  }
  const nActors = Math.max(actorIds.length, rng.int(3, 6));
  const armedActors = world.actors.filter((a) => ARMED.has(a.kind));
  if (actorIds.length === 0) actorIds.push(rng.pick(armedActors).id);
  while (actorIds.length < nActors) addUnique(actorIds, rng.pick(rng.chance(0.7) ? armedActors : world.actors).id);
  const nRegions = Math.max(regionIds.length, rng.int(1, 3));
  // Regions of a brief are mostly places in one country.
  const country = regionIds.length > 0 ? world.regionById.get(regionIds[0]!)!.country : rng.pick(COUNTRIES).code;
  const local = world.regions.filter((r) => r.country === country && r.level !== 'country');
  while (regionIds.length < nRegions) addUnique(regionIds, rng.pick(local).id);
  // Sources published in the two years before the brief, as a desk would cite them.
  const recent = world.sources.filter((s) => s.published <= plan.date && s.published >= addDays(plan.date, -730));
  const pool = recent.length >= 4 ? recent : [...world.sources].sort((a, b) => Math.abs(Date.parse(a.published) - Date.parse(plan.date)) - Math.abs(Date.parse(b.published) - Date.parse(plan.date))).slice(0, 6);
  const sourceIds = rng.sample(pool, rng.int(2, 4)).map((s) => s.id);

  const actors = actorIds.map((id) => world.actorById.get(id)!);
  const regions = regionIds.map((id) => world.regionById.get(id)!);
  const sources = sourceIds.map((id) => world.sources.find((s) => s.id === id)!);

  // A region and the regions it lies in; two events in nested regions may be one.
  const lineage = (r: string): string[] => {
    const parent = world.regionById.get(r)?.parent;
    return [r, ...(parent ? lineage(parent) : [])];
  };
  const nested = (a: string, b: string) => lineage(a).includes(b) || lineage(b).includes(a);

  // Claims.
  const claims: Claim[] = [];
  const nClaims = reused.length > 0 ? Math.max(1, rng.int(0, 5)) : rng.int(0, 5);
  for (let i = 0; i < nClaims; i++) {
    const stance = rng.pick(STANCES);
    const grade = rng.chance(0.85) ? rng.pick(GRADES) : undefined;
    const csources = rng.sample(sourceIds, rng.int(1, 2));
    const inc = i === 0 ? reused[0] : undefined;
    if (inc) {
      claims.push({
        id: claimId(`${inc.id}-${slug(rng.pick(sources).publisher).split('-')[0]}`),
        incident: inc.id,
        date: inc.date,
        region: inc.region,
        place: inc.place,
        perpetrators: inc.perpetrators,
        victims: { actors: inc.victims, category: inc.category },
        killed: countPhrase(rng),
        ...(rng.chance(0.4) && { wounded: countPhrase(rng) as string }),
        claimant: rng.chance(0.5) && inc.perpetrators.length > 0 ? inc.perpetrators[0]! : rng.pick(csources),
        stance,
        ...(grade && { grade }),
        sources: csources,
        note: rng.pick(['A second account of the same event; it counts once.', 'Revised figure from a later report.', 'The victims’ side gives a different toll.']),
      });
      continue;
    }
    const region = rng.pick(regions);
    const armed = actorIds.filter((id) => ARMED.has(world.actorById.get(id)!.kind));
    const perps = rng.sample(armed.length > 0 ? armed : actorIds, rng.weighted([
      [0, 1],
      [1, 6],
      [2, 2],
    ] as const));
    const victims = rng.chance(0.6) ? rng.sample(actorIds.filter((a) => !perps.includes(a)), 1) : [];
    const category = victims.length > 0 ? rng.pick(['military', 'police', 'militants', 'mercenaries', 'peacekeepers', 'mixed']) : rng.pick(CATEGORIES);
    if (rng.chance(0.12)) {
      // A period total: never added to incident sums.
      const year = Number(plan.date.slice(0, 4)) - 1;
      const quarter = rng.int(0, 3);
      const period = rng.chance(0.5)
        ? { from: `${year}-01-01`, to: `${year}-12-31` }
        : { from: `${year}-${pad(quarter * 3 + 1)}-01`, to: addDays(`${year + (quarter === 3 ? 1 : 0)}-${pad(quarter === 3 ? 1 : quarter * 3 + 4)}-01`, -1) };
      claims.push({
        id: claimId(`${region.id}-${period.from.slice(0, 4)}-total-${perps[0] ? slug(world.actorById.get(perps[0])!.display).slice(0, 20).replace(/-$/, '') : 'all'}`),
        date: period,
        scope: 'aggregate',
        region: region.id,
        perpetrators: perps,
        victims: { actors: victims, category },
        killed: rng.pick([`more than ${rng.int(100, 900)}`, `about ${rng.int(100, 900)}`, rng.int(100, 900), 'hundreds']),
        claimant: rng.pick(csources),
        stance: rng.pick(['reported', 'confirmed', 'disputed']),
        ...(grade && { grade }),
        sources: csources,
        note: 'A period total from a monitor; shown beside incident sums, never added to them.',
      });
      continue;
    }
    const date = rng.weighted([
      [addDays(plan.date, -rng.int(1, 20)), 8],
      [addDays(plan.date, -rng.int(1, 20)).slice(0, 7), 3],
      [plan.date.slice(0, 4), 1],
    ] as const);
    const place = rng.chance(0.6) ? `${rng.pick(['outskirts of', 'road north of', 'market of', 'near', 'villages around'])} ${region.name}` : undefined;
    let incident: string | undefined;
    if (rng.chance(0.4)) {
      incident = claimId(`${region.id}-${date.replace(/-/g, '')}-incident`);
      incidents.push({ id: incident, date, region: region.id, perpetrators: perps, victims, category, place: place ?? region.name });
    }
    const claimant = perps.length > 0 && stance === 'claimed' ? perps[0]! : rng.pick(csources);
    const id = claimId(`${region.id}-${date.replace(/-/g, '')}-${perps[0] ? slug(world.actorById.get(perps[0])!.display).slice(0, 20).replace(/-$/, '') : 'unknown'}`);
    // A desk that knows its archive says which earlier events in the same place and time this
    // one is not, as the check asks (DESIGN §2.10); the corpus never holds an unresolved duplicate.
    const distinctFrom = [...new Set(events.filter((e) => (e.date.startsWith(date) || date.startsWith(e.date)) && nested(e.region, region.id)).map((e) => e.id))];
    events.push({ id: incident ?? id, date, region: region.id });
    claims.push({
      id,
      ...(distinctFrom.length > 0 && { distinctFrom }),
      ...(incident && { incident }),
      date,
      region: region.id,
      ...(place && { place }),
      perpetrators: perps,
      victims: { actors: victims, category },
      killed: countPhrase(rng),
      ...(rng.chance(0.3) && { wounded: countPhrase(rng) as string }),
      ...(rng.chance(0.1) && { abducted: countPhrase(rng) as string }),
      claimant,
      stance,
      ...(grade && { grade }),
      sources: csources,
      ...(rng.chance(0.5) && { note: rng.pick(['The attacker’s own figure.', 'Residents gave a lower toll.', 'No toll was given; the incident is counted without a number.', 'Figures from hospital staff.']) }),
    });
  }

  // Body.
  const ctx: Ctx = { rng, actors, regions, sources, date: plan.date };
  const sentence = sentenceMaker(ctx);
  const paragraph = (n = rng.int(3, 5)) => Array.from({ length: n }, sentence).join(' ');
  const heading = () =>
    rng.pick([
      () => `${actors[rng.int(0, actors.length - 1)]!.display} ${rng.pick(['claims', 'denies', 'escalates', 'retreats', 'regroups'])} ${rng.pick(['near', 'around', 'in'])} ${rng.pick(regions).name}`,
      () => `${rng.pick(['A deadly week', 'Pressure builds', 'A contested toll', 'Spoils of war', 'Roads cut', 'Displacement grows'])} in ${rng.pick(regions).name}`,
      () => `${rng.pick(['How far to trust the numbers', 'What the footage shows', 'Who holds the road', 'The view from the capital', 'A new front'])}`,
    ])();
  const target = rng.int(560, 660);
  const blocks: string[] = [];
  const link = () => {
    const s = rng.pick(sources);
    return s.url ? ` See [${s.publisher}](${s.url}) for the full report.` : '';
  };
  const chart = () => `::chart{type="fatalities-by-month" actor="${rng.pick(actorIds)}"}`;
  const figure = () => `::figure{src="/favicon.svg" alt="Map of reported incidents around ${rng.pick(regions).name}" source="${rng.pick(sources).publisher}; figures unverified"}`;
  let keyTakeaway: string | undefined;
  if (plan.series === 'africa-file') {
    keyTakeaway = `${actors[0]!.display} is likely to keep up pressure around ${regions[0]!.name}; the worst case is the loss of a garrison town.`;
    blocks.push(`:::takeaway\n${paragraph(3)}\n:::`);
    const sections = rng.int(2, 3);
    for (let i = 0; i < sections; i++) {
      blocks.push(`:::assessment\n## ${heading()}\n\n${paragraph()}${i === 0 ? link() : ''}\n\n${paragraph()}\n:::`);
      if (i === 0 && rng.chance(0.2)) blocks.push(figure());
    }
    while (words(blocks.join(' ')) < target - 90) blocks.push(paragraph());
    blocks.push(`:::scenario{kind="most-likely"}\n${paragraph(2)}\n:::`);
    if (rng.chance(0.7)) blocks.push(`:::scenario{kind="worst-case"}\n${paragraph(2)}\n:::`);
    if (rng.chance(0.25)) blocks.push(chart());
  } else {
    const stories = rng.int(3, 5);
    for (let i = 0; i < stories && words(blocks.join(' ')) < target - 60; i++) {
      blocks.push(`## ${heading()}\n\n${paragraph()}${i === 1 ? link() : ''}\n\n${paragraph()}`);
      if (i === 1 && rng.chance(0.1)) blocks.push(figure());
      if (i === 0 && rng.chance(0.12)) blocks.push(chart());
    }
    while (words(blocks.join(' ')) < target - 50) blocks.push(paragraph());
    if (rng.chance(0.6)) {
      const items = Array.from({ length: rng.int(2, 4) }, () => `- **${rng.pick(regions).name}:** ${sentence()}`);
      blocks.push(`## Round-up\n\n${items.join('\n')}`);
    }
  }
  // GFM footnotes now and then.
  if (rng.chance(0.1)) blocks.push(`A note on method.[^1]\n\n[^1]: Figures are as the claimant worded them; see the claims table.`);

  const title =
    plan.series === 'mw-weekly'
      ? `${actors[0]!.display} ${rng.pick(['claims', 'reports', 'denies'])} ${rng.pick(['an ambush', 'an attack', 'a raid', 'losses', 'a victory'])} ${rng.pick(['near', 'in', 'around'])} ${regions[0]!.name}`
      : `${regions[0]!.name}: ${rng.pick(['a front that keeps moving', 'the cost of a blockade', 'mercenaries and militias', 'an insurgency re-arms', 'the war on the roads'])}`;
  const cutoff = rng.chance(0.6) ? (rng.chance(0.5) ? `${addDays(plan.date, -1)}` : `${addDays(plan.date, -1)}T${pad(rng.int(6, 20))}:00Z`) : undefined;
  const tags = rng.sample(['sahel', 'jihadists', 'mercenaries', 'civilians', 'claims', 'propaganda', 'displacement', 'weapons', 'drones', 'elections', slug(world.regionById.get(regionIds[0]!)!.name)], rng.int(2, 5));
  const fm = defined({
    title,
    series: plan.series,
    issue,
    date: plan.date,
    dataCutoff: cutoff,
    authors: [plan.series === 'mw-weekly' ? 'MW Weekly desk' : 'Africa desk', ...(rng.chance(0.3) ? ['Sahel correspondent'] : [])],
    summary: `${sentence()} ${sentence()}`.replace(/ :cite\[[^\]]*\]/g, ''),
    keyTakeaway: keyTakeaway || undefined,
    actors: actorIds,
    regions: regionIds,
    tags,
    sources: sourceIds,
    draft: false,
    claims: claims.map(claimData),
  });
  return `---\n${yaml(fm)}---\n\n${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------

export interface CorpusSummary {
  dir: string;
  briefs: number;
  actors: number;
  regions: number;
  sources: number;
  claims: number;
  words: number;
}

/** Writes the corpus for `briefs` briefs to `out`, replacing any earlier one there. */
export function writeCorpus(briefs: number, out: string): CorpusSummary {
  const dir = resolve(out);
  for (const sub of ['content', 'seeds', MANIFEST]) rmSync(join(dir, sub), { recursive: true, force: true });
  const write = (rel: string, text: string) => {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };

  const names = nameMaker(new Rng(SEED ^ 0x1));
  const regions = makeRegions(new Rng(SEED ^ 0x2), names);
  const actors = makeActors(new Rng(SEED ^ 0x3), names);
  const sources = makeSources(new Rng(SEED ^ 0x4));
  const places = regions.filter((r) => r.level === 'place');
  const actorRng = new Rng(SEED ^ 0x5);
  for (const r of regions) write(`content/regions/${r.id}.yaml`, regionYaml(r));
  for (const a of actors) write(`content/actors/${a.id}.md`, actorMd(a, actorRng, places.map((p) => p.name)));
  for (const s of sources) write(`seeds/${s.id}.yaml`, sourceYaml(s));
  for (const [id, text] of Object.entries(SERIES_FILES)) write(`content/series/${id}.yaml`, text);

  // Dates spread evenly from 2017 to 2024, a few days of jitter; slugs unique.
  const rng = new Rng(SEED ^ 0x6 ^ briefs);
  const start = Date.parse('2017-01-02T00:00:00Z');
  const span = Date.parse('2024-12-27T00:00:00Z') - start;
  const slugOf = uniquer();
  const plans: BriefPlan[] = [];
  for (let i = 0; i < briefs; i++) {
    const date = dayOf(start + Math.floor((i / Math.max(1, briefs)) * span) + rng.int(0, 3) * DAY_MS);
    const series = rng.chance(0.7) ? 'mw-weekly' : 'africa-file';
    const words3 = [rng.pick(places).name, rng.pick(['ambush', 'claims', 'siege', 'raid', 'toll', 'convoy', 'drone', 'blockade', 'spoils', 'front', 'talks', 'retreat']), rng.pick(['week', 'report', 'update', 'file', 'review', 'brief'])];
    plans.push({ slug: slugOf(`${date}-${slug(words3.join(' '))}`), year: date.slice(0, 4), date, series });
  }
  plans.sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? -1 : 1));
  const world = { actors, regions, places, sources, actorById: new Map(actors.map((a) => [a.id, a])), regionById: new Map(regions.map((r) => [r.id, r])) };
  const incidents: Incident[] = [];
  const events: Event[] = [];
  const claimId = uniquer();
  const issues = { 'mw-weekly': 0, 'africa-file': 0 };
  let claims = 0;
  let totalWords = 0;
  for (const plan of plans) {
    const text = makeBrief(rng, plan, ++issues[plan.series], world, incidents, events, claimId);
    claims += (text.match(/^ {2}- id: /gm) ?? []).length;
    totalWords += words(text.slice(text.indexOf('\n---\n') + 5));
    write(`content/briefs/${plan.year}/${plan.slug}.md`, text);
  }
  const summary: CorpusSummary = { dir, briefs, actors: actors.length, regions: regions.length, sources: sources.length, claims, words: totalWords };
  write(MANIFEST, `${JSON.stringify({ version: CORPUS_VERSION, seed: SEED, briefs, actors: actors.length, regions: regions.length, sources: sources.length, claims }, null, 2)}\n`);
  return summary;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { briefs: { type: 'string', default: '1000' }, out: { type: 'string' } } });
  const briefs = Number(values.briefs);
  if (!Number.isInteger(briefs) || briefs < 1) {
    console.error(`--briefs ${values.briefs}: expected a whole number ≥ 1`);
    process.exit(2);
  }
  const started = performance.now();
  const s = writeCorpus(briefs, values.out ?? defaultCorpusDir(briefs));
  console.log(
    `wrote ${s.briefs} briefs (${s.claims} claims, ${Math.round(s.words / s.briefs)} words each on average), ${s.actors} actors, ${s.regions} regions, 2 series, ${s.sources} sources to ${s.dir} in ${Math.round(performance.now() - started)} ms`,
  );
}
