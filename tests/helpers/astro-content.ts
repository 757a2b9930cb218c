// Stands in for Astro's virtual module `astro:content` in tests that run the site model
// in-process (tests/mutation.test.ts): the model reads the entries a test shares through
// src/content/live-content.ts, as under `astro dev`, and never this.
export async function getCollection(): Promise<never> {
  throw new Error('share entries with shareStore() and markLoaded() from src/content/live-content.ts');
}
