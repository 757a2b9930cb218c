// The social card of a page: its SVG drawn to a 1200×630 PNG. One route per kind of page
// (`src/pages/cards/…`); the layout sets it as og:image through `cardMeta` (src/site/cards.ts).
import { cardSvg } from '../../lib/cards/card-svg.ts';
import { SITE } from '../../site.config.ts';
import type { CardText } from '../../site/cards.ts';
import { PNG_FONT, queuePng, renderPng } from './render-png.ts';

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
  const png = await renderPng(svgOf(card)).catch((error: unknown) => {
    throw new Error(`the card of "${card.title}" (${card.kicker}): ${error instanceof Error ? error.message : String(error)}`);
  });
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
}
