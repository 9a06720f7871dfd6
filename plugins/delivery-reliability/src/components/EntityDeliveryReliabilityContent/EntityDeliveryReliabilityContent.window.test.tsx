import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { annotatedEntity } from '../EntityDeliveryContent/testData';
import {
  callsOf,
  checkoutApi,
  renderTab,
  windowOf,
} from './__testUtils__/overviewTab';

const DAY_MS = 86_400_000;

jest.setTimeout(30_000);

describe('EntityDeliveryReliabilityContent window', () => {
  it('asks verdict, DORA and burn about the same 90-day window ending at the next UTC midnight', async () => {
    const api = checkoutApi();
    const before = Date.now();
    await renderTab(api, annotatedEntity);
    await screen.findByTestId('deployment-burn-dep-12');

    const [ref, verdictOptions] = callsOf(api.getVerdict)[0];
    expect(ref).toBe('component:default/checkout');
    const { toMs, days } = windowOf(verdictOptions);
    expect(days).toBe(90);
    expect(toMs % DAY_MS).toBe(0);
    expect(toMs - before).toBeLessThanOrEqual(DAY_MS);
    expect(api.getDora.mock.calls[0][1]).toMatchObject(verdictOptions);
    expect(api.getDeploymentBurn).toHaveBeenCalledWith(
      'component:default/checkout',
      verdictOptions,
    );
  });

  it('asks again over the range the user picks', async () => {
    const api = checkoutApi();
    await renderTab(api, annotatedEntity);
    await screen.findByTestId('deployment-burn-dep-12');

    await userEvent.selectOptions(
      screen.getByTestId('dora-range-selector'),
      '30',
    );
    await waitFor(() => expect(api.getVerdict).toHaveBeenCalledTimes(2));
    expect(windowOf(callsOf(api.getVerdict)[1][1]).days).toBe(30);
    expect(windowOf(api.getDora.mock.calls[1][1]).days).toBe(30);
    await waitFor(() =>
      expect(windowOf(callsOf(api.getDeploymentBurn)[1][1]).days).toBe(30),
    );
  });
});
