// Stands in for the module src/integrations/brief-photos.ts makes during a build, in tests
// that run the site model in-process (tests/mutation.test.ts): every photo a checked brief
// names is there, as a 2400 × 1600 JPEG (the loader, not this, checks that the file exists).
import type { ImageMetadata } from 'astro';

const photos = new Map<string, ImageMetadata>();
photos.get = (key: string) => ({ src: `/_astro/${key}`, width: 2400, height: 1600, format: 'jpg' });
export default photos;
