// Renders an Astro component to HTML outside a page, for the feeds' tables until they are
// printed from data too. Charts are not drawn through it: see chart-render.ts.
import { experimental_AstroContainer } from 'astro/container';

let container: Promise<experimental_AstroContainer> | undefined;

/** Renders an Astro component to HTML outside a page (one container per build). */
export async function renderComponentHtml(component: Parameters<experimental_AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  container ??= experimental_AstroContainer.create();
  return (await container).renderToString(component, { props });
}
