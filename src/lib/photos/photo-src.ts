/** Image files a brief's folder may hold: what Astro's image service reads and converts. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** Where a photo goes, worded for messages. */
export const PHOTO_FORM = 'a JPEG, PNG, WebP or AVIF file saved beside the brief\'s index.md (content/briefs/YYYY/YYYY-MM-DD-slug/photo.jpg), written src="./photo.jpg"';

/** What an image address in a body points at. */
export type PhotoSrc =
  /** A file beside the brief, as `./name.ext`. */
  | { kind: 'bundle'; path: string }
  /** A file on the site (`/figures/x.svg`, from `public/`), shown as it is. */
  | { kind: 'site' }
  /** Another site's image, which every reader's browser would fetch: refused. */
  | { kind: 'remote' }
  /** Anything else; `problem` says what is wrong, when it is this module's to say. */
  | { kind: 'other'; problem?: string };

/** Sorts an image's address: a file beside the brief, a file on the site, another site's, or neither. */
export function photoSrc(src: string): PhotoSrc {
  if (/^(https?:)?\/\//i.test(src.trim())) return { kind: 'remote' };
  if (src.startsWith('/')) return { kind: 'site' };
  // Any other scheme (javascript:, data:) and fragments are refused as unsafe links elsewhere.
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('#')) return { kind: 'other' };
  const path = src.replace(/^\.\//, '');
  if (path.split(/[/\\]/).some((part) => part === '..' || part === '') || /[\\?#]/.test(path)) return { kind: 'other', problem: `${JSON.stringify(src)} leaves the brief's folder; expected ${PHOTO_FORM}` };
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  if (!ext || !(PHOTO_EXTENSIONS as readonly string[]).includes(ext)) return { kind: 'other', problem: `${JSON.stringify(src)} is not a photo the site can resize; expected ${PHOTO_FORM}${ext === 'svg' ? ' (an SVG drawing goes in public/figures/, written src="/figures/name.svg")' : ''}` };
  return { kind: 'bundle', path: `./${path}` };
}

/** The message for another site's image; `reference` is how the author would write a photo beside the brief. */
export const remotePhotoMessage = (src: string, reference: string) =>
  `${JSON.stringify(src.length > 60 ? `${src.slice(0, 60)}…` : src)} is on another site, so every reader's browser would fetch it from there; save the file beside the brief and write ${reference} (a single-file brief becomes a folder: YYYY-MM-DD-slug/index.md with the photo beside it)`;

/** A photo's key among every brief's photos: the brief's id and the photo's path beside it. */
export const photoKey = (brief: string, path: string) => `${brief}/${path}`;
