import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeLinks}. */
export interface Options {
  /** Domains whose links get the asterisk; subdomains included. */
  foreignDomains?: readonly string[];
  /** Base path the site is served under, put before links and images written from the site's root. */
  base?: string;
}

/** The notice printed once in a brief that has any asterisked link. */
export const FOREIGN_NOTICE = 'Links marked with an asterisk (*) lead to sources on foreign domains.';

const hostOf = (href: string) => {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

/**
 * The Africa File's asterisk before links to foreign domains, with the notice once per
 * brief. Links and images written from the site's root (`/briefs/x/`) get the base path.
 * (`rel` and the `external` class come from rehype-external-links.)
 */
export default function rehypeLinks(options: Options = {}) {
  const foreign = options.foreignDomains ?? [];
  const isForeign = (host: string) => foreign.some((d) => host === d || host.endsWith(`.${d}`));
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const withBase = (url: unknown) => (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base) ? `${base}${url.slice(1)}` : url);
  return (tree: Root) => {
    let marked = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'img') node.properties.src = withBase(node.properties.src) as string;
      // A drawing's <source> names one file (remark-figure): no widths to keep apart.
      if (node.tagName === 'source') node.properties.srcSet = withBase(node.properties.srcSet) as string;
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      node.properties.href = withBase(node.properties.href) as string;
      const host = /^https?:\/\//.test(node.properties.href) ? hostOf(node.properties.href) : undefined;
      if (host && isForeign(host) && parent && index !== undefined) {
        parent.children.splice(index, 0, { type: 'element', tagName: 'span', properties: { className: ['foreign-mark'], title: 'foreign domain' }, children: [{ type: 'text', value: '*' }] });
        marked += 1;
        return index + 2;
      }
      return undefined;
    });
    if (marked > 0) {
      tree.children.unshift({ type: 'element', tagName: 'p', properties: { className: ['foreign-notice'] }, children: [{ type: 'text', value: FOREIGN_NOTICE }] });
    }
  };
}
