// `npm run new -- --series ID --title "…" [--date YYYY-MM-DD]`: scaffolds a brief at the
// conventional path. Without flags in a terminal, it asks for them.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { dayOf } from '../lib/format-date.ts';
import { scaffoldBrief } from '../lib/scaffold-brief.ts';
import { IsoDaySchema } from '../schema/date.ts';
import { readContent } from './read-content.ts';

const root = process.env.BRIEFS_ROOT ?? process.cwd();
const { values } = parseArgs({ options: { series: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' } } });
const { content } = readContent(root);
const seriesIds = content.series.map((s) => s.id);

async function ask(): Promise<{ series: string; title: string }> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Ctrl+D or Ctrl+C at a prompt ends the command quietly, writing nothing.
  rl.on('close', () => {
    if (!answered) fail('\nNo brief created.');
  });
  let answered = false;
  try {
    let series = values.series ?? '';
    while (!seriesIds.includes(series)) series = (await rl.question(`Series (${seriesIds.join(', ')}): `)).trim();
    let title = values.title ?? '';
    while (!title) title = (await rl.question('Title: ')).trim();
    answered = true;
    return { series, title };
  } finally {
    rl.close();
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const interactive = process.stdin.isTTY && (!values.series || !values.title);
const { series, title } = interactive ? await ask() : { series: values.series ?? '', title: values.title ?? '' };
if (!series || !title) fail('Usage: npm run new -- --series ID --title "Title" [--date YYYY-MM-DD]');
if (!seriesIds.includes(series)) fail(`Unknown series "${series}"; expected one of ${seriesIds.join(', ')}`);
const date = values.date ?? dayOf(new Date());
if (!IsoDaySchema.safeParse(date).success) fail(`--date "${date}" is not a real date; expected YYYY-MM-DD`);

const usedIssues = content.briefs.filter((b) => b.data.series === series).flatMap((b) => (b.data.issue === undefined ? [] : [b.data.issue]));
const scaffold = scaffoldBrief({ series, title, date, usedIssues });
const path = join(root, scaffold.path);
if (existsSync(path)) fail(`${scaffold.path} already exists; not overwriting it. Choose another title or date.`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffold.text, { flag: 'wx' });
console.log(`Created ${scaffold.path} (${series} No. ${scaffold.issue}, draft). Preview it with npm run dev; set draft: false to publish.`);
