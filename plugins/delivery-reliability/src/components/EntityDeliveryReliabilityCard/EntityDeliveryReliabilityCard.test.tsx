import { screen, within } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  DeliveryReliabilityApi,
  deliveryReliabilityApiRef,
  DoraWindowOptions,
} from '../../api';
import { fakeDeliveryApi } from '../../testData/fakeApi';
import { annotatedEntity } from '../EntityDeliveryContent/testData';
import {
  checkoutVerdict,
  teamEntity,
} from '../EntityDeliveryReliabilityContent/testData';
import { shipMoreOften } from '../VerdictBanner/testData';
import { EntityDeliveryReliabilityCard } from './EntityDeliveryReliabilityCard';

const DAY_MS = 86_400_000;

async function renderCard(
  api: DeliveryReliabilityApi,
  entity: Entity = annotatedEntity,
  overviewPath?: string,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[deliveryReliabilityApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityDeliveryReliabilityCard overviewPath={overviewPath} />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const row = (metric: string) => {
  const cells = within(screen.getByTestId(`overview-card-${metric}`));
  return [
    cells.getByTestId('overview-card-value').textContent,
    cells.getByTestId('overview-card-tier').textContent,
  ];
};

describe('EntityDeliveryReliabilityCard', () => {
  it('shows the verdict, the DORA values with tiers, SLO counts and the gate', async () => {
    const api = fakeDeliveryApi();
    api.getVerdict.mockResolvedValue(structuredClone(checkoutVerdict));
    await renderCard(api);

    const card = await screen.findByRole('region', { name: 'verdict' });
    await within(card).findByTestId('verdict-headline');
    expect(card).toHaveAttribute('data-kind', 'stabilise');
    expect(within(card).getByTestId('verdict-kind')).toHaveTextContent(
      'Stabilise',
    );
    expect(within(card).getByTestId('verdict-headline')).toHaveTextContent(
      'stabilise: 1 SLO frozen',
    );
    // 42 deployments in 90 days = 3.3 a week; 3 of 42 = 7.1 %; 5 of 42 = 11.9 %.
    expect(row('deploymentFrequency')).toEqual(['3.3/week', 'High']);
    expect(row('leadTimeForChanges')).toEqual(['2 d 3 h', 'High']);
    expect(row('changeFailureRate')).toEqual(['7.1 %', 'High']);
    expect(row('failedDeploymentRecoveryTime')).toEqual(['1 h 30 min', 'High']);
    expect(row('deploymentReworkRate')).toEqual(['11.9 %', '—']);
    expect(within(card).getByTestId('slo-status-counts').textContent).toBe(
      '1 ×Frozen1 ×At risk1 ×No data',
    );
    expect(
      await within(card).findByText('Release gate: feature releases denied'),
    ).toBeInTheDocument();
  });

  it('asks about the last 90 days', async () => {
    const api = fakeDeliveryApi();
    api.getVerdict.mockResolvedValue(structuredClone(shipMoreOften));
    await renderCard(api);
    await screen.findByTestId('verdict-headline');

    // The fake declares getVerdict without parameters; read what was asked.
    const [ref, options] = api.getVerdict.mock.calls[0] as unknown as [
      string,
      DoraWindowOptions,
    ];
    expect(ref).toBe('component:default/checkout');
    const toMs = new Date(options.to).getTime();
    expect((toMs - new Date(options.from).getTime()) / DAY_MS).toBe(90);
    expect(screen.getByTestId('verdict-kind')).toHaveTextContent(
      'Ship more often',
    );
  });

  it('links to the Delivery & Reliability tab', async () => {
    const api = fakeDeliveryApi();
    api.getVerdict.mockResolvedValue(structuredClone(checkoutVerdict));
    await renderCard(api, annotatedEntity, 'overview-dr');

    expect(
      await screen.findByRole('link', {
        name: /Verdict, reasons and budget burn/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout/overview-dr',
    );
  });

  it('leaves out the gate for a Group', async () => {
    const api = fakeDeliveryApi();
    api.getVerdict.mockResolvedValue(structuredClone(checkoutVerdict));
    await renderCard(api, teamEntity);

    await screen.findByTestId('verdict-headline');
    expect(screen.queryByTestId('overview-gate')).not.toBeInTheDocument();
    expect(api.getGate).not.toHaveBeenCalled();
  });

  it('shows the backend error', async () => {
    const api = fakeDeliveryApi();
    api.getVerdict.mockRejectedValue(new Error('verdict unavailable'));
    await renderCard(api);

    expect(
      await screen.findByText(/Could not load the verdict/),
    ).toBeInTheDocument();
  });
});
