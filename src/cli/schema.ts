// `npm run schema`: writes the JSON Schemas of the frontmatter and data files to
// public/schemas/, for editors (and published with the site).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from './export-schemas.ts';

const dir = join(process.cwd(), 'public/schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote public/schemas/${name}`);
}
