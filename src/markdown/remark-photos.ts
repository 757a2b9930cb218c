import type { Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { photoSrc, remotePhotoMessage } from '../lib/photos/photo-src.ts';
import { report, setFact, type PhotoRef } from './report.ts';

/** Marks an image made by `::figure`, so that its mistakes are named after the directive. */
export const FROM_FIGURE = 'fromFigure';

/**
 * Checks every image of a body, from Markdown or `::figure`: alt text is required, another
 * site's image is refused, and a file beside the brief is recorded as a photo (numbered in
 * order) for the build to resize; whether the file exists is the loader's to check.
 */
export default function remarkPhotos() {
  return (tree: Root, file: VFile) => {
    const photos: PhotoRef[] = [];
    visit(tree, 'image', (node: Image) => {
      const figure = Boolean((node.data as Record<string, unknown> | undefined)?.[FROM_FIGURE]);
      const field = figure ? '::figure' : 'image';
      if (!node.alt?.trim()) report(file, node, field, `no alt text; expected ![what the picture shows](${node.url}), read aloud to readers who cannot see it`);
      const src = photoSrc(node.url);
      if (src.kind === 'remote') report(file, node, field, remotePhotoMessage(node.url, figure ? 'src="./photo.jpg"' : '![what it shows](./photo.jpg)'));
      if (src.kind === 'other' && src.problem) report(file, node, field, src.problem);
      if (src.kind !== 'bundle') return;
      (node.data ??= {}).hProperties = { dataPhoto: String(photos.length) };
      photos.push({ src: src.path, alt: node.alt ?? '', line: node.position?.start.line ?? 1, field });
    });
    setFact(file, 'photos', photos);
  };
}
