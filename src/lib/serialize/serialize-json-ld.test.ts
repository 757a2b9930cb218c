import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './serialize-json-ld.ts';

describe('serializeJsonLd', () => {
  it('cannot be closed early by a title, and still parses to the same data', () => {
    const data = { headline: 'Claims </script><script>alert(1)</script> & "quotes" <!-- \u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
