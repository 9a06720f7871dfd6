import { deploymentFrequency } from './deploymentFrequency';
import { DoraDeployment } from './types';
import { isInWindow, windowDays } from './window';

const T = Date.parse('2026-03-01T00:00:00Z');
const H = 3_600_000;
const D = 24 * H;
const week = { fromMs: T, toMs: T + 7 * D };

function dep(
  id: string,
  finishedAtMs: number,
  extra: Partial<DoraDeployment> = {},
): DoraDeployment {
  return {
    id,
    entityRef: 'component:default/checkout',
    environment: 'production',
    status: 'succeeded',
    finishedAtMs,
    rollback: false,
    hotfix: false,
    changeIds: [],
    ...extra,
  };
}

const deployments = [
  dep('before', T - 1), // 1 ms before `from`: previous window
  dep('at-from', T), // exactly at `from`: counts
  dep('p2', T + D),
  dep('rollback', T + 2 * D, { rollback: true }), // rollbacks are production deployments too
  dep('staging', T + 3 * D, { environment: 'staging' }), // not production
  dep('failed', T + 3 * D, { status: 'failed' }), // not succeeded
  dep('at-to', T + 7 * D), // exactly at `to`: next window
];

describe('deploymentFrequency', () => {
  it('counts succeeded production deployments (rollbacks too) finished in [from, to)', () => {
    // at-from, p2, rollback = 3 deployments over 7 days: 3 / 7 = 0.428571… per day
    expect(deploymentFrequency({ deployments }, week)).toEqual({
      deployments: 3,
      days: 7,
      perDay: 3 / 7,
    });
  });

  it('uses the configured production environments', () => {
    // staging now counts as well: 4 / 7 per day
    const result = deploymentFrequency({ deployments }, week, {
      productionEnvironments: ['production', 'staging'],
    });
    expect(result.deployments).toBe(4);
    expect(result.perDay).toBeCloseTo(4 / 7, 12);
  });

  it('reports a measured zero for an empty week and null only for an empty window', () => {
    expect(deploymentFrequency({ deployments: [] }, week)).toEqual({
      deployments: 0,
      days: 7,
      perDay: 0,
    });
    expect(
      deploymentFrequency({ deployments }, { fromMs: T, toMs: T }),
    ).toEqual({
      deployments: 0,
      days: 0,
      perDay: null,
    });
  });

  it('rejects a window that ends before it starts', () => {
    expect(() =>
      deploymentFrequency({ deployments }, { fromMs: T, toMs: T - 1 }),
    ).toThrow(RangeError);
  });
});

describe('window helpers', () => {
  it('are half-open and measure fractional days', () => {
    expect(isInWindow(T, week)).toBe(true);
    expect(isInWindow(T + 7 * D - 1, week)).toBe(true);
    expect(isInWindow(T + 7 * D, week)).toBe(false);
    // 36 hours = 1.5 days
    expect(windowDays({ fromMs: T, toMs: T + 36 * H })).toBe(1.5);
  });
});
