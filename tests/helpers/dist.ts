import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { readContent } from '../../src/content/read-content.ts';

/** The built site of the starter content. */
export const DIST = join(import.meta.dirname, '../../dist');

/** A built file's text; fails the test when the file is missing. */
export function built(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`dist/${path} was not built`);
  return readFileSync(file, 'utf8');
}

/** A built page, parsed. */
export const page = (path: string): HTMLElement => parse(built(path.endsWith('.html') ? path : join(path, 'index.html')));

/** The starter content as the check reads it: what the site must show. */
export const starter = readContent(join(import.meta.dirname, '../..')).content;

/** The public starter briefs, newest first. */
export const publicBriefs = starter.briefs.filter((b) => !b.data.draft).sort((a, b) => (a.data.date < b.data.date ? 1 : -1));
