// Renders each fixture in src/markdown/fixtures/CASE/input.md and compares it with
// output.html, or, for error-* cases, the error with error.txt. UPDATE_FIXTURES=1
// rewrites the expectations from the current output.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markdownPlugins } from './index.ts';
import type { SiteIndex } from './site-index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

const index: SiteIndex = {
  sources: new Map([['naba-2022-09', { title: 'al-Naba 357', publisher: 'al-Naba', published: '2022-09-22' }]]),
  actors: new Set(['wagner-group', 'jnim']),
  actorNames: new Map([
    ['wagner-group', ['Wagner Group', 'Wagner']],
    ['jnim', ["Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM', 'GSIM']],
  ]),
  regions: new Set(['mali-menaka']),
};

const { remarkPlugins, rehypePlugins } = markdownPlugins({ index, base: '/site/', foreignDomains: ['rfi.fr'] });
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkPlugins as PluggableList).use(remarkRehype).use(rehypePlugins as PluggableList).use(rehypeStringify);

async function render(name: string) {
  const { content, data } = matter(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
  const file = new VFile({ path: 'input.md', value: content, data: { astro: { frontmatter: data } } });
  return String(await processor.process(file)).trim() + '\n';
}

describe('Markdown plugins', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    const expectedFile = join(dir, name.startsWith('error-') ? 'error.txt' : 'output.html');
    it(name, async () => {
      let actual: string;
      try {
        actual = await render(name);
      } catch (error) {
        actual = `${String(error)}\n`;
      }
      if (update) writeFileSync(expectedFile, actual);
      if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing; run with UPDATE_FIXTURES=1 to write it`);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
