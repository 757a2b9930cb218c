// `npm run typecheck:astro`: type-checks every .astro file (props, expressions, imports),
// which `tsc` skips. Astro's language server needs the TypeScript JavaScript API, which
// TypeScript 7 no longer ships, so it runs with TypeScript 6 (`typescript6`).
import { readdirSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The language server and Volar load `typescript` themselves: point them at version 6.
const typescript6 = require.resolve('typescript6');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? typescript6 : request, ...rest);
};
const { AstroCheck } = require('@astrojs/language-server');
const root = fileURLToPath(new URL('..', import.meta.url));
const checker = new AstroCheck(root, typescript6, `${root}tsconfig.json`);
// `tsc` checks the .ts files; this checks the components and pages.
const fileNames = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro')).map((f) => join(root, 'src', f));
const result = await checker.lint({ fileNames, logErrors: { level: 'error' } });
console.log(`${result.fileChecked} .astro files type-checked: ${result.errors} errors, ${result.warnings} warnings`);
process.exitCode = result.errors > 0 ? 1 : 0;
