import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isSafeUrl, SAFE_URL_FORMS } from '../lib/check-url.ts';
import { drawingPngPath } from '../lib/figures/svg-drawing.ts';
import { photoSrc } from '../lib/photos/photo-src.ts';
import { report, setFact } from './report.ts';
import { FROM_FIGURE } from './remark-photos.ts';
import type { PublicFiles, SiteIndex } from './site-index.ts';

/** A figure's `src` as a path in public/ (`/figures/x.svg`), query and fragment dropped; undefined when it is not a site path. */
function publicPath(src: string): string | undefined {
  if (!isSafeUrl(src) || photoSrc(src).kind !== 'site') return undefined;
  try {
    return decodeURIComponent(src.replace(/[?#].*$/s, ''));
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with a figure's `src`, if anything: a path on the site must name a file in
 * public/ and may not climb folders with `..`, and an SVG there must pass the drawing check.
 * A photo beside the brief (`./photo.jpg`) and another site's address are remark-photos' to check.
 */
export function figureSrcProblem(src: string, publicFiles: PublicFiles): string | undefined {
  if (!isSafeUrl(src)) return `src ${JSON.stringify(src)}; expected ${SAFE_URL_FORMS}`;
  if (photoSrc(src).kind !== 'site') return undefined;
  const path = publicPath(src);
  if (path === undefined) return `src ${JSON.stringify(src)} is not a valid address; expected a path like "/figures/x.svg"`;
  if (path.split(/[/\\]/).includes('..')) return `src ${JSON.stringify(src)} climbs out of its folder with ".."; expected a file in public/, like "/figures/x.svg"`;
  if (!publicFiles.has(path)) return `src ${JSON.stringify(src)} is not a file in public/; expected a file there, like "/figures/x.svg"`;
  const drawing = publicFiles.get(path);
  if (drawing && 'problem' in drawing) return `src ${JSON.stringify(src)}: public${path}:${drawing.line} ${drawing.problem}`;
  return undefined;
}

/**
 * An SVG drawing as the page and a feed show it: the SVG for browsers, its PNG rendition
 * (drawn by the build) for feed readers, which drop SVG or draw it with fonts of their own;
 * linked to the drawing, so a reader can open it at full size.
 */
function drawingNodes(src: string, alt: string, drawing: { width: number; height: number }, position: LeafDirective['position']) {
  const { width, height } = drawing;
  const source = { type: 'figureSource', data: { hName: 'source', hProperties: { type: 'image/svg+xml', srcSet: src } } };
  const png = { type: 'image', url: drawingPngPath(src), alt, position, data: { [FROM_FIGURE]: true, hProperties: { width, height } } };
  return { type: 'link', url: src, children: [{ type: 'figurePicture', data: { hName: 'picture' }, children: [source, png] }] };
}

/**
 * Turns `::figure[caption]{src alt source}` into a numbered `<figure>` with a caption and
 * a `Source:` line, as the Africa File prints them.
 */
export default function remarkFigure(index: Pick<SiteIndex, 'publicFiles'>) {
  return (tree: Root, file: VFile) => {
    let number = 0;
    const drawings: string[] = [];
    visit(tree, 'leafDirective', (node: LeafDirective) => {
      if (node.name !== 'figure') return;
      const { src, alt, source } = node.attributes ?? {};
      const missing = Object.entries({ src, alt, source }).filter(([, value]) => !value);
      for (const [name] of missing) report(file, node, '::figure', `missing ${name}="…"; expected ::figure[caption]{src="./photo.jpg" alt="what it shows" source="who made it, and its licence"}`);
      const srcProblem = src ? figureSrcProblem(src, index.publicFiles) : undefined;
      if (srcProblem) report(file, node, '::figure', srcProblem);
      if (missing.length > 0) return;
      number += 1;
      const caption = toString(node) || alt!;
      const path = publicPath(src!);
      // An SVG drawing the check accepted (a refused one has been reported above).
      const found = index.publicFiles.get(path ?? '');
      const drawing = found && 'width' in found ? found : undefined;
      if (drawing && !drawings.includes(path!)) drawings.push(path!);
      node.data = { hName: 'figure', hProperties: { className: ['figure'], id: `figure-${number}` } };
      // A figure holds a block (the caption); hName makes it <figure>, so mdast's phrasing-only type is widened here.
      node.children = [
        drawing ? drawingNodes(src!, alt!, drawing, node.position) : { type: 'image', url: src!, alt: alt!, position: node.position, data: { [FROM_FIGURE]: true } },
        {
          type: 'paragraph',
          data: { hName: 'figcaption' },
          children: [
            { type: 'strong', children: [{ type: 'text', value: `Figure ${number}.` }] },
            { type: 'text', value: ` ${caption}` },
            { type: 'break' },
            { type: 'text', value: `Source: ${source}` },
          ],
        },
      ] as unknown as LeafDirective['children'];
    });
    setFact(file, 'drawings', drawings);
  };
}
