import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import {
  decideVerdict,
  SloBudgetStatus,
  VerdictResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { checkoutVerdict } from '../EntityDeliveryReliabilityContent/testData';
import { VerdictBanner } from './VerdictBanner';
import {
  keepGoing,
  notEnoughData,
  shipMoreOften,
  stabilise,
  stabiliseFirst,
} from './testData';

const reasonsOf = (side: 'delivery' | 'stability') =>
  within(screen.getByTestId(`verdict-${side}`))
    .getAllByTestId('verdict-reason')
    .map(
      r =>
        `${r.getAttribute('data-tone')}: ${
          within(r).getByTestId('verdict-reason-text').textContent
        }`,
    );

describe('VerdictBanner', () => {
  it.each([
    [keepGoing, 'Keep going'],
    [shipMoreOften, 'Ship more often'],
    [stabilise, 'Stabilise'],
    [stabiliseFirst, 'Stabilise first'],
    [notEnoughData, 'Not enough data'],
  ])('names the kind %#: %s', async (response, label) => {
    await renderInTestApp(<VerdictBanner response={response} />);

    const banner = screen.getByRole('region', { name: 'verdict' });
    expect(banner).toHaveAttribute('data-kind', response.verdict.kind);
    expect(within(banner).getByTestId('verdict-kind')).toHaveTextContent(
      new RegExp(`^${label}$`),
    );
    expect(within(banner).getByTestId('verdict-headline')).toHaveTextContent(
      response.verdict.headline,
    );
  });

  it('colours each kind: green, blue, orange, red, grey', async () => {
    const colours: string[] = [];
    for (const response of [
      keepGoing,
      shipMoreOften,
      stabilise,
      stabiliseFirst,
      notEnoughData,
    ]) {
      const { unmount } = await renderInTestApp(
        <VerdictBanner response={response} />,
      );
      colours.push(
        getComputedStyle(screen.getByTestId('verdict-kind')).backgroundColor,
      );
      unmount();
    }
    // Five kinds, five different colours (the theme's success, info, warning, error, grey).
    expect(new Set(colours).size).toBe(5);
  });

  it('splits the reasons into delivery and stability with their tone', async () => {
    await renderInTestApp(<VerdictBanner response={shipMoreOften} />);

    expect(screen.getByTestId('verdict-delivery')).toHaveTextContent(
      /^Delivery · slow/,
    );
    expect(reasonsOf('delivery')).toEqual([
      'good: deploys 3.3/week (high)',
      'bad: lead time 9 d (medium)',
    ]);
    expect(screen.getByTestId('verdict-stability')).toHaveTextContent(
      /^Stability · stable/,
    );
    expect(reasonsOf('stability')).toEqual([
      'info: 1 SLO at risk',
      'good: CFR 7.1 %',
    ]);
    // The tone is named for screen readers, not only coloured.
    expect(screen.getAllByTitle('poor')).toHaveLength(1);
    expect(screen.getAllByTitle('good')).toHaveLength(2);
    expect(screen.getAllByTitle('note')).toHaveLength(1);
  });

  it('states the rule with the thresholds in force and the window', async () => {
    const configured: VerdictResponse = {
      ...stabilise,
      thresholds: { ...stabilise.thresholds, maxChangeFailureRatio: 0.1 },
    };
    await renderInTestApp(<VerdictBanner response={configured} />);

    const rule = screen.getByTestId('verdict-rule');
    // The window is [Feb 11, May 11): its last day is May 10.
    expect(rule).toHaveTextContent('DORA over Feb 11 – May 10, 2024 UTC');
    expect(rule).toHaveTextContent(
      'Delivery is slow when deployment frequency or lead time (p50) is medium or low.',
    );
    expect(rule).toHaveTextContent(
      'the change failure rate is above 10 % (judged from at least 5 production deployments)',
    );
  });

  it('shows the error, and progress while loading', async () => {
    const { unmount } = await renderInTestApp(<VerdictBanner />);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    unmount();

    await renderInTestApp(
      <VerdictBanner error={new Error('verdict unavailable')} />,
    );
    expect(screen.getByText(/Could not load the verdict/)).toBeInTheDocument();
  });

  // The fixtures are hand-written; the shared rule must agree with each, so
  // the banner is tested against answers the backend can really give.
  it.each([
    keepGoing,
    shipMoreOften,
    stabilise,
    stabiliseFirst,
    notEnoughData,
    checkoutVerdict,
  ])('fixture %# agrees with decideVerdict', response => {
    const slos = (
      Object.entries(response.sloStatusCounts) as [SloBudgetStatus, number][]
    ).flatMap(([status, count]) =>
      Array.from({ length: count }, (_, i) => ({
        name: `${status}-${i}`,
        status,
        budgetRemainingRatio: null,
      })),
    );
    expect(decideVerdict({ dora: response.dora, slos })).toEqual(
      response.verdict,
    );
  });
});
