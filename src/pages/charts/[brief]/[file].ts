import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPng } from '../../../render/cards/render-png.ts';
import { allChartFiles, type ChartFile } from '../../../site/chart-files.ts';
import { renderChartFile } from '../../../render/chart-render.ts';
import { getSite } from '../../../site/site.ts';

// Each chart a brief embeds, as SVG and PNG: the drawing its page shows (render/chart-render.ts).
export const getStaticPaths: GetStaticPaths = async () =>
  allChartFiles(await getSite()).flatMap((file) => (['svg', 'png'] as const).map((ext) => ({ params: { brief: file.brief, file: `${file.name}.${ext}` }, props: { file, ext } })));

export const GET: APIRoute = async ({ props }) => {
  const { file, ext } = props as { file: ChartFile; ext: 'svg' | 'png' };
  const chart = await renderChartFile(file);
  if (ext === 'svg') return new Response(chart.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  // Twice the SVG's size, for sharp text on high-density screens.
  const png = await renderPng(chart.svg, chart.width * 2).catch((error: unknown) => {
    throw new Error(`/charts/${file.brief}/${file.name}.png: ${error instanceof Error ? error.message : String(error)}`);
  });
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
