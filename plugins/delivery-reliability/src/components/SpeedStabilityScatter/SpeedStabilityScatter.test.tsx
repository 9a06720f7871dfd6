import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router-dom';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { orgComparison } from '../../testData/comparisonOrg';
import { SpeedStabilityScatter } from './SpeedStabilityScatter';

function EntityPageStub() {
  const { kind, name } = useParams();
  return <div data-testid="entity-page">{`${kind}/${name}`}</div>;
}

async function renderScatter() {
  const org = orgComparison();
  const result = await renderInTestApp(
    <Routes>
      <Route
        path="/"
        element={
          <SpeedStabilityScatter
            teams={org.teams}
            services={org.services}
            thresholds={org.thresholds}
            tierTable={org.tierTable}
            width={800}
          />
        }
      />
      <Route
        path="/catalog/:namespace/:kind/:name"
        element={<EntityPageStub />}
      />
    </Routes>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return result.container;
}

const pointLinks = () =>
  within(screen.getByRole('list', { name: /on the chart/ }))
    .getAllByRole('link')
    .map(link => [link.textContent, link.getAttribute('href')]);

jest.setTimeout(20_000);

describe('SpeedStabilityScatter', () => {
  it('plots a labelled point per team, with quadrants, guides and links', async () => {
    const container = await renderScatter();

    expect(container.querySelectorAll('.recharts-scatter-symbol')).toHaveLength(
      5,
    );
    const labels = [
      ...container.querySelectorAll('.recharts-label-list text'),
    ].map(t => t.textContent);
    expect(labels).toEqual([
      'Engineering',
      'Checkout team',
      'team-discovery',
      'team-ledger',
      'team-legacy',
    ]);
    expect(
      screen.getAllByTestId('scatter-quadrant').map(q => q.textContent),
    ).toEqual([
      'fast & stable — keep going',
      'slow & stable — ship more often',
      'fast & unstable — stabilise',
      'slow & unstable — stabilise first',
    ]);
    // Guides: DORA 2023 "high" begins at 1/week; stable = every SLO met.
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(
      2,
    );
    expect(screen.getByText(/Dashed lines:/)).toHaveTextContent(
      'deployment frequency 1/week (where DORA 2023 "high" begins); all SLOs met',
    );

    expect(pointLinks()).toEqual([
      ['Engineering', '/catalog/default/group/engineering'],
      ['Checkout team', '/catalog/default/group/team-checkout'],
      ['team-discovery', '/catalog/default/group/team-discovery'],
      ['team-ledger', '/catalog/default/group/team-ledger'],
      ['team-legacy', '/catalog/default/group/team-legacy'],
    ]);
    expect(screen.getAllByTestId('scatter-point-link')[1]).toHaveTextContent(
      'Keep going · deploys 2/day · 100 % of SLOs met (3 of 3)',
    );
    expect(screen.getByTestId('scatter-unplotted')).toHaveTextContent(
      'Not plotted (no data): team-new (no production deployments, no SLOs)',
    );
  });

  it('opens the entity of a clicked point', async () => {
    const container = await renderScatter();
    const symbols = container.querySelectorAll('.recharts-scatter-symbol');
    // The fourth point is team-ledger.
    fireEvent.click(symbols[3]);
    expect(await screen.findByTestId('entity-page')).toHaveTextContent(
      'group/team-ledger',
    );
  });

  it('switches axes and shows services instead of teams', async () => {
    const container = await renderScatter();
    await userEvent.selectOptions(
      screen.getByLabelText('Stability (y)'),
      'changeFailureRate',
    );
    expect(screen.getByText(/Dashed lines:/)).toHaveTextContent(
      'change failure rate 15 %',
    );
    expect(screen.getByTestId('scatter-unplotted')).toHaveTextContent(
      'team-new (no production deployments, no change failure rate)',
    );

    await userEvent.click(
      screen.getByLabelText('Show services instead of teams'),
    );
    // notifications never deployed; wiki has a CFR (0 of 4), so it is plotted.
    expect(container.querySelectorAll('.recharts-scatter-symbol')).toHaveLength(
      7,
    );
    expect(
      screen.getByRole('list', { name: 'Services on the chart' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('scatter-unplotted')).toHaveTextContent(
      'notifications (no production deployments, no change failure rate)',
    );

    await userEvent.selectOptions(
      screen.getByLabelText('Speed (x)'),
      'leadTimeForChanges',
    );
    expect(screen.getByText(/Dashed lines:/)).toHaveTextContent(
      'lead time (p50) 7 d (where DORA 2023 "high" begins)',
    );
  });
});
