import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderPng } from '../render/cards/render-png.ts';
import { readDrawing } from '../content/read-content.ts';
import { CONTENT_ROOT, publicDirOf } from '../content-root.ts';
import { getSite } from '../site/site.ts';
import { drawingPngWidth } from '../lib/figures/svg-drawing.ts';
import { storedBody } from '../content/stored-body.ts';

// Each SVG drawing in public/ that a published brief shows with `::figure`, drawn as the PNG
// feeds carry (`/figures/x.svg` → `/figures/x.svg.png`), with the bundled Inter font as the
// cards and charts are. The check has refused any drawing that is not static, so the path
// read here is always a file the check accepted, inside public/. A starter drawing costs
// 36-73 ms of CPU to draw and encode at 800 pixels wide (and 1-2 ms to check), once: the
// PNG cache keeps it until the drawing changes.
export const getStaticPaths: GetStaticPaths = async () => {
  const published = new Set((await getSite()).briefs.map((b) => b.id));
  const drawings = new Set((await getCollection('briefs')).filter((e) => published.has(e.id)).flatMap((e) => storedBody(e).facts.drawings ?? []));
  return [...drawings].sort().map((path) => ({ params: { drawing: path.slice(1) }, props: { path } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { path } = props as { path: string };
  const { svg, drawing } = readDrawing(publicDirOf(CONTENT_ROOT), path);
  if ('problem' in drawing) throw new Error(`public${path}:${drawing.line}: ${drawing.problem}`);
  try {
    return new Response(Buffer.from(await renderPng(svg, drawingPngWidth(drawing.width))), { headers: { 'Content-Type': 'image/png' } });
  } catch (error) {
    throw new Error(`public${path}: ${(error as Error).message}`);
  }
};
