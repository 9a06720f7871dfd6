import { screen, within } from '@testing-library/react';
import { annotatedEntity } from '../components/EntityDeliveryContent/testData';
import { checkoutVerdict } from '../components/EntityDeliveryReliabilityContent/testData';
import { fakeDeliveryApi } from '../testData/fakeApi';
import {
  deliveryEntityCard,
  errorBudgetEntityCard,
  overviewEntityCard,
} from './entityCards';
import { FIRST_LOAD, renderEntityExtension } from './__testUtils__';

// The first load of each card compiles it; slow on a busy 2-core machine.
jest.setTimeout(60_000);

describe('entity card extensions', () => {
  it('Delivery & Reliability card: shows the verdict and links to its tab', async () => {
    const api = fakeDeliveryApi();
    api.getVerdict.mockResolvedValue(structuredClone(checkoutVerdict));
    renderEntityExtension(overviewEntityCard, annotatedEntity, api);

    const verdict = await screen.findByRole(
      'region',
      { name: 'verdict' },
      FIRST_LOAD,
    );
    expect(
      await within(verdict).findByTestId('verdict-headline'),
    ).toHaveTextContent('stabilise: 1 SLO frozen');
    expect(
      screen.getByRole('link', { name: /Verdict, reasons and budget burn/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout/delivery-reliability',
    );
  });

  it('Delivery card: shows the DORA values and links to the Delivery tab', async () => {
    const api = fakeDeliveryApi();
    renderEntityExtension(deliveryEntityCard, annotatedEntity, api);

    const frequency = await screen.findByTestId(
      'dora-card-deploymentFrequency',
      {},
      FIRST_LOAD,
    );
    expect(frequency).toHaveTextContent('3.3/week');
    expect(within(frequency).getByTestId('dora-tier-badge')).toHaveTextContent(
      'High',
    );
    expect(
      screen.getByRole('link', { name: /Deployments, trends and rules/ }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout/delivery');
  });

  it('Error budget card: shows the worst status, budgets and the gate', async () => {
    const api = fakeDeliveryApi();
    renderEntityExtension(errorBudgetEntityCard, annotatedEntity, api);

    const card = await screen.findByTestId(
      'entity-error-budget-card',
      {},
      FIRST_LOAD,
    );
    await within(card).findByTestId('error-budget-card-slo-availability');
    expect(within(card).getAllByTestId('slo-status')[0]).toHaveTextContent(
      'Frozen',
    );
    expect(
      await within(card).findByText('Release gate: feature releases denied'),
    ).toBeInTheDocument();
  });
});
