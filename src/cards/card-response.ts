// The social card of a page: its SVG drawn to a 1200×630 PNG. One call per kind of page
// (`src/pages/cards/…`); the layout sets it as og:image through `cardMeta`.
import { cardSvg, CARD_SIZE, type Card } from '../lib/cards/card-svg.ts';
import { SITE } from '../site.config.ts';
import { absolute, to } from '../data/paths.ts';
import { PNG_FONT, renderPng } from './render-png.ts';

/** Where the card of a page lives: `cardPath('briefs', id)` → `/cards/briefs/ID.png`. */
export const cardPath = (kind: string, id: string) => to(`cards/${kind}/${id}.png`);

/** The og:image / twitter:image fields of a page whose card is at `cardPath(kind, id)`. */
export const cardMeta = (kind: string, id: string, alt: string) => ({ url: absolute(cardPath(kind, id)), ...CARD_SIZE, alt });

/** The og:image fields of a page without a card of its own: the site's card. */
export const siteCardMeta = (alt: string) => ({ url: absolute(to('cards/site.png')), ...CARD_SIZE, alt });

/** A PNG response for `card` (the site's name added at its foot). */
export function cardResponse(card: Omit<Card, 'site'>): Response {
  const png = renderPng(cardSvg({ ...card, site: SITE.title }, PNG_FONT));
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
}
