import assert from 'node:assert/strict';
import { APP_URL } from '../portal.mjs';
import { signInAsGuest, openEntityTab, screenshot } from '../browser.mjs';

const METRICS = [
  'deploymentFrequency',
  'leadTimeForChanges',
  'changeFailureRate',
  'failedDeploymentRecoveryTime',
  'deploymentReworkRate',
];

/** The Delivery tab shows the five metrics with tiers naming the table, and a trend chart. */
export async function deliveryTabShowsDoraTiles(page) {
  await signInAsGuest(page, APP_URL);
  await openEntityTab(page, 'component', 'checkout-api', 'Delivery');
  for (const metric of METRICS) {
    await page.getByTestId(`dora-tile-${metric}`).waitFor({ timeout: 60_000 });
  }
  const badges = page.getByTestId('dora-tier-badge');
  await badges.first().waitFor({ timeout: 30_000 });
  // Four metrics have tiers (rework rate has none); each badge names the table.
  assert.ok((await badges.count()) >= 3, 'expected tier badges on the tiles');
  assert.match(await badges.first().innerText(), /(elite|high|medium|low).*2023/i);
  await page.getByTestId('dora-trend-chart').first().waitFor({ timeout: 30_000 });
  assert.ok(await page.locator('[data-testid="dora-trend-chart"] svg').count() > 0, 'chart renders an svg');
  await screenshot(page, 'delivery-tab.png');
}

/** The team's Delivery tab shows its tiles and a breakdown row per owned service. */
export async function groupTabShowsTeam(page) {
  await signInAsGuest(page, APP_URL);
  await openEntityTab(page, 'group', 'team-checkout', 'Delivery');
  await page.getByTestId('dora-tile-deploymentFrequency').waitFor({ timeout: 60_000 });
  const table = page.getByTestId('team-breakdown-table');
  await table.waitFor({ timeout: 60_000 });
  for (const service of ['checkout-api', 'payments-gateway']) {
    await table.getByRole('link', { name: service }).first().waitFor({ timeout: 30_000 });
  }
  await screenshot(page, 'team-delivery-tab.png');
}
