// What each page's social card says: title, series or kind, date, and for actors and
// regions the headline figure as a range, the same one the page shows. An incident page
// shows the site's card (see src/pages/incidents/[id]/index.astro).
import { describeTotal, layeredTotals } from '../lib/claims/index.ts';
import { plural } from '../lib/format/plural.ts';
import { countryName } from '../lib/format/country-name.ts';
import { formatDay } from '../lib/dates/format-date.ts';
import type { BriefView, Site } from './site.ts';
import { actorTitle } from '../lib/format/names.ts';
import { CARD_SIZE, type Card } from '../lib/cards/card-svg.ts';
import { absolute, to } from './paths.ts';

/** What a card says; the site's name is added at its foot. */
export type CardText = Omit<Card, 'site'>;

/** Where the card of a page lives: `cardPath('briefs', id)` → `/cards/briefs/ID.png`. */
export const cardPath = (kind: string, id: string) => to(`cards/${kind}/${id}.png`);

/** The og:image fields of a page whose card is at `cardPath(kind, id)`. */
export const cardMeta = (kind: string, id: string, alt: string) => ({ url: absolute(cardPath(kind, id)), ...CARD_SIZE, alt });

/** The og:image fields of a page without a card of its own: the site's card. */
export const siteCardMeta = (alt: string) => ({ url: absolute(to('cards/site.png')), ...CARD_SIZE, alt });

// A card's text is asked for twice, when its route queues the picture and when it serves
// it; an actor's or region's sums its claims. Kept per reading of the content.
const known = new WeakMap<Site, Map<string, CardText>>();
function once(site: Site, key: string, make: () => CardText): CardText {
  let cards = known.get(site);
  if (!cards) known.set(site, (cards = new Map()));
  let card = cards.get(key);
  if (!card) cards.set(key, (card = make()));
  return card;
}

/** A brief's card: series and issue, title, date. */
export function briefCard(site: Site, brief: BriefView): CardText {
  const series = site.series.get(brief.data.series)?.data.name ?? brief.data.series;
  return { kicker: brief.data.issue !== undefined ? `${series} · No. ${brief.data.issue}` : series, title: brief.data.title, meta: formatDay(brief.data.date) };
}

/** The headline line of a set of claims: "320–410+ killed in 4 incidents (confirmed and fair claims)". */
function headlineFigure(claims: Parameters<typeof layeredTotals>[0]): string | undefined {
  const { headline } = layeredTotals(claims);
  if (headline.incidents === 0) return claims.length > 0 ? 'No confirmed or fair casualty figure yet' : undefined;
  // Worded as the page's total ("no figure given for 2 incidents", never "no figure killed"),
  // without the count of silent incidents, for a line that fits the card.
  const { figure, sentence } = describeTotal(headline);
  return `${figure} ${headline.numbered === 0 ? sentence : `killed in ${plural(headline.incidents, 'incident')}`} (confirmed and fair claims)`;
}

/** An actor's card: kind, name, how many briefs, its headline figure as perpetrator. */
export function actorCard(site: Site, id: string): CardText {
  return once(site, `actor ${id}`, () => actorCardText(site, id));
}
function actorCardText(site: Site, id: string): CardText {
  const { data } = site.actors.get(id)!;
  const briefs = site.briefsByActor.get(id)?.length ?? 0;
  const based = data.country ? ` · ${countryName(data.country)}` : '';
  return {
    kicker: `Actor · ${data.kind.replace('-', ' ')}`,
    title: actorTitle(data),
    meta: `${plural(briefs, 'brief')}${based}`,
    figure: headlineFigure(site.claimsAsPerpetrator.get(id) ?? []),
  };
}

/** A region's card: level and country, name, how many briefs, its headline figure. */
export function regionCard(site: Site, id: string): CardText {
  return once(site, `region ${id}`, () => regionCardText(site, id));
}
function regionCardText(site: Site, id: string): CardText {
  const { data } = site.regions.get(id)!;
  const briefs = site.briefsByRegion.get(id)?.length ?? 0;
  return {
    kicker: `Region · ${data.level === 'country' ? 'country' : countryName(data.country)}`,
    title: data.name,
    meta: plural(briefs, 'brief'),
    figure: headlineFigure(site.claimsByRegion.get(id) ?? []),
  };
}
