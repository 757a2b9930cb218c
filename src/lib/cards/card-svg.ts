import { s } from 'hastscript';
import { CHART_COLOURS } from '../chart-file/chart-stylesheet.ts';
import { wrapText } from '../chart-file/wrap-text.ts';
import { svgXml } from '../serialize/svg-xml.ts';

/** What a social card says. */
export interface Card {
  /** Above the title: the series, or "Actor" / "Region" and its kind. */
  kicker: string;
  title: string;
  /** Under the title: the date, or what the page covers. */
  meta?: string | undefined;
  /** A headline figure, as a range with its words ("320–410+ killed in 4 incidents"). */
  figure?: string | undefined;
  /** At the foot: the site's name. */
  site: string;
}

/** The card's size: what Open Graph and X (Twitter) expect for a large image. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

const MAX_TITLE_LINES = 4;

/** Title lines that fit the card: long titles get a smaller size, then are cut with an ellipsis. */
function titleLines(title: string): { lines: string[]; size: number } {
  for (const [size, chars] of [[64, 32], [54, 38], [46, 45]] as const) {
    const lines = wrapText(title, chars);
    if (lines.length <= MAX_TITLE_LINES - (size === 64 ? 1 : 0)) return { lines, size };
  }
  const lines = wrapText(title, 45).slice(0, MAX_TITLE_LINES);
  lines[MAX_TITLE_LINES - 1] = `${lines[MAX_TITLE_LINES - 1]!.replace(/\s*\S*$/, '')} …`;
  return { lines, size: 46 };
}

/** A 1200×630 card as SVG, in the site's colours; text is set in `fontFamily` (bundled for the PNG). */
export function cardSvg(card: Card, fontFamily: string): string {
  const c = CHART_COLOURS;
  const x = 80;
  const { lines, size } = titleLines(card.title);
  let y = 150;
  const title = lines.map((line, i) => s('text', { x, y: (y += i === 0 ? size : size * 1.18), class: 'title', 'font-size': size }, line));
  y += 60;
  const meta = card.meta ? [s('text', { x, y, class: 'meta' }, card.meta)] : [];
  if (card.meta) y += 56;
  const figure = card.figure ? [s('text', { x, y, class: 'figure' }, card.figure)] : [];
  const svg = s('svg', { xmlns: 'http://www.w3.org/2000/svg', width: CARD_SIZE.width, height: CARD_SIZE.height, viewBox: `0 0 ${CARD_SIZE.width} ${CARD_SIZE.height}` }, [
    s(
      'style',
      [
        `text{font-family:${fontFamily}}`,
        `.kicker{fill:${c.accent};font-size:28px;font-weight:700;letter-spacing:3px}`,
        `.title{fill:${c.fg};font-weight:700}`,
        `.meta{fill:${c.muted};font-size:32px}`,
        `.figure{fill:${c.fg};font-size:36px;font-weight:700}`,
        `.site{fill:${c.fg};font-size:28px;font-weight:700}`,
      ].join('\n'),
    ),
    s('rect', { width: CARD_SIZE.width, height: CARD_SIZE.height, fill: c.bg }),
    s('rect', { width: CARD_SIZE.width, height: 16, fill: c.accent }),
    s('text', { x, y: 120, class: 'kicker' }, card.kicker.toUpperCase()),
    ...title,
    ...meta,
    ...figure,
    s('line', { x1: x, x2: CARD_SIZE.width - x, y1: 540, y2: 540, stroke: c.rule, 'stroke-width': 2 }),
    s('text', { x, y: 584, class: 'site' }, card.site),
  ]);
  return svgXml(svg);
}
