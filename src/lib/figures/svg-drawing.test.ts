import { describe, expect, it } from 'vitest';
import { checkSvgDrawing, drawingPngPath, drawingPngWidth } from './svg-drawing.ts';

const svg = (inner: string, attributes = 'width="440" height="300"') => `<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>\n${inner}\n</svg>`;

describe('checkSvgDrawing', () => {
  it('gives the size of a static drawing, from width and height or the viewBox', () => {
    const drawing = '<style>.t{fill:#222} @media (prefers-color-scheme: dark){.t{fill:#eee}}</style><defs><pattern id="h" width="8" height="8"><rect width="8" height="8"/></pattern></defs><rect fill="url(#h)" width="10" height="10"/><use href="#h"/><text class="t">Moura</text>';
    expect(checkSvgDrawing(`<?xml version="1.0" encoding="UTF-8"?>\n${svg(drawing)}`)).toEqual({ width: 440, height: 300 });
    expect(checkSvgDrawing(svg('', 'viewBox="0 0 440 620"'))).toEqual({ width: 440, height: 620 });
    expect(checkSvgDrawing(svg('', 'width="400px" height="200px" viewBox="0 0 800 400"'))).toEqual({ width: 400, height: 200 });
  });

  it('refuses a script, an event attribute or a link, with the line in the SVG', () => {
    expect(checkSvgDrawing(svg('<script>alert(1)</script>'))).toEqual({ problem: expect.stringMatching(/^has the element <script>; expected a static drawing/), line: 2 });
    expect(checkSvgDrawing(svg('<rect/>\n<rect onclick="alert(1)"/>'))).toEqual({ problem: expect.stringMatching(/^has an event attribute onclick on <rect>/), line: 3 });
    expect(checkSvgDrawing(svg('', 'width="40" height="40" onload="alert(1)"'))).toMatchObject({ problem: expect.stringMatching(/^has an event attribute onload on <svg>/), line: 1 });
    expect(checkSvgDrawing(svg('<a href="javascript:alert(1)"><text>x</text></a>'))).toMatchObject({ problem: expect.stringMatching(/^has the element <a>/) });
    expect(checkSvgDrawing(svg('<foreignObject><div/></foreignObject>'))).toMatchObject({ problem: expect.stringMatching(/^has the element <foreignObject>/) });
    expect(checkSvgDrawing(svg('<set attributeName="href" to="javascript:alert(1)"/>'))).toMatchObject({ problem: expect.stringMatching(/^has the element <set>/) });
  });

  it('refuses anything that makes the renderer or a browser fetch or read another file', () => {
    // resvg reads an <image> path from the build machine's disk: refused before it is drawn.
    expect(checkSvgDrawing(svg('<image href="/etc/passwd.png" width="10" height="10"/>'))).toMatchObject({ problem: expect.stringMatching(/^has the element <image>/), line: 2 });
    expect(checkSvgDrawing(svg('<use href="other.svg#a"/>'))).toMatchObject({ problem: 'refers outside itself: href="other.svg#a" on <use>; expected a static drawing: shapes, text, groups, styles, gradients and patterns, referring only to its own parts ("#id")' });
    expect(checkSvgDrawing(svg('<use xlink:href="file:///etc/hostname" xmlns:xlink="http://www.w3.org/1999/xlink"/>'))).toMatchObject({ problem: expect.stringMatching(/^refers outside itself: xlink:href=/) });
    expect(checkSvgDrawing(svg('<rect style="fill: url(https://example.org/x.svg#p)"/>'))).toMatchObject({ problem: 'refers outside itself in style on <rect>; expected a static drawing: shapes, text, groups, styles, gradients and patterns, referring only to its own parts ("#id")' });
    expect(checkSvgDrawing(svg('<style>@import "https://example.org/x.css";</style>'))).toMatchObject({ problem: expect.stringMatching(/^refers outside itself in a <style>/) });
    expect(checkSvgDrawing(svg('<style><![CDATA[ rect { fill: url( "/etc/x.png") } ]]></style>'))).toMatchObject({ problem: expect.stringMatching(/^refers outside itself in a <style>/) });
    expect(checkSvgDrawing(`<?xml-stylesheet href="https://example.org/x.css"?>\n${svg('')}`)).toMatchObject({ problem: expect.stringMatching(/^has a processing instruction <\?xml-stylesheet\?>/), line: 1 });
  });

  it('refuses entities (a billion laughs), a use bomb and malformed XML without expanding them', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "lol">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n${svg('<text>&b;</text>')}`;
    expect(checkSvgDrawing(laughs)).toEqual({ problem: "is not well-formed XML (Named entity isn't defined: &b;); expected an SVG file as a drawing program saves it", line: 7 });
    expect(checkSvgDrawing(`<!DOCTYPE svg>\n${svg('')}`)).toMatchObject({ problem: expect.stringMatching(/^declares a DOCTYPE/), line: 1 });
    // Ten levels of ten <use> each would be ten billion rectangles.
    const levels = Array.from({ length: 10 }, (_, i) => `<g id="l${i + 1}">${Array.from({ length: 10 }, () => `<use href="#l${i}"/>`).join('')}</g>`).join('\n');
    expect(checkSvgDrawing(svg(`<defs><rect id="l0" width="1" height="1"/>\n${levels}</defs>`))).toMatchObject({ problem: expect.stringMatching(/^draws more than 20,000 elements once its <use> references are repeated/), line: 3 });
    expect(checkSvgDrawing(svg('<g><rect></g>'))).toEqual({ problem: 'is not well-formed XML (Missing end tag for element rect); expected an SVG file as a drawing program saves it', line: 2 });
    expect(checkSvgDrawing('<html><body/></html>')).toMatchObject({ problem: expect.stringMatching(/^has the element <html>/) });
    expect(checkSvgDrawing('<svg width="10" height="10"/>')).toMatchObject({ problem: expect.stringMatching(/^is not an SVG drawing/) });
  });

  it('refuses a number of people killed in its words: casualty figures are drawn by the charts', () => {
    // The hand-made bar chart the starter content once had, and its description.
    expect(checkSvgDrawing(svg('<title>People killed in Mali in 2024, by who killed them (ACLED)</title>\n<text>more than <tspan>900</tspan> killed</text>'))).toEqual({
      problem: 'gives a number of people killed ("People killed in Mali in 2024, by who killed them (ACLED)"); expected casualty figures only in ::chart, which draws them by the counting rules and links them to their claims',
      line: 2,
    });
    expect(checkSvgDrawing(svg('<text x="1">Toll: <tspan>21</tspan></text>'))).toMatchObject({ line: 2, problem: expect.stringMatching(/^gives a number of people killed \("Toll: 21"\)/) });
    expect(checkSvgDrawing(svg('<desc>At least 32 civilians died.</desc>'))).toMatchObject({ line: 2 });
    // Dates and killings named without a number of dead are a timeline's words.
    expect(checkSvgDrawing(svg('<text>Late Mar 2022: the Moura killings</text><text>al-Naba celebrates killing Wagner personnel</text><desc>their toll is in the claims, not on this map.</desc><text>the deadliest UN mission by lives lost</text>'))).toEqual({ width: 440, height: 300 });
  });

  it('refuses a drawing with no size, or too large to draw', () => {
    expect(checkSvgDrawing(svg('', ''))).toEqual({ problem: 'has no size; expected width and height in pixels or a viewBox on <svg>', line: 1 });
    expect(checkSvgDrawing(svg('', 'width="100%" height="100%"'))).toMatchObject({ problem: expect.stringMatching(/^has no size/) });
    expect(checkSvgDrawing(svg('', 'width="100000000" height="100000000"'))).toEqual({ problem: 'is 100000000 × 100000000 pixels; expected each side between 16 and 2000', line: 1 });
    expect(checkSvgDrawing(svg('', 'viewBox="0 0 3 1e9"'))).toMatchObject({ problem: 'is 3 × 1000000000 pixels; expected each side between 16 and 2000' });
  });
});

describe('the PNG rendition of a drawing', () => {
  it('sits beside it, twice as sharp up to the widest photo rendition', () => {
    expect(drawingPngPath('/figures/moura.svg')).toBe('/figures/moura.svg.png');
    expect(drawingPngWidth(440)).toBe(880);
    expect(drawingPngWidth(820)).toBe(1408);
  });
});
