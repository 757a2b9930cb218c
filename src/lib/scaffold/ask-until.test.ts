import { describe, expect, it } from 'vitest';
import { askUntil } from './ask-until.ts';

const seriesProblem = (answer: string) => (['mw-weekly', 'africa-file'].includes(answer) ? undefined : answer ? `"${answer}" is not a series; expected one of mw-weekly, africa-file.` : 'A series is needed; expected one of mw-weekly, africa-file.');

describe('askUntil', () => {
  it('asks again after each answer it cannot take, saying why', async () => {
    const answers = ['', 'weekly', ' mw-weekly '];
    const said: string[] = [];
    const asked: string[] = [];
    const series = await askUntil(async (q) => (asked.push(q), answers.shift()!), (line) => said.push(line), 'Series (mw-weekly, africa-file): ', seriesProblem);
    expect(series).toBe('mw-weekly');
    expect(asked).toHaveLength(3);
    expect(said).toEqual(['A series is needed; expected one of mw-weekly, africa-file.', '"weekly" is not a series; expected one of mw-weekly, africa-file.']);
  });
  it('takes a good answer given already without asking, and says why it asks when one was bad', async () => {
    const said: string[] = [];
    expect(await askUntil(async () => 'x', (l) => said.push(l), 'Q: ', seriesProblem, 'africa-file')).toBe('africa-file');
    expect(await askUntil(async () => 'mw-weekly', (l) => said.push(l), 'Q: ', seriesProblem, 'af')).toBe('mw-weekly');
    expect(said).toEqual(['"af" is not a series; expected one of mw-weekly, africa-file.']);
  });
});
