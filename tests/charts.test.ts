// The charts as the built site renders them: SVG snapshots after rounding (a diff means the
// picture changed), and what a reader must never see on any page.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { roundForSnapshot } from '../src/charts/test-round.ts';
import { built, DIST, page } from './helpers/dist.ts';

/** Every built page, as its path under dist/. */
function pages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name === 'index.html' ? [relative(DIST, dir)] : [];
  });
}

/** The figure whose caption starts with `caption`. */
function figure(path: string, caption: string): HTMLElement {
  const found = page(path).querySelectorAll('figure.chart').find((f) => f.querySelector('figcaption')!.text.trim().startsWith(caption));
  if (!found) throw new Error(`${path}: no chart captioned "${caption}…"`);
  return found;
}

/** A drawing's markup, rounded and one element per line; country outlines cut short (they come from Natural Earth). */
function snapshotOf(svg: HTMLElement): string {
  return roundForSnapshot(svg.outerHTML)
    .replace(/(<path class="country" d=")([^"]{0,40})[^"]*"/g, '$1$2…"')
    .replace(/></g, '>\n<');
}

const CHARTS: [file: string, path: string, caption: string][] = [
  ['claims-by-month', 'claims', 'Claimed killed by month, all briefs'],
  ['claims-by-perpetrator', 'claims', 'Claimed killed by perpetrator, all briefs'],
  ['wagner-by-month', 'actors/wagner-group', 'Claimed killed by Wagner, by month'],
  ['mali-map', 'regions/mali', 'Where the claims in Mali were made'],
  ['bamako-locator', 'regions/mali-bamako', 'Where Bamako is'],
  ['brief-2022-05-06-by-perpetrator', 'briefs/2022-05-06-central-mali-collective-punishment', 'Claimed killed by perpetrator: Mali'],
];

describe('charts as rendered', () => {
  for (const [file, path, caption] of CHARTS) {
    for (const variant of ['wide', 'narrow']) {
      it(`${path}: "${caption}", ${variant}`, async () => {
        const svg = figure(path, caption).querySelector(`svg.chart-${variant}`)!;
        await expect(snapshotOf(svg)).toMatchFileSnapshot(`__snapshots__/charts/${file}.${variant}.svg`);
      });
    }
  }

  it('never write 0 for a figure no claim gave, and give every mark a title, on any page', () => {
    const problems: string[] = [];
    for (const path of pages()) {
      for (const svg of parse(built(join(path, 'index.html'))).querySelectorAll('figure.chart svg[role=img]')) {
        for (const mark of svg.querySelectorAll('g.bars > g, g.regions > g, svg > g > g[class^=layer-]')) {
          const title = mark.querySelector('title')?.text ?? '';
          if (!title) problems.push(`${path}: a mark without a title`);
          const texts = mark.querySelectorAll('text').map((t) => t.text);
          if (/no figure/.test(title) && !/; /.test(title) && texts.includes('0')) problems.push(`${path}: "${title}" drawn as 0`);
          if (/: 0 killed/.test(title) && mark.querySelector('.unknown, .no-figure')) problems.push(`${path}: a real 0 drawn hollow`);
        }
        for (const td of svg.parentNode!.querySelectorAll('.chart-data td')) if (/^unknown/.test(td.text)) problems.push(`${path}: a table cell says "${td.text}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('give every region page a map, a locator where no claim is recorded', () => {
    for (const path of pages().filter((p) => /^regions\/[^/]+$/.test(p))) {
      expect(page(path).querySelectorAll('figure.chart-map svg.chart-wide[role=img]').length, path).toBe(1);
    }
    expect(figure('regions/mali-bamako', 'Where Bamako is').querySelector('.locator')).not.toBeNull();
  });
});
