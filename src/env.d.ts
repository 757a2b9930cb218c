interface ImportMetaEnv {
  /** True under `astro dev`: drafts and scheduled briefs show in the preview. */
  readonly BRIEFS_PREVIEW: boolean;
}

// Components rendered outside a page (chart files, feed items) through the container API.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

// The photos briefs show, as Astro images (src/integrations/brief-photos.ts).
declare module 'virtual:brief-photos' {
  const photos: Map<string, import('astro').ImageMetadata>;
  export default photos;
}
