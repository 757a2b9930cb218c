import { defaultSchema, type Options } from 'rehype-sanitize';

type Definition = NonNullable<NonNullable<Options['attributes']>[string]>;
const attributes = defaultSchema.attributes ?? {};
const isClass = (d: Definition[number]) => Array.isArray(d) && d[0] === 'className';

/** GitHub's attributes for `tag`, with `names` added to the classes it allows and `extra` attributes. */
const widen = (tag: string, names: string[], ...extra: Definition) => {
  const own = attributes[tag] ?? [];
  const known = own.filter(isClass).flatMap((d) => (d as unknown[]).slice(1) as string[]);
  return [...own.filter((d) => !isClass(d)), ...(names.length + known.length > 0 ? [['className', ...known, ...names] as Definition[number]] : []), ...extra];
};

/**
 * The second wall after refusing raw HTML: GitHub's schema, widened for exactly what the
 * directives and allowed inline elements produce, and only http, https and mailto links.
 * Ids are not prefixed: authors cannot write any (footnote ids come prefixed, heading
 * ids are added after sanitising, from the text).
 */
export const SANITIZE_SCHEMA: Options = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id' && name !== 'ariaDescribedBy'),
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'section', 'figure', 'figcaption', 'abbr', 'mark'],
  attributes: {
    ...attributes,
    a: widen('a', ['cite', 'actor-link'], 'title', 'id'),
    abbr: ['title'],
    aside: widen('aside', ['box', 'takeaway']),
    section: widen('section', ['box', 'assessment', 'scenario', 'scenario-most-likely', 'scenario-worst-case']),
    p: widen('p', ['box-label']),
    div: widen('div', ['chart-slot'], 'dataChart', 'dataActor', 'dataRegion'),
    figure: widen('figure', ['figure'], 'id'),
    // The number of a photo beside the brief (remark-photos), which the build resizes.
    img: widen('img', [], 'dataPhoto'),
    // An SVG drawing in its <picture>, before the PNG drawn from it (remark-figure).
    source: widen('source', [], 'type'),
    li: widen('li', [], 'id'),
    h2: widen('h2', [], 'id'),
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};
