import assert from 'node:assert/strict';
import path from 'node:path';
import { APP_URL, ROOT } from '../portal.mjs';
import { signInAsGuest, openEntityTab, screenshot } from '../browser.mjs';

const STATUSES = /^(ok|at-risk|frozen|no-data)$/;

/**
 * Guest opens checkout-api → Reliability and sees the release gate, its SLOs
 * (from the demo's OpenSLO file and SLI samples) with budget bars and burn
 * chips, and the burndown of the selected SLO drawn as an SVG line.
 */
export async function reliabilityTabShowsSlos(page) {
  await signInAsGuest(page, APP_URL);
  await openEntityTab(page, 'component', 'checkout-api', 'Reliability');

  const banner = page.getByTestId('release-gate-banner');
  await banner.waitFor({ timeout: 60_000 });
  assert.match(await banner.getAttribute('data-decision'), /^(allow|deny)$/);
  assert.match(await banner.getAttribute('data-status'), STATUSES);
  assert.ok((await banner.getByTestId('release-gate-reason').count()) >= 1, 'the gate says why');
  // The code block is highlighted by a lazily loaded component: poll until it shows.
  const curlBox = banner.getByTestId('release-gate-curl');
  const curl = /curl -fsS[\s\S]*\/v1\/gate\?entityRef=component:default\/checkout-api&changeType=feature/;
  for (let i = 0; i < 60 && !curl.test(await curlBox.innerText()); i++) {
    await page.waitForTimeout(500);
  }
  assert.match(await curlBox.innerText(), curl);

  const rows = page.locator('[data-testid^="slo-row-"]');
  await rows.first().waitFor({ timeout: 60_000 });
  assert.ok((await rows.count()) >= 1, 'expected at least one SLO row');
  const first = rows.first();
  await first.getByTestId('slo-budget-bar').waitFor({ timeout: 10_000 });
  for (const window of ['1h', '6h', '3d']) {
    await first.getByTestId(`slo-burn-chip-${window}`).waitFor({ timeout: 10_000 });
  }

  const chart = page.getByTestId('slo-burndown-chart');
  await chart.waitFor({ timeout: 60_000 });
  const line = chart.locator('svg path.recharts-line-curve');
  await line.first().waitFor({ timeout: 30_000 });
  assert.match(await line.first().getAttribute('d'), /^M[\d.\-]+,[\d.\-]+[LC]/, 'the budget line has points');

  await banner.scrollIntoViewIfNeeded();
  await screenshot(page, 'reliability-tab.png');
}

/** The overview page shows the error budget card: worst status, a budget bar per SLO, the gate. */
export async function overviewShowsErrorBudgetCard(page) {
  await signInAsGuest(page, APP_URL);
  await page.goto(`${APP_URL}/catalog/default/component/checkout-api`);

  const content = page.getByTestId('entity-error-budget-card');
  await content.locator('[data-testid="slo-budget-bar"]').first().waitFor({ timeout: 60_000 });
  assert.match(await content.getByTestId('slo-status').first().getAttribute('data-status'), STATUSES);
  const gate = content.getByTestId('error-budget-card-gate');
  await page.waitForFunction(
    el => el.getAttribute('data-decision') !== null,
    await gate.elementHandle(),
    { timeout: 30_000 },
  );

  // Just the card, for the README.
  const card = content.locator('xpath=ancestor::div[contains(@class, "MuiCard-root")][1]');
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'error-budget-card.png') });
}
