import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { DeploymentBurnList } from './DeploymentBurnList';
import {
  burnedDeployment,
  burnResponse,
  incompleteDeployment,
  quietDeployment,
} from './testData';

const rowIds = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map(r => r.getAttribute('data-testid'));

describe('DeploymentBurnList', () => {
  it('lists the deployments that burned budget with before → after and the change', async () => {
    await renderInTestApp(<DeploymentBurnList response={burnResponse()} />);

    expect(rowIds()).toEqual(['deployment-burn-dep-12']);
    const row = screen.getByTestId('deployment-burn-dep-12');
    expect(within(row).getByTestId('burn-version')).toHaveTextContent('2.4.0');
    expect(within(row).getByTestId('burn-worst-slo')).toHaveTextContent(
      'Checkout availability',
    );
    // 0.4 % of the period's budget in the hour before, 3.2 % after: +2.8 %.
    expect(within(row).getByTestId('burn-before-after')).toHaveTextContent(
      '0.4 % → 3.2 %',
    );
    expect(within(row).getByTestId('burn-delta')).toHaveTextContent('+2.8 %');
    expect(within(row).getByTestId('burn-burned')).toBeInTheDocument();
    expect(
      screen.getByText(/used ≥ 2 % of an SLO period's budget more/),
    ).toBeInTheDocument();
  });

  it('shows every checked deployment on request, burned first, the open hour marked', async () => {
    await renderInTestApp(<DeploymentBurnList response={burnResponse()} />);

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show all checked deployments' }),
    );
    expect(
      screen.getByText('Show all 4 checked deployments'),
    ).toBeInTheDocument();
    // Newest first is dep-13, dep-12, dep-11, dep-9; the burned dep-12 moves up.
    expect(rowIds()).toEqual([
      'deployment-burn-dep-12',
      'deployment-burn-dep-13',
      'deployment-burn-dep-11',
      'deployment-burn-dep-9',
    ]);
    const open = screen.getByTestId('deployment-burn-dep-13');
    expect(within(open).getByTestId('burn-incomplete')).toHaveTextContent(
      'hour not over yet',
    );
    expect(within(open).queryByTestId('burn-burned')).not.toBeInTheDocument();
    const unmeasured = screen.getByTestId('deployment-burn-dep-9');
    expect(within(unmeasured).getByTestId('burn-version')).toHaveTextContent(
      'dep-9',
    );
    expect(
      within(unmeasured).getByTestId('burn-before-after'),
    ).toHaveTextContent('no hour to compare');
    expect(within(unmeasured).getByTestId('burn-delta')).toHaveTextContent(
      'no data',
    );
  });

  it('says no deployment burned budget, and how many were checked', async () => {
    await renderInTestApp(
      <DeploymentBurnList
        response={burnResponse([incompleteDeployment, quietDeployment])}
      />,
    );

    expect(screen.getByTestId('deployment-burn-empty')).toHaveTextContent(
      'No deployment burned budget in this window: 2 production deployments checked (1 still within their first hour).',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when there was nothing to check', async () => {
    await renderInTestApp(<DeploymentBurnList response={burnResponse([])} />);

    expect(screen.getByTestId('deployment-burn-empty')).toHaveTextContent(
      'No production deployment finished in this window, so there was nothing to check.',
    );
  });

  it('shows the error', async () => {
    await renderInTestApp(
      <DeploymentBurnList error={new Error('burn unavailable')} />,
    );
    expect(
      screen.getByText(/Could not load the budget burned per deployment/),
    ).toBeInTheDocument();
  });

  it('keeps a burned deployment whose hour is still open, marked as such', async () => {
    await renderInTestApp(
      <DeploymentBurnList
        response={burnResponse([
          { ...incompleteDeployment, burned: true },
          burnedDeployment,
        ])}
      />,
    );
    expect(rowIds()).toEqual([
      'deployment-burn-dep-13',
      'deployment-burn-dep-12',
    ]);
    expect(
      within(screen.getByTestId('deployment-burn-dep-13')).getByTestId(
        'burn-incomplete',
      ),
    ).toBeInTheDocument();
  });
});
