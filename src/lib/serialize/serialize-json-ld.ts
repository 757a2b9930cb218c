/**
 * JSON for a `<script type="application/ld+json">` block: a title containing
 * `</script>` or `<!--` must not end the block early, so `<`, `>`, `&` and the two
 * line separators JavaScript treats as newlines are written as escapes.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
