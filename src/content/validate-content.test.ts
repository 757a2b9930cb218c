import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIEF, contentWith, type Edit } from '../../tests/helpers/content-fixture.ts';
import { formatIssues } from '../lib/content-issue.ts';
import { validateContent } from './validate-content.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

/** The check's report on the minimal site after `edits`, one line per issue. */
function report(...edits: Edit[]): string[] {
  const { root, cleanup } = contentWith(...edits);
  cleanups.push(cleanup);
  const text = formatIssues(validateContent(root).issues);
  return text ? text.split('\n') : [];
}
const inBrief = (replace: string | RegExp, by: string): Edit => ({ file: BRIEF, replace, with: by });

describe('the content check', () => {
  it('passes the minimal site', () => {
    expect(report()).toEqual([]);
  });

  describe('refuses unknown ids anywhere, suggesting the nearest', () => {
    it.each([
      ['series', inBrief('series: weekly', 'series: weekly-x'), `${BRIEF}:3: series: unknown series "weekly-x"; expected a series id from content/series/ (did you mean "weekly"?)`],
      ['brief actors', inBrief('actors: [wagner-group, jnim]', 'actors: [wagner, jnim]'), `${BRIEF}:9: actors[0]: unknown actor "wagner"; expected an actor id from content/actors/ (did you mean "wagner-group"?)`],
      ['brief regions', inBrief('regions: [menaka]', 'regions: [gao]'), `${BRIEF}:10: regions[0]: unknown region "gao"; expected a region id from content/regions/`],
      ['brief sources', inBrief('sources: [naba-2022-09]\nclaims', 'sources: [naba-2022-10]\nclaims'), `${BRIEF}:11: sources[0]: unknown source "naba-2022-10"; expected a source id from seeds/ (did you mean "naba-2022-09"?)`],
      ['claim perpetrators', inBrief('perpetrators: [jnim]', 'perpetrators: [gsim]'), `${BRIEF}:17: claims[0].perpetrators[0]: unknown actor "gsim"; expected an actor id from content/actors/ (did you mean "jnim"?)`],
      ['claim victims', inBrief('actors: [wagner-group], category', 'actors: [wagner-grp], category'), `${BRIEF}:18: claims[0].victims.actors[0]: unknown actor "wagner-grp"; expected an actor id from content/actors/ (did you mean "wagner-group"?)`],
      ['claim claimant', inBrief('claimant: jnim', 'claimant: nobody'), `${BRIEF}:20: claims[0].claimant: unknown actor or source "nobody"; expected an actor id from content/actors/ or a source id from seeds/`],
      ['claim region', inBrief('region: menaka', 'region: menaca'), `${BRIEF}:16: claims[0].region: unknown region "menaca"; expected a region id from content/regions/ (did you mean "menaka"?)`],
      ['claim sources', inBrief(/sources: \[naba-2022-09\]\n---/, 'sources: [acled]\n---'), `${BRIEF}:23: claims[0].sources[0]: unknown source "acled"; expected a source id from seeds/`],
    ])('in %s', (_, edit, line) => {
      expect(report(edit)).toContain(line);
    });
  });

  it('refuses a duplicate claim id, naming the file that has it first', () => {
    const copy = { file: 'content/briefs/2024/2024-03-08-second.md', write: '' };
    const { root, cleanup } = contentWith();
    cleanups.push(cleanup);
    copy.write = readFileSync(join(root, BRIEF), 'utf8').replace('issue: 1', 'issue: 2');
    expect(report(copy)).toContain(`${copy.file}:13: claims[0].id: duplicate claim id "menaka-claim", already used in ${BRIEF}; expected an id unique across the site`);
  });

  it('gives a claim copied under the same id one error, without a knock-on report that it is the same event', () => {
    const { root, cleanup } = contentWith();
    cleanups.push(cleanup);
    const copy = { file: 'content/briefs/2024/2024-03-08-second.md', write: readFileSync(join(root, BRIEF), 'utf8').replace('issue: 1', 'issue: 2').replace('incident: menaka-2024-02', 'incident: menaka-2024-02-again') };
    expect(report(copy)).toEqual([`${copy.file}:13: claims[0].id: duplicate claim id "menaka-claim", already used in ${BRIEF}; expected an id unique across the site`]);
  });

  it('refuses regions that lie inside themselves', () => {
    expect(report({ file: 'content/regions/mali.yaml', replace: 'level: country', with: 'level: country\nparent: menaka' })).toContain(
      'content/regions/mali.yaml:4: parent: "mali" lies inside itself (mali → menaka → mali); expected parents that lead up to a country',
    );
  });

  it('reports every problem in every file in one run', () => {
    const lines = report(
      inBrief('stance: claimed', 'stance: clamed'),
      inBrief('regions: [menaka]', 'regions: [gao]'),
      { file: 'content/actors/jnim.md', replace: 'kind: jihadist', with: 'kind: terrorist' },
      { file: 'content/regions/menaka.yaml', replace: 'lat: 15.9', with: 'lat: north' },
    );
    expect([...new Set(lines.map((l) => l.split(':')[0]))]).toEqual(['content/actors/jnim.md', BRIEF, 'content/regions/menaka.yaml']);
  });

  it('reads files with a byte-order mark and Windows line endings', () => {
    const { root, cleanup } = contentWith();
    cleanups.push(cleanup);
    const text = readFileSync(join(root, BRIEF), 'utf8');
    expect(report({ file: BRIEF, write: `\uFEFF${text.replace(/\n/g, '\r\n')}` })).toEqual([]);
  });

  it('tells a YAML indentation mistake in one message naming the field it broke', () => {
    expect(report(inBrief('    region: menaka', '   region: menaka'))).toEqual([
      `${BRIEF}:16: claims[0].region: indented 3 spaces, out of line with the fields around it (date on line 15 is indented 4 spaces); expected region indented 4 spaces, in line with the field it belongs with`,
    ]);
    expect(report(inBrief('summary: "One line."', '  summary: "One line."'))).toEqual([
      `${BRIEF}:8: summary: indented 2 spaces, deeper than authors on line 7 (not indented) though nothing opens a block there; expected summary not indented, in line with the field it belongs with`,
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(report(inBrief('summary: "One line."', 'summary: "One line.'))[0]).toMatch(new RegExp(`^${BRIEF}:\\d+: YAML syntax: `));
  });

  it.each([
    ['min > max', inBrief('killed: "over 50"', 'killed: "35-20"'), `${BRIEF}:19: claims[0].killed: "35-20" has min 35 > max 20; expected the lower figure first`],
    ['a bad count phrase', inBrief('killed: "over 50"', 'killed: "lots"'), `${BRIEF}:19: claims[0].killed: "lots" is not a count; expected a whole number,`],
    ['a claim without sources', inBrief(/sources: \[naba-2022-09\]\n---/, 'sources: []\n---'), `${BRIEF}:23: claims[0].sources: found an empty list; expected at least 1 item`],
    ['a data cutoff after the date', inBrief('dataCutoff: "2024-02-29T10:00Z"', 'dataCutoff: "2024-03-02T10:00Z"'), `${BRIEF}:6: dataCutoff: "2024-03-02T10:00Z" is after the brief's date 2024-03-01; expected a cutoff on or before the date`],
    ['an impossible date', inBrief('date: "2024-03-01"', 'date: "2024-02-30"'), `${BRIEF}:5: date: "2024-02-30" is not a real date; expected "YYYY-MM-DD"`],
    ['an unquoted date YAML would roll over', inBrief('date: "2024-03-01"', 'date: 2024-13-45'), `${BRIEF}:5: date: "2024-13-45" is not a real date; expected "YYYY-MM-DD"`],
    ['a value outside an enum', inBrief('stance: claimed', 'stance: clamed'), `${BRIEF}:21: claims[0].stance: found "clamed"; expected one of claimed | reported | alleged | confirmed | denied | disputed (did you mean "claimed"?)`],
    ['another word for an enum value', inBrief('stance: claimed', 'stance: boasted'), `${BRIEF}:21: claims[0].stance: found "boasted"; expected one of claimed | reported | alleged | confirmed | denied | disputed (did you mean "claimed"?)`],
    ['a grade written as a stance', inBrief('grade: weak', 'grade: disputed'), `${BRIEF}:22: claims[0].grade: found "disputed"; expected one of confirmed | fair | weak | contested | discounted | unassessed (did you mean "contested"?)`],
    ['a victims category in other words', inBrief('category: mercenaries', 'category: soldiers'), `${BRIEF}:18: claims[0].victims.category: found "soldiers"; expected one of civilians | military | police | militants | mercenaries | peacekeepers | mixed | unknown (did you mean "military"?)`],
    ['a chart type one letter off', inBrief('Text with :cite[naba-2022-09].', 'Text with :cite[naba-2022-09].\n\n::chart{type="claims-by-perpetrators"}'), `${BRIEF}:29: ::chart: type "claims-by-perpetrators"; expected one of fatalities-by-month | claims-by-perpetrator | region-map | actor-network (did you mean "claims-by-perpetrator"?)`],
    ['a missing required field', inBrief('summary: "One line."\n', ''), `${BRIEF}:2: summary: required field is missing; expected text`],
    ['an unknown field', inBrief('summary:', 'summery:'), `${BRIEF}:8: summery: unknown field "summery" (did you mean "summary"?); expected only the fields the authoring guide lists`],
    ['a claim date that does not exist', inBrief('date: "2024-02"', 'date: "2024-02-30"'), `${BRIEF}:15: claims[0].date: "2024-02-30" is not a real date; expected "YYYY", "YYYY-MM", "YYYY-MM-DD", or { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }`],
  ])('refuses %s', (_, edit, line) => {
    const lines = report(edit);
    expect(lines.some((l) => l.startsWith(line)), lines.join('\n')).toBe(true);
  });
});

describe('the body check', () => {
  it('names the line of a directive mistake, whatever the quoting', () => {
    const lines = report({ file: BRIEF, replace: 'Text with :cite[naba-2022-09].', with: 'Text with :cite[naba-2022-09].\n\n:::takeway\nx\n:::\n\n::chart{type=pie}\n\n::chart{type=region-map region=mali}' });
    expect(lines).toEqual([
      `${BRIEF}:29: :::takeway: unknown directive; expected one of :::takeaway, :::assessment, :::scenario`,
      `${BRIEF}:33: ::chart: type "pie"; expected one of fatalities-by-month | claims-by-perpetrator | region-map | actor-network`,
    ]);
  });

  it('says what a missing count needs, and accepts a claim only about abductions without one', () => {
    expect(report({ file: BRIEF, replace: '    killed: "over 50"\n', with: '' })).toContain(
      `${BRIEF}:13: claims[0].killed: missing; expected a killed figure in the counts grammar ("unknown" when people were killed but no number is given), or leave it out only when the claim gives wounded or abducted`,
    );
    expect(report({ file: BRIEF, replace: '    killed: "over 50"\n', with: '    abducted: 2\n' })).toEqual([]);
  });
});

describe('what a body may not publish', () => {
  const body = (text: string) => report({ file: BRIEF, replace: 'Text with :cite[naba-2022-09].', with: text });
  it.each([
    ['a script', 'A <script>alert(1)</script> here.', `${BRIEF}:27: raw HTML: found "<script>"; expected Markdown; the only HTML a body may hold is <sup>, <sub>, <abbr>, <kbd>, <mark>, <br> (abbr with a title="…")`],
    ['an image with onerror', '<img src=x onerror=alert(1)>', `${BRIEF}:27: raw HTML: found "<img src=x onerror=alert(1)>"; expected Markdown;`],
    ['an iframe in a list item', '- one\n- <iframe srcdoc="x"></iframe>', `${BRIEF}:28: raw HTML: found "<iframe srcdoc=\\"x\\"></iframe>"; expected Markdown;`],
    ['a javascript: link in a quote', '> see [x](javascript:alert(1))', `${BRIEF}:27: link: found "javascript:alert(1)"; expected an http:, https: or mailto: address, a path on the site (/…) or a #fragment`],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', `${BRIEF}:27: image: found "data:image/svg+xml;base64,PHN2Zz4="; expected an http:, https: or mailto: address`],
    ['a tab-split scheme', '[x](<java\tscript:alert(1)>)', `${BRIEF}:27: link: found "java\\tscript:alert(1)"; expected`],
    ['a figure with a script src', '::figure[c]{src="javascript:x" alt="a" source="s"}', `${BRIEF}:27: ::figure: src "javascript:x"; expected an http:, https: or mailto: address`],
    ['an unknown directive in a list item', '- one\n- :::takeway\n  x\n  :::', `${BRIEF}:28: :::takeway: unknown directive; expected one of :::takeaway, :::assessment, :::scenario`],
    ['a cite of a missing source in a list', '- as :cite[nope] said', `${BRIEF}:27: :cite: unknown source "nope"; expected the id of a source record in seeds/`],
    ['a directive mid-line', 'Before :chart{type=pie} after.', `${BRIEF}:27: :chart: unknown directive; expected one of :cite`],
    ['lists nested hundreds deep', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), `${BRIEF}:51: body: quotes, lists or indentation 50 characters deep; expected at most 48`],
    ['headings underlined hundreds of times', Array(25).fill('T\n===').join('\n\n'), `${BRIEF}:88: body: more than 20 headings underlined with "===" or "---"; expected "## " headings`],
    ['thousands of asterisks', `${'*'.repeat(5000)}x`, `${BRIEF}:27: body: 5000 "*" in a row; expected at most 32`],
  ])('refuses %s, naming the line from the top of the file', (_, text, line) => {
    const lines = body(text);
    expect(lines.some((l) => l.startsWith(line)), lines.join('\n')).toBe(true);
  });

  it('accepts the inline elements authors use', () => {
    expect(body('CO<sub>2</sub>, 10<sup>3</sup>, <abbr title="Group for the Support">GSIM</abbr>, <kbd>Ctrl</kbd>, <mark>this</mark>,<br>next. <!-- a note -->')).toEqual([]);
  });
});

describe('messages for missing and misspelt fields', () => {
  it('suggest a field of the same kind of file', () => {
    expect(report({ file: BRIEF, replace: 'authors:', with: 'author:' })).toContain(
      `${BRIEF}:7: author: unknown field "author" (did you mean "authors"?); expected only the fields the authoring guide lists`,
    );
  });

  it('say a claim date or perpetrators list is missing', () => {
    const lines = report({ file: BRIEF, replace: '    date: "2024-02"\n', with: '' }, { file: BRIEF, replace: '    perpetrators: [jnim]\n', with: '' });
    expect(lines).toContain(`${BRIEF}:13: claims[0].date: required field is missing; expected "YYYY", "YYYY-MM", "YYYY-MM-DD", or { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }`);
    expect(lines).toContain(`${BRIEF}:13: claims[0].perpetrators: required field is missing; expected a list`);
  });

  describe('gives every name and value a rule', () => {
    it.each([
      ['a blank title', inBrief('title: "A test brief"', 'title: "   "'), `${BRIEF}:2: title: found blank text; expected at least one word`],
      ['a claim after its brief', inBrief('date: "2024-02"', 'date: "3023-01"'), `${BRIEF}:15: claims[0].date: "3023-01" is after the brief's date 2024-03-01; expected a claim dated on or before its brief`],
      ['a time zone that does not exist', inBrief('dataCutoff: "2024-02-29T10:00Z"', 'dataCutoff: "2024-02-29T10:00+25:00"'), `${BRIEF}:6: dataCutoff: "2024-02-29T10:00+25:00" has the time zone +25:00, which no clock keeps; expected Z or an offset from -12:00 to +14:00`],
      ['a count beyond any toll', inBrief('killed: "over 50"', `killed: ${'9'.repeat(400)}`), `${BRIEF}:19: claims[0].killed: a number this large is more than a count can be; expected at most 10,000,000`],
      ['a count that would lose digits', inBrief('killed: "over 50"', 'killed: "9007199254740993"'), `${BRIEF}:19: claims[0].killed: 9007199254740993 is more than a count can be; expected at most 10,000,000`],
      ['a country code that is none', { file: 'content/regions/mali.yaml', replace: 'country: MLI', with: 'country: XXX' }, 'content/regions/mali.yaml:2: country: "XXX" is not a country code; expected ISO 3166-1 alpha-3, like "MLI"'],
      ['a relation date that is none', { file: 'content/actors/jnim.md', replace: 'actor: wagner-group }', with: 'actor: wagner-group, from: "2017-13" }' }, 'content/actors/jnim.md:8: relations[0].from: "2017-13" is not a real date; expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
      ['an actor related to itself', { file: 'content/actors/jnim.md', replace: 'actor: wagner-group }', with: 'actor: jnim }' }, 'content/actors/jnim.md:8: relations[0].actor: "jnim" is this actor itself; expected another actor\'s id'],
      ['a source with an actor\'s id', { file: 'seeds/jnim.yaml', write: readFileSync(join(import.meta.dirname, '../../tests/fixtures/minimal/seeds/naba-2022-09.yaml'), 'utf8') }, 'seeds/jnim.yaml:1: the id "jnim" is also the actor content/actors/jnim.md; expected ids unique across actors, regions, series and sources'],
      ['a YAML escape of a control character', inBrief('summary: "One line."', 'summary: "One \\e line."'), `${BRIEF}:8: the control character U+001B (ESC) (written as an escape); expected text without control characters other than tab and line feed`],
      ['a brief in another year\'s folder', { file: 'content/briefs/2023/2024-03-08-second.md', write: 'x' }, 'content/briefs/2023/2024-03-08-second.md:1: a brief of 2024 in the folder 2023/; expected it in content/briefs/2024/'],
      ['a brief with capitals in its name', { file: 'content/briefs/2024/2024-03-08-Second.md', write: 'x' }, "content/briefs/2024/2024-03-08-Second.md:1: not a brief's file name; expected content/briefs/YYYY/YYYY-MM-DD-slug.md (or YYYY-MM-DD-slug/index.md with its pictures beside it), the slug in lower-case letters a-z, digits and hyphens, in the folder of its year"],
      ['a .markdown brief', { file: 'content/briefs/2024/2024-03-08-second.markdown', write: 'x' }, "content/briefs/2024/2024-03-08-second.markdown:1: not a brief's file name; expected content/briefs/YYYY/YYYY-MM-DD-slug.md (or YYYY-MM-DD-slug/index.md with its pictures beside it), the slug in lower-case letters a-z, digits and hyphens, in the folder of its year"],
      ['a picture in a folder without its brief', { file: 'content/briefs/2024/2024-03-08-bundle/photo.jpg', write: '' }, 'content/briefs/2024/2024-03-08-bundle/photo.jpg:1: a picture in a folder without its brief; expected content/briefs/2024/2024-03-08-bundle/index.md beside it'],
      ['a stray file beside the actors', { file: 'content/actors/notes.txt', write: 'x' }, 'content/actors/notes.txt:1: not a file of content/actors/; expected content/actors/ID.md, the id in lower-case letters a-z, digits and hyphens, at most 80 characters, with no folder between'],
    ])('refuses %s', (_, edit, line) => {
      expect(report(edit).filter((l) => l.startsWith(line.slice(0, line.indexOf(': ') + 2)))).toEqual([line]);
    });

    it('reads a page-bundle brief as its folder\'s name, with its pictures beside it', () => {
      const text = readFileSync(join(import.meta.dirname, '../../tests/fixtures/minimal', BRIEF), 'utf8').replace('issue: 1', 'issue: 2').replace(/menaka-claim/g, 'bundle-claim');
      const bundle = { file: 'content/briefs/2024/2024-03-08-bundle/index.md', write: text };
      const { root: withBundle, cleanup: done } = contentWith(bundle, { file: 'content/briefs/2024/2024-03-08-bundle/photo-1.jpg', write: '' });
      cleanups.push(done);
      const result = validateContent(withBundle);
      expect(formatIssues(result.issues)).toBe('');
      expect(result.content.briefs.map((b) => b.id)).toEqual(['2024-03-01-test-brief', '2024-03-08-bundle']);
    });

    it('refuses a drawing in public/ that is not static, at the line of its ::figure and its own line, and reads nothing it names', () => {
      const figure = (name: string) => `\n\n::figure{src="/figures/${name}.svg" alt="A drawing" source="Desk"}`;
      const svg = (inner: string, size = 'width="400" height="300"') => `<svg xmlns="http://www.w3.org/2000/svg" ${size}>\n<title>t</title>\n${inner}\n</svg>\n`;
      const { root, cleanup } = contentWith(
        inBrief('Text with :cite[naba-2022-09].', `Text with :cite[naba-2022-09].${figure('fine')}${figure('leak')}${figure('script')}${figure('huge')}${figure('laughs')}`),
        { file: 'public/figures/fine.svg', write: svg('<rect width="10" height="10"/>') },
        { file: 'public/figures/leak.svg', write: svg('<image href="/etc/hostname" width="400" height="300"/>') },
        { file: 'public/figures/script.svg', write: svg('<rect width="10" height="10" onclick="alert(1)"/>') },
        { file: 'public/figures/huge.svg', write: svg('', 'width="1000000000" height="1000000000"') },
        { file: 'public/figures/laughs.svg', write: `<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "lol">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n${svg('<text>&b;</text>')}` },
      );
      cleanups.push(cleanup);
      const expected = 'expected a static drawing: shapes, text, groups, styles, gradients and patterns, referring only to its own parts ("#id")';
      expect(formatIssues(validateContent(root).issues).split('\n')).toEqual([
        `${BRIEF}:31: ::figure: src "/figures/leak.svg": public/figures/leak.svg:3 has the element <image>; ${expected}`,
        `${BRIEF}:33: ::figure: src "/figures/script.svg": public/figures/script.svg:3 has an event attribute onclick on <rect>; ${expected}`,
        `${BRIEF}:35: ::figure: src "/figures/huge.svg": public/figures/huge.svg:1 is 1000000000 × 1000000000 pixels; expected each side between 16 and 2000`,
        `${BRIEF}:37: ::figure: src "/figures/laughs.svg": public/figures/laughs.svg:8 is not well-formed XML (Named entity isn't defined: &b;); expected an SVG file as a drawing program saves it`,
      ]);
    });

    it('refuses links in content/, seeds/ and public/, never following them', () => {
      const { root, cleanup } = contentWith({ file: 'public/figures/ok.svg', write: '<svg/>' });
      cleanups.push(cleanup);
      symlinkSync('/etc/hostname', join(root, 'public/figures/leak.svg'));
      symlinkSync('/etc', join(root, 'content/actors/etc'));
      symlinkSync(join(root, BRIEF), join(root, 'content/briefs/2024/2024-03-08-linked.md'));
      expect(formatIssues(validateContent(root).issues).split('\n')).toEqual([
        'content/actors/etc:1: a symbolic link; expected a file (links are never followed, so nothing outside the project is published)',
        'content/briefs/2024/2024-03-08-linked.md:1: a symbolic link; expected a file (links are never followed, so nothing outside the project is published)',
        'public/figures/leak.svg:1: a symbolic link; expected a file (links are never followed, so nothing outside the project is published)',
      ]);
    });
  });
});
