import { resolve } from 'node:path';

/**
 * Folder holding `content/` and `seeds/`: the project itself, or another folder named by
 * BRIEFS_ROOT (tests and benchmarks build other content with the same code).
 */
export const CONTENT_ROOT = resolve(process.env.BRIEFS_ROOT ?? '.');
