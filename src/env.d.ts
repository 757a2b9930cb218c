interface ImportMetaEnv {
  /** True under `astro dev`: drafts and scheduled briefs show in the preview. */
  readonly BRIEFS_PREVIEW: boolean;
}
