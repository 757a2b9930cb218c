// `npm run layers`: checks the import rules of src/ (.dependency-cruiser.cjs: no cycle, no
// import upwards, no .ts importing an .astro file) with dependency-cruiser. It reads
// TypeScript through the TypeScript JavaScript API, which TypeScript 7 no longer ships, so
// `typescript` is resolved to version 6 (`typescript6`), as for the .astro type-check.
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve: (specifier, context, next) => next(specifier === 'typescript' ? 'typescript6' : specifier.startsWith('typescript/') ? specifier.replace('typescript/', 'typescript6/') : specifier, context),
});
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
process.argv = [process.argv[0], 'depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'err-long', 'src'];
await import(new URL('../node_modules/dependency-cruiser/bin/dependency-cruiser.mjs', import.meta.url).href);
