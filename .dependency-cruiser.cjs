// The layers of src/ (README, Layout), each importing only from the ones before it, checked
// by `npm run layers` as part of `npm test`. Entry points (the Astro loader, the command-line
// tools, integrations, components, layouts, pages) print or serve what the layers computed.
/** @type {[name: string, path: string][]} */
const LAYERS = [
  ['config', '^src/(site[.]config|content-root)[.]ts$'],
  ['schema', '^src/schema/'],
  ['lib', '^src/lib/'],
  ['markdown and charts', '^src/(markdown|charts)/'],
  ['content', '^src/content/'],
  ['site', '^src/site/'],
  ['render', '^src/render/'],
];
const ENTRY = '^src/(loader|cli|integrations|components|layouts|pages)/|^src/(middleware|content[.]config)[.]ts$';
const KNOWN = [...LAYERS.map(([, path]) => path), ENTRY, '^src/(styles/|env[.]d[.]ts$)'].join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'An import cycle: two modules that need each other belong together, or one of them in a lower layer.', severity: 'error', from: {}, to: { circular: true } },
    ...LAYERS.map(([name, path], i) => ({
      name: `no-upward-from-${name.replace(/ /g, '-')}`,
      comment: `${name} may import only from the layers below it (${LAYERS.slice(0, i).map(([n]) => n).join(', ') || 'none'}).`,
      severity: 'error',
      from: { path },
      to: { path: [...LAYERS.slice(i + 1).map(([, p]) => p), ENTRY].join('|') },
    })),
    {
      name: 'pure-below-site',
      comment: 'Only the site model and what prints it may read Astro: the layers below it are pure and tested without a build.',
      severity: 'error',
      from: { path: LAYERS.slice(0, 5).map(([, p]) => p).join('|') },
      to: { path: '^astro:|^astro$|node_modules/astro/' },
    },
    { name: 'no-ts-to-astro', comment: 'A .ts module never imports an .astro component: compute in .ts, print in .astro.', severity: 'error', from: { path: '[.]ts$' }, to: { path: '[.]astro$' } },
    { name: 'in-a-layer', comment: 'Every module under src/ lives in one of the layers or entry points (README, Layout).', severity: 'error', from: { path: '^src/', pathNot: KNOWN }, to: {} },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.]test[.]ts$|/fixtures/|/__snapshots__/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    extraExtensionsToScan: ['.astro'],
  },
};
