// The social card of a page: its SVG drawn to a 1200×630 PNG. One route per kind of page
// (`src/pages/cards/…`); the layout sets it as og:image through `cardMeta`.
import { cardSvg, CARD_SIZE, type Card } from '../lib/cards/card-svg.ts';
import { SITE } from '../site.config.ts';
import { absolute, to } from '../data/paths.ts';
import { PNG_FONT, queuePng, renderPng } from './render-png.ts';

/** What a card says; the site's name is added at its foot. */
export type CardText = Omit<Card, 'site'>;

/** Where the card of a page lives: `cardPath('briefs', id)` → `/cards/briefs/ID.png`. */
export const cardPath = (kind: string, id: string) => to(`cards/${kind}/${id}.png`);

/** The og:image / twitter:image fields of a page whose card is at `cardPath(kind, id)`. */
export const cardMeta = (kind: string, id: string, alt: string) => ({ url: absolute(cardPath(kind, id)), ...CARD_SIZE, alt });

/** The og:image fields of a page without a card of its own: the site's card. */
export const siteCardMeta = (alt: string) => ({ url: absolute(to('cards/site.png')), ...CARD_SIZE, alt });

// A route's cards are drawn when it queues them and served when each is asked for: the SVG
// is written once.
const svgs = new Map<string, string>();
function svgOf(card: CardText): string {
  const key = JSON.stringify(card);
  let svg = svgs.get(key);
  if (svg === undefined) svgs.set(key, (svg = cardSvg({ ...card, site: SITE.title }, PNG_FONT)));
  else svgs.delete(key);
  return svg;
}

/** Starts drawing the cards a route will serve (call it from `getStaticPaths`). */
export const queueCards = (cards: readonly CardText[]) => queuePng(cards.map(svgOf));

/** A PNG response for `card`. */
export async function cardResponse(card: CardText): Promise<Response> {
  return new Response(Buffer.from(await renderPng(svgOf(card))), { headers: { 'Content-Type': 'image/png' } });
}
