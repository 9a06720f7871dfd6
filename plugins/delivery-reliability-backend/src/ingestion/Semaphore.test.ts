import { Semaphore } from './Semaphore';

describe('Semaphore', () => {
  it('runs at most `limit` tasks at once, in arrival order', async () => {
    const gate = new Semaphore(2);
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const task = (name: string, ms: number) =>
      gate.run(async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        log.push(`start ${name}`);
        await new Promise(r => setTimeout(r, ms));
        running -= 1;
        return name;
      });
    const results = await Promise.all([
      task('a', 30),
      task('b', 10),
      task('c', 10),
      task('d', 10),
    ]);
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    expect(maxRunning).toBe(2);
    // c and d start only as a and b free their slots.
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d']);
  });

  it('frees the slot when a task fails', async () => {
    const gate = new Semaphore(1);
    await expect(
      gate.run(async () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });
});
