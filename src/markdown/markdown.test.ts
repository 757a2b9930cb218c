// Renders each fixture in src/markdown/fixtures/CASE/input.md and compares it with
// output.html, or, for error-* cases, the problems with error.txt. UPDATE_FIXTURES=1
// rewrites the expectations from the current output.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor, renderBody } from './index.ts';
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
  // Two drawings the check accepted, one it refused, and a picture that is not a drawing.
  publicFiles: new Map([
    ['/figures/sahel.svg', { width: 440, height: 520 }],
    ['/figures/mali.svg', { width: 440, height: 300 }],
    ['/figures/evil.svg', { problem: 'has the element <script>; expected a static drawing', line: 3 }],
    ['/figures/photo.png', null],
  ]),
};

const processor = createMarkdownProcessor({ index, base: '/site/', foreignDomains: ['rfi.fr'] });

/** The fixture's HTML, or its problems one a line as `line: field: message`. */
function render(name: string) {
  const { content, data } = matter(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
  const { rendered, problems } = renderBody(processor, content, (data.actors as string[] | undefined) ?? []);
  if (!rendered) return problems.map((p) => `${p.line}: ${p.field}: ${p.message}\n`).join('');
  return `${rendered.html.trim()}\n`;
}

describe('Markdown plugins', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    const expectedFile = join(dir, name.startsWith('error-') ? 'error.txt' : 'output.html');
    it(name, () => {
      const actual = render(name);
      if (update) writeFileSync(expectedFile, actual);
      if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing; run with UPDATE_FIXTURES=1 to write it`);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  it('refuses a figure whose src is not a file in public/ or climbs out of its folder', () => {
    const figure = (src: string) => renderBody(processor, `::figure{src="${src}" alt="a" source="s"}\n`, []).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);
    expect(figure('/figures/sahel.svg')).toEqual([]);
    expect(figure('/figures/nope.svg')).toEqual(['1: ::figure: src "/figures/nope.svg" is not a file in public/; expected a file there, like "/figures/x.svg"']);
    expect(figure('/figures/../../etc/hostname')).toEqual(['1: ::figure: src "/figures/../../etc/hostname" climbs out of its folder with ".."; expected a file in public/, like "/figures/x.svg"']);
    expect(figure('/figures/%2e%2e/x.svg')[0]).toMatch(/climbs out of its folder/);
    // A drawing the check refused is named with its own line, at the line of the directive.
    expect(renderBody(processor, 'Text.\n\n::figure{src="/figures/evil.svg" alt="a" source="s"}\n', []).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`)).toEqual([
      '3: ::figure: src "/figures/evil.svg": public/figures/evil.svg:3 has the element <script>; expected a static drawing',
    ]);
    expect(figure('/figures/photo.png')).toEqual([]);
    // A photo beside the brief is the photo check's: told once, in its words.
    expect(figure('./map.jpg')).toEqual([]);
    expect(figure('../other/map.jpg')).toEqual(['1: ::figure: "../other/map.jpg" leaves the brief\'s folder; expected a JPEG, PNG, WebP or AVIF file saved beside the brief\'s index.md (content/briefs/YYYY/YYYY-MM-DD-slug/photo.jpg), written src="./photo.jpg"']);
  });
});
