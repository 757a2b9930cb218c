// Draws the starter content's photo: a shaded locator map of northern Mali for the
// 27 March 2025 MW Weekly, saved as a large JPEG beside the brief, as an author's camera
// or map tool would deliver it. The build resizes it like any photo. Run again with
// `node scripts/draw-starter-photo.ts` after changing it; the same code gives the same image.
// Country outlines: Natural Earth (public domain), through the world-atlas package.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { geoMercator, geoPath, hsl, randomLcg, randomNormal } from 'd3';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const OUT = 'content/briefs/2025/2025-03-27-gao-convoy-africa-corps/northern-mali-map.jpg';
const WIDTH = 2400;
const HEIGHT = 1600;
const world = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(world, world.objects.countries);
const mali = countries.features.find((c) => c.properties.name === 'Mali')!;
const projection = geoMercator().fitExtent([[120, 60], [WIDTH - 120, HEIGHT - 60]], { type: 'FeatureCollection', features: [mali] } as never);
const path = geoPath(projection);

// The ground: sand in the north shading to the Sahel's darker scrub in the south, with
// seeded mottling so that it reads (and compresses) like an aerial picture.
const random = randomLcg(27);
const normal = randomNormal.source(random)(0, 1);
const cells: string[] = [];
const CELL = 12;
for (let y = 0; y < HEIGHT; y += CELL) {
  for (let x = 0; x < WIDTH; x += CELL) {
    const south = y / HEIGHT;
    const light = 78 - south * 22 + normal() * 4;
    const hue = 38 + south * 22 + normal() * 3;
    cells.push(`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${hsl(hue, 0.38 - south * 0.08, light / 100).formatHex()}"/>`);
  }
}
const dunes = Array.from({ length: 900 }, () => {
  const x = random() * WIDTH;
  const y = random() * HEIGHT * 0.7;
  const r = 20 + random() * 90;
  return `<ellipse cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" rx="${(r * 2.2).toFixed(0)}" ry="${r.toFixed(0)}" fill="${hsl(34, 0.45, 0.7 + random() * 0.14).formatHex()}" opacity="0.35"/>`;
});

const places = [
  { name: 'Gao', lon: -0.04, lat: 16.27, story: true },
  { name: 'Kidal', lon: 1.41, lat: 18.44, story: true },
  { name: 'Tinzaouaten', lon: 2.93, lat: 19.95, story: true },
  { name: 'Ménaka', lon: 2.4, lat: 15.92 },
  { name: 'Timbuktu', lon: -3.01, lat: 16.77, left: true },
  { name: 'Bamako', lon: -8.0, lat: 12.64 },
];
const marks = places.map(({ name, lon, lat, story, left }: { name: string; lon: number; lat: number; story?: boolean; left?: boolean }) => {
  const [x, y] = projection([lon, lat])!;
  const r = story ? 22 : 15;
  return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${story ? '#9b2226' : '#1d1d1b'}" stroke="#fff" stroke-width="5"/>
<text x="${(left ? x - 34 : x + 34).toFixed(1)}" y="${(y + 24).toFixed(1)}"${left ? ' text-anchor="end"' : ''} font-size="${story ? 80 : 64}" font-weight="${story ? 700 : 400}" fill="#1d1d1b" stroke="#fbf6ea" stroke-width="12" paint-order="stroke">${name}</text>`;
});

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Inter">
<defs><filter id="soft" x="-0.05" y="-0.05" width="1.1" height="1.1"><feGaussianBlur stdDeviation="5"/></filter></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#d8c49c"/>
<g filter="url(#soft)">${cells.join('')}${dunes.join('')}</g>
<path d="${path(mali)}" fill="#fff" fill-opacity="0.18" stroke="#3d3a34" stroke-width="6"/>
<path d="${path(mesh(world, world.objects.countries, (a, b) => a !== b))}" fill="none" stroke="#fbf6ea" stroke-width="4" stroke-dasharray="18 10"/>
${['Algeria', 'Niger', 'Burkina Faso', 'Mauritania']
  .map((name) => {
    const country = countries.features.find((c) => c.properties.name === name)!;
    const [x, y] = path.centroid(country);
    const inside = [Math.min(Math.max(x, 300), WIDTH - 300), Math.min(Math.max(y, 120), HEIGHT - 80)];
    return `<text x="${inside[0]!.toFixed(0)}" y="${inside[1]!.toFixed(0)}" font-size="64" letter-spacing="8" fill="#5c564b" text-anchor="middle">${name.toUpperCase()}</text>`;
  })
  .join('\n')}
<text x="${(projection([-3.6, 20.6])![0]).toFixed(0)}" y="${(projection([-3.6, 20.6])![1]).toFixed(0)}" font-size="96" font-weight="700" letter-spacing="18" fill="#3d3a34" text-anchor="middle">MALI</text>
${marks.join('\n')}
</svg>`;

const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));
const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Inter' } }).render().asPng();
// Quality 92, as a camera or a map tool saves by default: the large original an author has.
writeFileSync(OUT, await sharp(png).jpeg({ quality: 92, mozjpeg: false }).toBuffer());
console.log(`${OUT}: ${WIDTH}×${HEIGHT}`);
