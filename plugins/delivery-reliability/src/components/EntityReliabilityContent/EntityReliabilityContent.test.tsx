import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { Entity } from '@backstage/catalog-model';
import { discoveryApiRef } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  MockFetchApi,
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { SloListResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  deliveryReliabilityApiRef,
  DeliveryReliabilityClient,
} from '../../api';
import {
  productionDeployments,
  reliabilityIncidents,
} from '../../testData/reliabilityEvents';
import { availabilityHistory, gateFor, sloList } from '../../testData/slo';
import { annotatedEntity } from '../EntityDeliveryContent/testData';
import { burnResponse } from '../DeploymentBurnList/testData';
import { EntityReliabilityContent } from './EntityReliabilityContent';

const backend = 'http://backstage.test';
const base = `${backend}/api/delivery-reliability`;

// material-table renders slowly in jsdom.
jest.setTimeout(30_000);

describe('EntityReliabilityContent', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  const discovery = mockApis.discovery({ baseUrl: backend });
  const client = new DeliveryReliabilityClient({
    discoveryApi: discovery,
    fetchApi: new MockFetchApi(),
  });

  /** Serves the SLO list and the rest of the tab's reads; records history requests. */
  function serve(slos: SloListResponse = sloList()) {
    const historyRequests: URL[] = [];
    server.use(
      http.get(`${base}/v1/slos`, () => HttpResponse.json(slos)),
      http.get(`${base}/v1/gate`, ({ request }) =>
        HttpResponse.json(
          gateFor(
            slos.slos,
            new URL(request.url).searchParams.get('changeType') as 'feature',
          ),
        ),
      ),
      http.get(`${base}/v1/slos/:id/history`, ({ request, params }) => {
        historyRequests.push(new URL(request.url));
        return HttpResponse.json({ ...availabilityHistory(), id: params.id });
      }),
      http.get(`${base}/v1/entities/component/default/checkout/incidents`, () =>
        HttpResponse.json(reliabilityIncidents),
      ),
      http.get(
        `${base}/v1/entities/component/default/checkout/deployments`,
        () => HttpResponse.json(productionDeployments),
      ),
      // The burndown chart marks the deployments that burned budget.
      http.get(`${base}/v1/deployment-burn`, () =>
        HttpResponse.json(burnResponse([])),
      ),
    );
    return { historyRequests };
  }

  async function renderTab(entity: Entity = annotatedEntity) {
    return renderInTestApp(
      <TestApiProvider
        apis={[
          [deliveryReliabilityApiRef, client],
          [discoveryApiRef, discovery],
        ]}
      >
        <EntityProvider entity={entity}>
          <EntityReliabilityContent />
        </EntityProvider>
      </TestApiProvider>,
    );
  }

  const row = (id: string) => screen.getByTestId(`slo-row-${id}`);
  const inRow = (id: string, testId: string) =>
    within(row(id)).getByTestId(testId);

  it('shows the gate: deny for a feature release, why, and the CI curl', async () => {
    serve();
    await renderTab();

    const banner = await screen.findByTestId('release-gate-banner');
    expect(banner).toHaveAttribute('data-decision', 'deny');
    expect(banner).toHaveAttribute('data-status', 'frozen');
    expect(
      within(banner).getByTestId('release-gate-decision'),
    ).toHaveTextContent('Deny');
    expect(
      within(banner)
        .getAllByTestId('release-gate-reason')
        .map(r => r.textContent),
    ).toEqual([
      'SLO "Checkout availability" is at risk: only 24% of its error budget left (below 25%); release with care',
      'SLO "Checkout latency" has spent its error budget (-50% left): feature releases are frozen until it recovers',
      'SLO "login-success" has no data in its window: its error budget is unknown, not healthy',
    ]);
    expect(banner).toHaveTextContent(
      'Hotfix and security changes may pass a freeze',
    );
    expect(within(banner).getByTestId('release-gate-curl')).toHaveTextContent(
      `curl -fsS \\ -H "Authorization: Bearer $DELIVERY_RELIABILITY_CI_TOKEN" \\ "${base}/v1/gate?entityRef=component:default/checkout&changeType=feature" \\ | jq -e '.decision == "allow"'`,
    );
  });

  it('shows one row per objective with SLI, window, budget, exhaustion and burn rates', async () => {
    serve();
    await renderTab();
    await screen.findByTestId('slo-row-availability');

    // 99.62 % measured against a 99.5 % objective, 24 % of the budget left.
    expect(inRow('availability', 'slo-sli')).toHaveTextContent('99.62 %');
    expect(inRow('availability', 'slo-objective')).toHaveTextContent(
      'objective 99.5 %',
    );
    expect(inRow('availability', 'slo-window')).toHaveTextContent(
      '28d rolling',
    );
    expect(inRow('availability', 'slo-budget-bar')).toHaveAttribute(
      'data-state',
      'low',
    );
    expect(inRow('availability', 'slo-budget-text')).toHaveTextContent(
      '24 % left',
    );
    expect(inRow('availability', 'slo-exhaustion')).toHaveTextContent(
      '2 d 19 h',
    );
    expect(inRow('availability', 'slo-status')).toHaveTextContent('At risk');
    // 2.4× > 1× (elevated); 0.8× ≤ 1×; 1.1× > the 28-day ticket threshold 0.9333×.
    const chip = (window: string) =>
      inRow('availability', `slo-burn-chip-${window}`);
    expect(chip('1h')).toHaveTextContent('1h 2.4×');
    expect(chip('1h')).toHaveAttribute('data-level', 'elevated');
    expect(chip('6h')).toHaveAttribute('data-level', 'ok');
    expect(chip('3d')).toHaveAttribute('data-level', 'alerting');
    expect(inRow('availability', 'slo-alert-state')).toHaveTextContent(
      'no alert',
    );
    expect(inRow('availability', 'slo-freshness')).toHaveAttribute(
      'data-stale',
      'false',
    );
  });

  it('shows an overspent budget as overspent, never as empty or full', async () => {
    serve();
    await renderTab();
    await screen.findByTestId('slo-row-latency#1');

    const bar = inRow('latency#1', 'slo-budget-bar');
    expect(bar).toHaveAttribute('data-state', 'overspent');
    expect(bar).toHaveAccessibleName('Error budget: overspent by 50 %');
    expect(inRow('latency#1', 'slo-exhaustion')).toHaveTextContent('exhausted');
    expect(inRow('latency#1', 'slo-status')).toHaveTextContent('Frozen');
    expect(inRow('latency#1', 'slo-alert-state')).toHaveTextContent('page');
    expect(inRow('latency#1', 'slo-burn-chip-1h')).toHaveAttribute(
      'data-level',
      'alerting',
    );
  });

  it('shows an SLO without data as no data, stale and low traffic', async () => {
    serve();
    await renderTab();
    await screen.findByTestId('slo-row-login-success');

    expect(inRow('login-success', 'slo-budget-bar')).toHaveAttribute(
      'data-state',
      'no-data',
    );
    expect(inRow('login-success', 'slo-budget-text')).toHaveTextContent(
      'no data',
    );
    expect(row('login-success')).not.toHaveTextContent('100 %');
    expect(inRow('login-success', 'slo-sli')).toHaveTextContent('no data');
    expect(inRow('login-success', 'slo-exhaustion')).toHaveTextContent('—');
    expect(inRow('login-success', 'slo-window')).toHaveTextContent(
      'calendar month (Europe/Berlin)',
    );
    expect(inRow('login-success', 'slo-burn-chip-1h')).toHaveAttribute(
      'data-level',
      'unknown',
    );
    const freshness = inRow('login-success', 'slo-freshness');
    expect(freshness).toHaveAttribute('data-stale', 'true');
    expect(freshness).toHaveTextContent('stale · no data received');
    expect(inRow('login-success', 'slo-low-traffic')).toBeInTheDocument();
  });

  it('charts the first SLO, and the one the user selects, over its window', async () => {
    const { historyRequests } = serve();
    await renderTab();

    const chart = await screen.findByTestId('slo-burndown-chart');
    expect(chart).toHaveAttribute('data-slo-id', 'availability');
    // 28 days: a point every 6 h, from the window start to its end (before now).
    expect(Object.fromEntries(historyRequests[0].searchParams)).toEqual({
      entityRef: 'component:default/checkout',
      from: '2024-04-03T12:00:00Z',
      to: '2024-05-01T12:00:00Z',
      step: '6h',
    });
    // dep-12 and dep-11 finished in the window, dep-10 before it; all three incidents overlap it.
    expect(chart).toHaveAccessibleName(
      'Error budget left of Checkout availability over 28d rolling: 5 points, 2 deployments, 3 incidents',
    );

    await userEvent.click(row('latency#1'));
    expect(row('latency#1')).toHaveAttribute('aria-selected', 'true');
    expect(
      await screen.findByRole('img', {
        name: /^Error budget left of Checkout latency/,
      }),
    ).toHaveAttribute('data-slo-id', 'latency#1');
    expect(historyRequests.at(-1)?.pathname).toBe(
      '/api/delivery-reliability/v1/slos/latency%231/history',
    );
  });

  it('lists incidents with duration, deployment, postmortem and recurrence', async () => {
    serve();
    await renderTab();

    const table = await screen.findByTestId('reliability-incidents-table');
    await within(table).findAllByTestId('incident-title');
    expect(table).toHaveTextContent(
      '3 in total, newest first · 2 recurring within 30 days',
    );
    const rows = within(table)
      .getAllByTestId('incident-title')
      .map(title => title.closest('tr')!);
    expect(
      rows.map(r => within(r).getByTestId('incident-duration').textContent),
    ).toEqual(['1 h 30 min', 'ongoing', '45 min']);
    expect(
      rows.map(r => within(r).getByTestId('incident-deployment').textContent),
    ).toEqual(['dep-12', '—', 'dep-11']);
    expect(
      within(rows[0]).getByRole('link', { name: /^Postmortem/ }),
    ).toHaveAttribute('href', 'https://postmortems.example.com/inc-3');
    expect(
      within(rows[0]).getByTestId('incident-recurrence'),
    ).toHaveTextContent('recurring · 1 similar');
    expect(
      within(rows[1]).queryByTestId('incident-recurrence'),
    ).not.toBeInTheDocument();
    expect(
      within(rows[2]).getByTestId('incident-recurrence'),
    ).toBeInTheDocument();
  });

  it('shows definition issues without crashing, even when no SLO is valid', async () => {
    serve({
      ...sloList([]),
      issues: [
        {
          document: { index: 0, kind: 'SLO', name: 'latency' },
          path: 'spec.objectives[0].target',
          message: 'target must be a number between 0 and 1, e.g. 0.995',
        },
        { document: { index: 2 }, path: '', message: 'must be a mapping' },
      ],
    });
    await renderTab();

    const box = await screen.findByTestId('slo-definition-issues');
    expect(box).toHaveTextContent('2 problems in the OpenSLO definitions');
    expect(
      within(box)
        .getAllByTestId('slo-definition-issue')
        .map(i => i.textContent),
    ).toEqual([
      'SLO "latency" (document 1) at spec.objectives[0].target: target must be a number between 0 and 1, e.g. 0.995',
      'Document (document 3): must be a mapping',
    ]);
    expect(
      screen.queryByTestId('reliability-setup-empty-state'),
    ).not.toBeInTheDocument();
    expect(await screen.findByTestId('release-gate-banner')).toHaveAttribute(
      'data-status',
      'no-data',
    );
  });

  it('guides setup with the annotation, an OpenSLO example and app-config', async () => {
    serve(sloList([]));
    await renderTab();

    const empty = await screen.findByTestId('reliability-setup-empty-state');
    expect(empty).toHaveTextContent('No SLOs are defined for this entity');
    expect(
      within(empty).getByTestId('reliability-setup-annotation'),
    ).toHaveTextContent('delivery-reliability.io/openslo: openslo.yaml');
    expect(
      within(empty).getByTestId('reliability-setup-openslo'),
    ).toHaveTextContent('apiVersion: openslo/v1');
    expect(
      within(empty).getByTestId('reliability-setup-app-config'),
    ).toHaveTextContent('entityRef: "component:default/checkout"');
    expect(screen.queryByTestId('release-gate-banner')).not.toBeInTheDocument();
  });

  it('does not ask for the annotation the entity already has', async () => {
    serve(sloList([]));
    const entity = {
      ...annotatedEntity,
      metadata: {
        ...annotatedEntity.metadata,
        annotations: { 'delivery-reliability.io/openslo': 'slos.yaml' },
      },
    };
    await renderTab(entity);

    const empty = await screen.findByTestId('reliability-setup-empty-state');
    expect(empty).toHaveTextContent(
      'names OpenSLO files in delivery-reliability.io/openslo',
    );
    expect(
      within(empty).queryByTestId('reliability-setup-annotation'),
    ).not.toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    serve();
    server.use(
      http.get(`${base}/v1/slos`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'SLO store unavailable' },
            request: { method: 'GET', url: '/v1/slos' },
            response: { statusCode: 503 },
          },
          { status: 503 },
        ),
      ),
    );
    await renderTab();

    expect(await screen.findByText(/Could not load SLOs/)).toBeInTheDocument();
  });
});
