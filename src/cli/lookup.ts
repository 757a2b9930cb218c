// `npm run lookup -- QUERY`: any id an author may need (actor, region, series, source or
// incident) by its name, short name, alias, place or id, accents and case folded, with the
// file that defines it and the line to paste into a brief.
import { idRecords } from '../lib/lookup/id-records.ts';
import { formatLookup, lookupIds } from '../lib/lookup/lookup-ids.ts';
import { readContent } from '../content/read-content.ts';

const query = process.argv.slice(2).join(' ');
if (!query.trim()) {
  console.log('Usage: npm run lookup -- QUERY   (a name, short name, alias, place or id; several words must all match)');
  process.exit(2);
}
const { content } = readContent(process.env.BRIEFS_ROOT ?? process.cwd());
const found = lookupIds(query, idRecords(content));
if (found.length === 0) {
  console.log(`Nothing matches "${query}". Try fewer words, or another spelling; \`npm run incidents -- QUERY\` also finds incidents by date.`);
  process.exit(1);
}
console.log(formatLookup(found));
console.log(`\n${found.length} found.`);
