import { lstatSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { imageSize } from 'image-size';
import { COLLECTIONS } from './read-content.ts';
import type { ContentIssue } from '../lib/check/content-issue.ts';
import type { SourceFile } from '../lib/check/content-set.ts';
import { PHOTO_FORM } from '../lib/photos/photo-src.ts';
import type { RenderedBody } from '../markdown/index.ts';
import type { PhotoRef } from '../markdown/report.ts';

/** Whether a brief is a folder (`YYYY-MM-DD-slug/index.md`) that may hold its photos. */
export const isBundle = (file: string) => file.endsWith('/index.md');

/**
 * Checks the photos a body shows: each is a readable image in the brief's own folder. A
 * body with a problem loses its HTML, like any other mistake, so the build never meets a
 * photo it cannot resize.
 */
export function checkPhotos<T extends { rendered?: RenderedBody; issues: ContentIssue[] }>(root: string, file: SourceFile, result: T): T {
  const photos = result.rendered?.facts.photos ?? [];
  const issues: ContentIssue[] = [];
  const issue = (photo: (typeof photos)[number], message: string) =>
    issues.push({ file: file.file, line: file.bodyLine + photo.line - 1, field: photo.field, message, severity: 'error' });
  for (const photo of photos) {
    if (!file.file.startsWith(`${COLLECTIONS.briefs.dir}/`)) {
      issue(photo, `${JSON.stringify(photo.src)}: only briefs keep photos beside them; expected a picture in public/figures/, written "/figures/${posix.basename(photo.src)}"`);
      continue;
    }
    if (!isBundle(file.file)) {
      const folder = file.file.replace(/\.md$/, '');
      issue(photo, `${JSON.stringify(photo.src)}: a brief with photos is a folder; move this file to ${folder}/index.md and save ${posix.basename(photo.src)} beside it`);
      continue;
    }
    const path = posix.join(posix.dirname(file.file), photo.src);
    try {
      if (lstatSync(join(root, path)).isSymbolicLink()) {
        issue(photo, `${JSON.stringify(photo.src)} is a symbolic link; expected the image file itself at ${path}`);
        continue;
      }
      imageSize(readFileSync(join(root, path)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') issue(photo, `${JSON.stringify(photo.src)} not found; expected the file at ${path}, beside ${posix.basename(file.file)}`);
      else if (code) issue(photo, `${JSON.stringify(photo.src)} could not be read (${code}); expected a readable file at ${path}`);
      else issue(photo, `${JSON.stringify(photo.src)} is not an image the site can read; expected ${PHOTO_FORM}`);
    }
  }
  return issues.length === 0 ? result : ({ ...result, rendered: undefined, issues: [...result.issues, ...issues] } as T);
}

/** What each photo of a body is on disk now (size and time, or missing): a body's digest includes it, so a replaced or removed photo is checked again. */
export const photoStamps = (root: string, file: SourceFile, photos: readonly PhotoRef[]): string[] =>
  photos.map((photo) => {
    try {
      const stat = statSync(join(root, posix.dirname(file.file), photo.src));
      return `${photo.src} ${stat.size} ${stat.mtimeMs}`;
    } catch {
      return `${photo.src} missing`;
    }
  });
