import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Folder holding `content/` and `seeds/`: the project itself, or another folder named by
 * BRIEFS_ROOT (tests and benchmarks build other content with the same code).
 */
export const CONTENT_ROOT = resolve(process.env.BRIEFS_ROOT ?? '.');

/**
 * The folder the build copies into the site as it is, for a content root: its own
 * `public/` when it has one, else the project's. The check reads the same folder (links
 * there are errors, figures must be files there).
 */
export const publicDirOf = (root: string) => (existsSync(join(root, 'public')) ? join(root, 'public') : resolve('public'));
