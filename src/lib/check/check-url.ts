/** The URL schemes a link, image or source record may use. */
export const SAFE_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/** What an author may link to, worded for error messages. */
export const SAFE_URL_FORMS = 'an http:, https: or mailto: address, a path on the site (/…) or a #fragment';

/**
 * Whether a link target is one a reader's browser can follow without running anything:
 * http, https and mailto addresses, paths on the site and fragments. Browsers ignore
 * tabs, line breaks and leading spaces in a scheme (`java\tscript:`), so those are
 * dropped before looking; `//host` and `\\host` leave the site and are refused too.
 */
export function isSafeUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007F]/g, '');
  const scheme = /^([^/?#]*):/.exec(compact)?.[1];
  if (scheme !== undefined) return (SAFE_PROTOCOLS as readonly string[]).includes(scheme.toLowerCase());
  return !/^[/\\]{2}/.test(compact);
}
