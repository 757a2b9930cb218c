import type { Nodes } from 'hast';
import { visit } from 'unist-util-visit';

// Attributes holding one URL, by hast property name.
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action', 'formAction', 'xLinkHref'] as const;

const resolve = (value: string, base: string) => {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
};

/** `srcset`'s candidates (`a.png 1x, b.png 2x`) with each URL resolved against `base`. */
const resolveSrcset = (value: string, base: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.split(/\s+/);
      return [resolve(url, base), ...descriptor].join(' ');
    })
    .join(', ');

/** Resolves every URL in a hast tree against `base` (a page URL): `/x`, `../x`, `x`, `#y` and `srcset`. */
export function absoluteUrls<T extends Nodes>(tree: T, base: string): T {
  visit(tree, 'element', (node) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = resolve(value, base);
    }
    const srcset = node.properties.srcSet;
    if (typeof srcset === 'string') node.properties.srcSet = resolveSrcset(srcset, base);
    if (Array.isArray(srcset)) node.properties.srcSet = resolveSrcset(srcset.join(','), base);
  });
  return tree;
}

