import { computeDoraMetrics } from './computeDoraMetrics';
import { classifyFailedDeployments } from './failedDeployments';
import { leadTimeSamples } from './leadTime';
import { productionDeploymentsOf } from './production';
import { nearestRankQuantile } from './quantile';
import { recoveryTimeSamples } from './recoveryTime';
import { unplannedDeploymentIds } from './reworkRate';
import { doraMetricsFromTotals } from './totals';
import { DoraDeployment, DoraIncident, DoraInput } from './types';
import { isInWindow } from './window';

const DAY = 86_400_000;
const svc = 'component:default/checkout';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInput(seed: number): DoraInput {
  const random = prng(seed);
  const at = () => Math.floor(random() * 40 * DAY);
  const deployments: DoraDeployment[] = Array.from({ length: 60 }, (_, i) => ({
    id: `d${i}`,
    entityRef: svc,
    environment: random() < 0.8 ? 'production' : 'staging',
    status: random() < 0.9 ? 'succeeded' : 'failed',
    finishedAtMs: at(),
    rollback: random() < 0.1,
    hotfix: random() < 0.1,
    changeIds: [`c${i}`, `c${(i * 7) % 60}`],
  }));
  const changes = Array.from({ length: 60 }, (_, i) => ({
    id: `c${i}`,
    entityRef: svc,
    firstCommitAtMs: at() - 3 * DAY,
  }));
  const incidents: DoraIncident[] = Array.from({ length: 15 }, (_, i) => {
    const startedAtMs = at();
    return {
      id: `i${i}`,
      entityRef: svc,
      startedAtMs,
      ...(random() < 0.8 && { resolvedAtMs: startedAtMs + at() / 10 }),
      ...(random() < 0.3 && { deploymentId: `d${Math.floor(random() * 60)}` }),
      ...(random() < 0.3 && {
        fixedByDeploymentId: `d${Math.floor(random() * 60)}`,
      }),
    };
  });
  return { deployments, changes, incidents };
}

describe('doraMetricsFromTotals', () => {
  it.each([1, 2, 3, 4, 5])(
    'equals computeDoraMetrics when totals come from the per-sample functions (seed %p)',
    seed => {
      const input = randomInput(seed);
      const window = { fromMs: 10 * DAY, toMs: 30 * DAY };
      const failures = classifyFailedDeployments(input);
      const unplanned = unplannedDeploymentIds(input);
      const inWindow = productionDeploymentsOf(input.deployments).filter(d =>
        isInWindow(d.finishedAtMs, window),
      );
      const lead = leadTimeSamples(input, window)
        .map(s => s.leadTimeSeconds)
        .sort((a, b) => a - b);
      const recovery = recoveryTimeSamples(input, window);
      const measured = recovery
        .flatMap(s => (s.recoverySeconds === null ? [] : [s.recoverySeconds]))
        .sort((a, b) => a - b);
      const totals = {
        deployments: inWindow.length,
        failed: inWindow.filter(d => failures.has(d.id)).length,
        unplanned: inWindow.filter(d => unplanned.has(d.id)).length,
        leadTime: {
          n: lead.length,
          p50Seconds: nearestRankQuantile(lead, 0.5),
          p90Seconds: nearestRankQuantile(lead, 0.9),
        },
        recovery: {
          failed: recovery.length,
          unresolved: recovery.length - measured.length,
          n: measured.length,
          p50Seconds: nearestRankQuantile(measured, 0.5),
        },
      };
      expect(doraMetricsFromTotals(totals, window)).toEqual(
        computeDoraMetrics(input, window),
      );
    },
  );

  it('answers null rates for an empty window and a zero-length one', () => {
    const empty = {
      deployments: 0,
      failed: 0,
      unplanned: 0,
      leadTime: { n: 0, p50Seconds: null, p90Seconds: null },
      recovery: { failed: 0, unresolved: 0, n: 0, p50Seconds: null },
    };
    const metrics = doraMetricsFromTotals(empty, { fromMs: 0, toMs: DAY });
    expect(metrics.deploymentFrequency).toEqual({
      deployments: 0,
      days: 1,
      perDay: 0,
    });
    expect(metrics.changeFailureRate.ratio).toBeNull();
    expect(metrics.deploymentReworkRate.ratio).toBeNull();
    expect(
      doraMetricsFromTotals(empty, { fromMs: DAY, toMs: DAY })
        .deploymentFrequency.perDay,
    ).toBeNull();
  });
});
