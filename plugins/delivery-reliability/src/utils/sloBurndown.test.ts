import {
  DeploymentView,
  IncidentView,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  burndownPoints,
  burndownStep,
  deploymentMarkers,
  incidentBands,
} from './sloBurndown';

const from = Date.parse('2024-05-01T00:00:00Z');
const to = Date.parse('2024-05-29T00:00:00Z');

function deployment(
  id: string,
  finishedAt: string,
  extra: Partial<DeploymentView> = {},
): DeploymentView {
  return {
    id,
    entityRef: 'component:default/checkout',
    environment: 'production',
    status: 'succeeded',
    finishedAt,
    rollback: false,
    hotfix: false,
    failed: false,
    changes: [],
    incidents: [],
    ...extra,
  };
}

describe('burndownPoints', () => {
  it('sorts by time, turns ratios into percentages and keeps gaps', () => {
    expect(
      burndownPoints([
        {
          at: '2024-05-02T00:00:00Z',
          good: 0,
          total: 0,
          sli: null,
          budgetRemainingRatio: null,
          burnRate1h: null,
        },
        {
          at: '2024-05-01T00:00:00Z',
          good: 990,
          total: 1000,
          sli: 0.99,
          // 1 − 0.01 / 0.005 = −1: overspent by 100 %.
          budgetRemainingRatio: -1,
          burnRate1h: 2,
        },
      ]),
    ).toEqual([
      { atMs: from, remainingPercent: -100 },
      { atMs: Date.parse('2024-05-02T00:00:00Z'), remainingPercent: null },
    ]);
  });
});

describe('deploymentMarkers', () => {
  it('keeps succeeded deployments that finished in the window', () => {
    expect(
      deploymentMarkers(
        [
          deployment('d1', '2024-04-30T23:59:59Z', { version: '1.0.0' }),
          deployment('d2', '2024-05-01T00:00:00Z', { version: '1.1.0' }),
          deployment('d3', '2024-05-10T00:00:00Z', { status: 'failed' }),
          deployment('d4', '2024-05-11T00:00:00Z', {
            rollback: true,
            version: '1.0.0',
          }),
          deployment('d5', '2024-05-29T00:00:01Z'),
        ],
        from,
        to,
      ),
    ).toEqual([
      { id: 'd2', atMs: from, label: '1.1.0' },
      {
        id: 'd4',
        atMs: Date.parse('2024-05-11T00:00:00Z'),
        label: 'rollback 1.0.0',
      },
    ]);
  });
});

describe('incidentBands', () => {
  const incident = (
    id: string,
    startedAt: string,
    resolvedAt?: string,
  ): IncidentView => ({
    id,
    entityRef: 'component:default/checkout',
    environment: 'production',
    severity: 'SEV2',
    title: 'Checkout errors',
    startedAt,
    resolvedAt,
  });
  const now = Date.parse('2024-05-20T12:00:00Z');

  it('clips bands to the window and runs ongoing ones until now', () => {
    expect(
      incidentBands(
        [
          incident('before', '2024-04-20T00:00:00Z', '2024-04-21T00:00:00Z'),
          incident('straddles', '2024-04-30T22:00:00Z', '2024-05-01T02:00:00Z'),
          incident('ongoing', '2024-05-20T10:00:00Z'),
        ],
        from,
        to,
        now,
      ),
    ).toEqual([
      {
        id: 'straddles',
        fromMs: from,
        toMs: Date.parse('2024-05-01T02:00:00Z'),
        label: 'SEV2 Checkout errors',
        ongoing: false,
      },
      {
        id: 'ongoing',
        fromMs: Date.parse('2024-05-20T10:00:00Z'),
        toMs: now,
        label: 'SEV2 Checkout errors',
        ongoing: true,
      },
    ]);
  });
});

describe('burndownStep', () => {
  it('is hourly up to 7 days and 6-hourly beyond', () => {
    expect(burndownStep(7 * 86_400)).toBe('1h');
    expect(burndownStep(28 * 86_400)).toBe('6h');
  });
});
