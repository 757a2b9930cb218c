import { describe, expect, it } from 'vitest';
import { actorsOf, processorFor, renderFile, siteIndexOf } from './render-file.ts';
import { readContent } from './read-content.ts';
import { MINIMAL } from '../../tests/helpers/content-fixture.ts';
import { renderOnThreads } from './render-pool.ts';

describe('rendering on worker threads', () => {
  it('gives exactly what the main thread gives, in order, problems included', async () => {
    const { files, publicFiles } = readContent(MINIMAL);
    const broken = { ...files.briefs[0]!, file: 'content/briefs/2024/broken.md', body: 'A <script>x</script> and :cite[nope].' };
    const bodies = [...files.briefs, ...files.actors, broken];
    const processor = processorFor(files, publicFiles);
    const threads = await renderOnThreads(bodies, actorsOf, { index: siteIndexOf(files, publicFiles), base: '/', foreignDomains: [] }, 2);
    expect(threads).toEqual(bodies.map((f) => renderFile(f, processor)));
    expect(threads.at(-1)!.issues.map((i) => i.field)).toEqual(['raw HTML', 'raw HTML', ':cite']);
    // Two threads each load the whole Markdown pipeline: seconds on a busy machine.
  }, 60_000);
});
