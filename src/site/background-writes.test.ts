import { describe, expect, it } from 'vitest';
import { BackgroundWrites } from './background-writes.ts';

describe('BackgroundWrites', () => {
  it('waits for every write, however late it ends', async () => {
    const writes = new BackgroundWrites();
    const done: string[] = [];
    writes.add(new Promise((resolve) => setTimeout(() => resolve(done.push('slow')), 20)));
    writes.add(Promise.resolve().then(() => done.push('quick')));
    await writes.settled();
    expect(done.sort()).toEqual(['quick', 'slow']);
  });

  it('fails when a write fails, and only when waited for (the process is not ended first)', async () => {
    const writes = new BackgroundWrites();
    writes.add(Promise.reject(new Error('ENOSPC: no space left on device')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(writes.settled()).rejects.toThrow('ENOSPC');
  });
});
