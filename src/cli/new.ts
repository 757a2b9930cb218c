// `npm run new -- --series ID --title "…" [--date YYYY-MM-DD]`: scaffolds a brief at the
// conventional path, numbered by its date within its series. Without flags in a terminal,
// it asks for them.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { dayOf } from '../lib/dates/format-date.ts';
import { askUntil } from '../lib/scaffold/ask-until.ts';
import { scaffoldBrief } from '../lib/scaffold/scaffold-brief.ts';
import { IsoDaySchema } from '../schema/date.ts';
import { readContent } from '../content/read-content.ts';

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
    // Each question is asked again after an answer it cannot take, saying why.
    const question = (text: string) => rl.question(text);
    const list = seriesIds.join(', ');
    const series = await askUntil(question, console.log, `Series (${list}): `, (a) => (seriesIds.includes(a) ? undefined : a ? `"${a}" is not a series; expected one of ${list}.` : `A series is needed; expected one of ${list}.`), values.series);
    const title = await askUntil(question, console.log, 'Title: ', (a) => (a ? undefined : 'A title is needed: it names the file and heads the page.'), values.title);
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

const issues = content.briefs.filter((b) => b.data.series === series).flatMap((b) => (b.data.issue === undefined ? [] : [{ issue: b.data.issue, date: b.data.date, file: b.file }]));
const scaffold = scaffoldBrief({ series, title, date, issues });
const path = join(root, scaffold.path);
if (existsSync(path)) fail(`${scaffold.path} already exists; not overwriting it. Choose another title or date.`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffold.text, { flag: 'wx' });
console.log(`Created ${scaffold.path} (${series} No. ${scaffold.issue}, numbered by its date ${date}; a draft). Preview it with npm run dev; set draft: false to publish.`);
if (scaffold.note) console.log(`Note: ${scaffold.note}.`);
