import assert from 'node:assert/strict';
import { APP_URL, BACKEND_URL } from '../portal.mjs';
import { signInAsGuest, openEntityTab } from '../browser.mjs';
import { doraByHand } from '../handCount/doraByHand.mjs';

const API = `${BACKEND_URL}/api/delivery-reliability/v1`;

/** Every page of a listing, 500 rows at a time. */
async function listAll(request, headers, path) {
  const items = [];
  for (let offset = 0; ; offset += 500) {
    const res = await request.get(`${API}${path}?limit=500&offset=${offset}`, { headers });
    assert.equal(res.status(), 200, `${path} answered ${res.status()}`);
    const page = await res.json();
    items.push(...page.items);
    if (items.length >= page.totalCount || page.items.length === 0) return items;
  }
}

const close = (actual, expected, relative, label) => {
  if (expected === null) return assert.equal(actual, null, label);
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected) + 1e-9, `${label}: ${actual} vs by hand ${expected}`);
};

/**
 * Every metric of the Delivery tab can be reproduced by hand from the
 * deployments and incidents the same tab lists: counts exactly, quantiles
 * within the sketches' 1 %.
 */
export async function doraTilesReproduceByHand(page) {
  await signInAsGuest(page, APP_URL);
  // The tab's own request carries the guest's token; reuse it for the listings.
  const doraRequest = page.waitForRequest(r => r.url().includes('/v1/dora?'), { timeout: 60_000 });
  await openEntityTab(page, 'component', 'checkout-api', 'Delivery');
  const headers = { authorization: (await doraRequest).headers().authorization };

  // A closed 30-day window ending at today's UTC midnight: the demo's live
  // events (now) cannot change it while we count.
  const to = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
  const from = new Date(to.getTime() - 30 * 86_400_000);
  const window = { from: from.toISOString(), to: to.toISOString() };
  const ref = 'component:default/checkout-api';
  const res = await page.request.get(
    `${API}/dora?entityRef=${encodeURIComponent(ref)}&from=${window.from}&to=${window.to}`,
    { headers },
  );
  assert.equal(res.status(), 200);
  const { metrics } = await res.json();

  const deployments = await listAll(page.request, headers, '/entities/component/default/checkout-api/deployments');
  const incidents = await listAll(page.request, headers, '/entities/component/default/checkout-api/incidents');
  const hand = doraByHand(deployments.filter(d => Date.parse(d.finishedAt) < to.getTime()), incidents, window);

  assert.ok(hand.deploymentFrequency.deployments > 0, 'the demo service deployed in the window');
  assert.equal(metrics.deploymentFrequency.deployments, hand.deploymentFrequency.deployments);
  close(metrics.deploymentFrequency.perDay, hand.deploymentFrequency.perDay, 1e-9, 'deployments per day');
  assert.equal(metrics.leadTimeForChanges.n, hand.leadTimeForChanges.n, 'lead time n');
  close(metrics.leadTimeForChanges.p50Seconds, hand.leadTimeForChanges.p50Seconds, 0.01, 'lead time p50');
  close(metrics.leadTimeForChanges.p90Seconds, hand.leadTimeForChanges.p90Seconds, 0.01, 'lead time p90');
  assert.deepEqual(
    [metrics.changeFailureRate.deployments, metrics.changeFailureRate.failed],
    [hand.changeFailureRate.deployments, hand.changeFailureRate.failed],
    'change failure rate counts',
  );
  assert.deepEqual(
    [metrics.failedDeploymentRecoveryTime.failed, metrics.failedDeploymentRecoveryTime.unresolved, metrics.failedDeploymentRecoveryTime.n],
    [hand.failedDeploymentRecoveryTime.failed, hand.failedDeploymentRecoveryTime.unresolved, hand.failedDeploymentRecoveryTime.n],
    'recovery time counts',
  );
  close(metrics.failedDeploymentRecoveryTime.p50Seconds, hand.failedDeploymentRecoveryTime.p50Seconds, 0.01, 'recovery p50');
  assert.deepEqual(
    [metrics.deploymentReworkRate.deployments, metrics.deploymentReworkRate.unplanned],
    [hand.deploymentReworkRate.deployments, hand.deploymentReworkRate.unplanned],
    'rework rate counts',
  );
  return { window, hand };
}
