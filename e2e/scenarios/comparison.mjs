import assert from 'node:assert/strict';
import fs from 'node:fs';
import { APP_URL } from '../portal.mjs';
import { signInAsGuest, screenshot } from '../browser.mjs';

const TEAMS = ['team-checkout', 'team-ledger', 'team-discovery'];

/** Opens the comparison page from the sidebar and returns the API's answer. */
async function openComparison(page) {
  // A lead's wide screen: the table's eleven columns side by side.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signInAsGuest(page, APP_URL);
  const answer = page.waitForResponse(r => r.url().includes('/v1/comparison?'), { timeout: 60_000 });
  await page.getByRole('link', { name: 'Delivery & Reliability' }).first().click();
  await page.waitForURL(/\/delivery-reliability$/);
  const response = await answer;
  assert.equal(response.status(), 200);
  return response.json();
}

const teamRow = (page, team) => page.getByRole('row', { name: team, exact: true });

/**
 * A lead opens "Delivery & Reliability" in the sidebar: DORA's caution, which
 * teams should focus on speed and which on stability, and a row per team
 * whose figures are the union of its services' (deployments add up),
 * expandable to those services; the CSV export holds the rows shown.
 */
export async function comparisonPageComparesTeams(page) {
  const comparison = await openComparison(page);
  await page.getByTestId('dora-caution').waitFor({ timeout: 30_000 });
  const summary = page.getByTestId('verdict-summary');
  await summary.waitFor({ timeout: 30_000 });

  for (const team of TEAMS) {
    const row = teamRow(page, team);
    await row.waitFor({ timeout: 30_000 });
    const data = comparison.teams.find(t => t.entityRef === `group:default/${team}`);
    assert.ok(data, `${team} is in the API answer`);
    assert.equal(await row.getByTestId('comparison-verdict').getAttribute('data-verdict'), data.verdict.kind);
    // A team counts the union of its services' events: counts add up.
    const services = comparison.services.filter(s => data.serviceRefs.includes(s.entityRef));
    const sum = services.reduce((n, s) => n + s.dora.deploymentFrequency.deployments, 0);
    assert.equal(data.dora.deploymentFrequency.deployments, sum, `${team} deployments = sum of its services'`);
    assert.ok(data.dora.deploymentFrequency.deployments > 0, `${team} deployed in the window`);
  }
  // The summary names each team under its verdict.
  const summaryText = await summary.innerText();
  for (const team of TEAMS) assert.ok(summaryText.includes(team), `summary names ${team}`);
  // Every team's services have SLOs: none is left without a status.
  for (const team of TEAMS) {
    const data = comparison.teams.find(t => t.entityRef === `group:default/${team}`);
    assert.ok(data.slo.objectives >= 2, `${team} has the SLOs of its services (${data.slo.objectives})`);
  }
  await screenshot(page, 'comparison-page.png');

  const checkout = teamRow(page, 'team-checkout');
  await checkout.getByRole('button', { name: /show services of team-checkout/i }).click();
  assert.equal(await checkout.getAttribute('aria-expanded'), 'true');
  for (const service of ['checkout-api', 'payments-gateway']) {
    await page.getByRole('row', { name: service, exact: true }).first().waitFor({ timeout: 10_000 });
  }
  await checkout.scrollIntoViewIfNeeded();
  await screenshot(page, 'comparison-services.png');

  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: /export csv/i }).click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  const lines = csv.trim().split(/\r\n/);
  assert.match(lines[0], /^kind,entityRef,/);
  for (const team of TEAMS) assert.ok(csv.includes(`group:default/${team}`), `CSV holds ${team}`);
  assert.ok(csv.includes('component:default/checkout-api'), 'CSV holds the services');
}

/**
 * The speed-vs-stability scatter plots every team in a labelled quadrant;
 * each point links to its entity.
 */
export async function scatterLinksTeams(page) {
  await openComparison(page);
  const scatter = page.getByTestId('speed-stability-scatter');
  await scatter.waitFor({ timeout: 60_000 });
  await scatter.scrollIntoViewIfNeeded();
  assert.equal(await scatter.getByTestId('scatter-quadrant').count(), 4, 'four quadrant labels');
  const symbols = scatter.locator('.recharts-scatter-symbol');
  await symbols.first().waitFor({ timeout: 30_000 });
  assert.ok((await symbols.count()) >= TEAMS.length, 'a point per team');
  const quadrants = (await scatter.getByTestId('scatter-quadrant').allInnerTexts()).join(' ');
  assert.match(quadrants, /keep going/i);
  assert.match(quadrants, /stabilise first/i);
  await screenshot(page, 'comparison-scatter.png');

  const links = page.getByTestId('scatter-points');
  await links.getByRole('link', { name: /team-discovery/ }).first().click();
  await page.waitForURL(/\/catalog\/default\/group\/team-discovery/, { timeout: 30_000 });
}
