// A production build's pages served from the last build's when nothing they read changed
// (src/middleware.ts): each page is a function of its props, what it reads of the models
// below, and the code that prints it (the store's fingerprint). A page whose reads cannot be
// compared is rendered every time.
import { NotPlainData } from '../lib/page-cache/digest.ts';
import { correctionData } from './corrections.ts';
import { digestData, keptReads, outputsOf, readingInto, sameReads, type Models, type Reads } from './page-reads.ts';
import { restoreTableDownload } from './table-downloads.ts';
import { keepPage, keptPage, pageStore } from './page-store.ts';
import { siteModel } from './site.ts';

/** Every model pages read through a view that notes reads. */
const models: Models = { site: siteModel, corrections: correctionData };

/** `f()`, or undefined when it meets a value that is not plain data. */
async function plain<T>(f: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await f();
  } catch (error) {
    if (error instanceof NotPlainData) return undefined;
    throw error;
  }
}

const responseOf = (body: Uint8Array<ArrayBuffer>, init: ResponseInit) => new Response(body.length > 0 ? body : null, init);

/**
 * The response for the page at `path` (`sitePath` without the base): the kept one when its
 * props and everything it read are unchanged, else `render()`'s (then kept). Cards are not
 * kept: each is its cached picture already (src/render/cards/render-png.ts).
 */
export async function keptOrRendered(path: string, sitePath: string, props: unknown, render: () => Promise<Response>): Promise<Response> {
  const open = pageStore();
  if (!open || sitePath.startsWith('/cards/')) return render();
  const propsDigest = await plain(() => digestData(props));
  const kept = propsDigest === undefined ? undefined : keptPage(open, path);
  if (kept && kept.props === propsDigest && (await plain(() => sameReads(models, kept.reads))) && kept.tables.every(restoreTableDownload)) {
    open.kept += 1;
    return responseOf(kept.body, { status: kept.status, headers: kept.headers });
  }
  // The body is read inside the page's context: Astro renders while the body streams.
  const reads: Reads = new Map();
  const { response, body } = await readingInto(reads, async () => {
    const response = await render();
    return { response, body: new Uint8Array(await response.arrayBuffer()) };
  });
  open.rendered += 1;
  const read = propsDigest === undefined ? undefined : await plain(() => keptReads(models, reads));
  if (propsDigest === undefined || read === undefined) open.notKept.push(path);
  else keepPage(open, path, { fingerprint: open.fingerprint, props: propsDigest, reads: read, tables: outputsOf(reads, 'table'), status: response.status, headers: [...response.headers], body });
  return responseOf(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
