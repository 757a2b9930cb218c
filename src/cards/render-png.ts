// SVG to PNG at build time with resvg and the bundled Inter font (SIL Open Font Licence,
// from the @expo-google-fonts/inter package): no system fonts, so every machine draws the
// same pixels and two builds give the same bytes.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The family name the standalone SVGs and cards ask for. */
export const PNG_FONT = 'Inter';

const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));

/** Renders `svg` to PNG bytes, `width` pixels wide (the SVG's own width when omitted). */
export function renderPng(svg: string, width?: number): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT, sansSerifFamily: PNG_FONT },
    ...(width !== undefined && { fitTo: { mode: 'width', value: width } }),
  });
  return resvg.render().asPng();
}
