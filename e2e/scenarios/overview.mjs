import assert from 'node:assert/strict';
import { APP_URL, BACKEND_URL } from '../portal.mjs';
import { signInAsGuest, openEntityTab, screenshot } from '../browser.mjs';
import { verdictByHand } from '../handCount/verdictByHand.mjs';

const API = `${BACKEND_URL}/api/delivery-reliability/v1`;
const KINDS = /^(keep-going|ship-more-often|stabilise|stabilise-first|not-enough-data)$/;
const LABELS = {
  'keep-going': 'keep going',
  'ship-more-often': 'ship more often',
  stabilise: 'stabilise',
  'stabilise-first': 'stabilise first',
  'not-enough-data': 'not enough data',
};

/**
 * Guest opens a service's "Delivery & Reliability" tab: the verdict with its
 * reasons, the DORA tiles next to the SLO budgets, and the deployments that
 * burned budget. The verdict is re-derived by hand from the /v1/dora and
 * /v1/slos answers for the same window.
 */
export async function overviewTabShowsVerdict(page) {
  await signInAsGuest(page, APP_URL);
  const verdictRequest = page.waitForRequest(r => r.url().includes('/v1/verdict?'), { timeout: 60_000 });
  await openEntityTab(page, 'component', 'search-api', 'Delivery & Reliability');
  const request = await verdictRequest;
  const headers = { authorization: request.headers().authorization };

  const banner = page.getByTestId('verdict-banner');
  await banner.waitFor({ timeout: 60_000 });
  const kind = await banner.getAttribute('data-kind');
  assert.match(kind, KINDS);
  const headline = await banner.getByTestId('verdict-headline').innerText();
  assert.ok(headline.toLowerCase().startsWith(LABELS[kind]), `headline "${headline}" names the verdict ${kind}`);
  assert.ok((await banner.getByTestId('verdict-reason').count()) >= 2, 'the verdict gives its reasons');

  // The same window through the plain DORA and SLO APIs, judged by hand.
  const query = new URL(request.url()).searchParams;
  const ref = query.get('entityRef');
  const window = `from=${query.get('from')}&to=${query.get('to')}`;
  const dora = await (await page.request.get(`${API}/dora?entityRef=${ref}&${window}`, { headers })).json();
  const slos = await (await page.request.get(`${API}/slos?entityRef=${ref}`, { headers })).json();
  assert.equal(kind, verdictByHand(dora.metrics, slos.slos), `verdict ${kind} re-derived by hand`);

  const delivery = page.getByTestId('overview-delivery');
  await delivery.getByTestId('dora-tile-deploymentFrequency').waitFor({ timeout: 60_000 });
  const reliability = page.getByTestId('overview-reliability');
  await reliability.locator('[data-testid="slo-budget-bar"]').first().waitFor({ timeout: 60_000 });

  const burnList = page.getByTestId('deployment-burn-list');
  await burnList.waitFor({ timeout: 60_000 });
  await banner.scrollIntoViewIfNeeded();
  await screenshot(page, 'overview-tab.png');
  await burnList.scrollIntoViewIfNeeded();
  await screenshot(page, 'overview-burn.png');
}

/** The service overview shows the Delivery & Reliability card with the verdict. */
export async function overviewShowsVerdictCard(page) {
  await signInAsGuest(page, APP_URL);
  await page.goto(`${APP_URL}/catalog/default/component/checkout-api`);
  const card = page.getByTestId('entity-delivery-reliability-card');
  await card.getByTestId('verdict-headline').waitFor({ timeout: 60_000 });
  assert.ok((await card.getByTestId('verdict-headline').innerText()).length > 5);
  await card.getByTestId('overview-card-deploymentFrequency').waitFor({ timeout: 30_000 });
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'overview-card.png');
}
