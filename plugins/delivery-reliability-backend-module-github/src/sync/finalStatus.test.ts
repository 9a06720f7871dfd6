import { deploymentOutcome } from './finalStatus';

const s = (state: string, minute: number) => ({
  state,
  created_at: `2026-01-01T10:${String(minute).padStart(2, '0')}:00Z`,
});

describe('deploymentOutcome', () => {
  it('takes the newest final status, ignoring later inactive', () => {
    expect(
      deploymentOutcome([
        s('inactive', 30),
        s('success', 10),
        s('in_progress', 5),
      ]),
    ).toEqual({
      final: true,
      status: 'succeeded',
      at: s('success', 10),
    });
  });
  it('maps failure and error to failed', () => {
    expect(deploymentOutcome([s('error', 3)])).toMatchObject({
      status: 'failed',
    });
    expect(deploymentOutcome([s('failure', 3), s('queued', 1)])).toMatchObject({
      status: 'failed',
    });
  });
  it('waits while only queued, pending or in_progress, and skips malformed statuses', () => {
    expect(
      deploymentOutcome([
        s('queued', 1),
        s('in_progress', 2),
        { state: 'success' },
      ]),
    ).toEqual({ final: false });
  });
});
