// SVG to PNG at build time with resvg and the bundled Inter font (SIL Open Font Licence,
// from the @expo-google-fonts/inter package): no system fonts, so every machine draws the
// same pixels and two builds give the same bytes. Drawing and PNG encoding take tens of
// milliseconds a picture, so results are kept in a cache keyed by the SVG, the size, the
// renderer's version and the fonts: a rebuild draws only what changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CONTENT_ROOT } from '../content-root.ts';

/** The family name the standalone SVGs and cards ask for. */
export const PNG_FONT = 'Inter';

const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));
const RENDERER = `${(require('@resvg/resvg-js/package.json') as { version: string }).version};${fontFiles.map((f) => `${f.split('/').pop()}:${statSync(f).size}`).join(',')}`;
// Beside Astro's own cache (see astro.config.mjs), so clearing that clears this too.
const CACHE = process.env.BRIEFS_ROOT ? join(CONTENT_ROOT, '.astro-cache/briefs-png') : join(process.cwd(), 'node_modules/.astro/briefs-png');

/** Draws `svg` to PNG bytes, uncached. */
export function drawPng(svg: string, width?: number): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT, sansSerifFamily: PNG_FONT },
    ...(width !== undefined && { fitTo: { mode: 'width', value: width } }),
  });
  return resvg.render().asPng();
}

/** Renders `svg` to PNG bytes, `width` pixels wide (the SVG's own width when omitted). */
export function renderPng(svg: string, width?: number): Uint8Array {
  const key = createHash('sha256').update(`${RENDERER}\n${width ?? ''}\n${svg}`).digest('hex');
  const file = join(CACHE, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = drawPng(svg, width);
  try {
    mkdirSync(CACHE, { recursive: true });
    // Written whole then renamed, so a build running beside this one never reads half a file.
    writeFileSync(`${file}.${process.pid}`, png);
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // A read-only tree still builds; it just draws every picture.
  }
  return png;
}
