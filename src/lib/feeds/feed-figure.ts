import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** A chart as a feed reader or mail client gets it: a picture, its caption and source, a link to the live chart. */
export interface FeedFigure {
  /** Absolute URL of the PNG. */
  png: string;
  /** Absolute URL of the chart on its page. */
  page: string;
  width: number;
  height: number;
  /** What the chart shows, in words. */
  alt: string;
  caption: string;
  source: string;
}

/** The HTML of a chart in a feed item: the PNG at its size (linked to the interactive chart), caption, `Source:` line. */
export function feedFigureHtml(figure: FeedFigure): string {
  return toHtml(
    h('figure', [
      h('a', { href: figure.page }, [h('img', { src: figure.png, alt: figure.alt, width: figure.width, height: figure.height })]),
      h('figcaption', [figure.caption, h('br'), `Source: ${figure.source} `, h('a', { href: figure.page }, 'Interactive chart and data table on the site'), '.']),
    ]),
  );
}
