import { forEachLimited } from './forEachLimited';

describe('forEachLimited', () => {
  it('runs every item, collects failures, and starts none after abort', async () => {
    const controller = new AbortController();
    const ran: number[] = [];
    const failures = await forEachLimited(
      [1, 2, 3, 4],
      1,
      async n => {
        ran.push(n);
        if (n === 2) {
          controller.abort();
          throw new Error('boom');
        }
      },
      controller.signal,
    );
    expect(ran).toEqual([1, 2]);
    expect(failures.map(f => f.item)).toEqual([2]);
  });
});
