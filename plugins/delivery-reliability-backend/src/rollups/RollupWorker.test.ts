import { mockServices } from '@backstage/backend-test-utils';
import { RollupWorker } from './RollupWorker';

describe('RollupWorker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs once after nudges pause, and at the latest after maxDelayMs', async () => {
    const work = jest.fn(async () => {});
    const worker = new RollupWorker(work, mockServices.logger.mock(), {
      quietMs: 100,
      maxDelayMs: 250,
    });
    worker.nudge();
    await jest.advanceTimersByTimeAsync(50);
    worker.nudge();
    await jest.advanceTimersByTimeAsync(99);
    expect(work).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(1);

    // Steady nudges every 50 ms never pause: the run comes after 250 ms.
    for (let t = 0; t < 240; t += 50) {
      worker.nudge();
      await jest.advanceTimersByTimeAsync(50);
    }
    expect(work).toHaveBeenCalledTimes(2);
    await worker.stop();
  });

  it('runs again when asked during a run, logs failures and keeps going', async () => {
    const logger = mockServices.logger.mock();
    let release = () => {};
    const work = jest
      .fn()
      .mockImplementationOnce(() => new Promise<void>(r => (release = r)))
      .mockRejectedValueOnce(new Error('database away'))
      .mockResolvedValue(undefined);
    const worker = new RollupWorker(work, logger);
    const first = worker.runNow();
    const joined = worker.runNow();
    release();
    await Promise.all([first, joined]);
    expect(work).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('database away'),
    );
    await worker.runNow();
    expect(work).toHaveBeenCalledTimes(3);
    await worker.stop();
    worker.nudge();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(work).toHaveBeenCalledTimes(3);
  });
});
