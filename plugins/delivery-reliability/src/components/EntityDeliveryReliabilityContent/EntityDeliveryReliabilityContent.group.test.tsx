import { screen } from '@testing-library/react';
import { doraResponse } from '../../testData/dora';
import { checkoutVerdict, teamEntity } from './testData';
import { callsOf, checkoutApi, renderTab } from './__testUtils__/overviewTab';

jest.setTimeout(30_000);

describe('EntityDeliveryReliabilityContent for a Group', () => {
  it('works for a Group: verdict, team DORA and SLO counts, no gate or burn list', async () => {
    const api = checkoutApi();
    const groupRef = 'group:default/team-checkout';
    api.getVerdict.mockResolvedValue({
      ...checkoutVerdict,
      entityRef: groupRef,
    });
    api.getDora.mockImplementation(async (_ref, options) =>
      doraResponse(groupRef, options, {
        entityRefs: [
          'component:default/checkout',
          'component:default/payments',
        ],
      }),
    );
    await renderTab(api, teamEntity);

    expect(
      await screen.findByRole('region', { name: 'verdict' }),
    ).toHaveAttribute('data-kind', 'stabilise');
    expect(callsOf(api.getVerdict)[0][0]).toBe(groupRef);
    expect(
      await screen.findByText('Over the events of 2 components.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('slo-status-counts')).toHaveTextContent(
      '1 ×Frozen',
    );
    expect(screen.queryByTestId('overview-gate')).not.toBeInTheDocument();
    expect(
      screen.queryByTestId('deployment-burn-list'),
    ).not.toBeInTheDocument();
    expect(api.getDeploymentBurn).not.toHaveBeenCalled();
    expect(api.getGate).not.toHaveBeenCalled();
    expect(
      screen.getByRole('link', { name: /Trends, deployments and incidents/ }),
    ).toHaveAttribute('href', '/catalog/default/group/team-checkout/delivery');
  });

  it('explains how components join a Group that owns none', async () => {
    const api = checkoutApi();
    api.getDora.mockImplementation(async (_ref, options) =>
      doraResponse('group:default/team-checkout', options, { entityRefs: [] }),
    );
    await renderTab(api, teamEntity);

    expect(
      await screen.findByTestId('team-delivery-empty-state'),
    ).toHaveTextContent('This team owns no components yet');
  });
});
