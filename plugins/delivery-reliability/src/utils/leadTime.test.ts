import { ChangeView } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  changeLeadTimeSeconds,
  deploymentLeadTimeP50Seconds,
} from './leadTime';

const H = 3600;
const finishedAt = '2024-05-01T12:00:00Z';

function change(id: string, fields: Partial<ChangeView>): ChangeView {
  return {
    id,
    entityRef: 'component:default/checkout',
    firstCommitAt: '2024-05-01T00:00:00Z',
    ...fields,
  };
}

describe('changeLeadTimeSeconds', () => {
  const merged = change('a', { mergedAt: '2024-05-01T10:00:00Z' });

  it('starts where the metric is configured to start', () => {
    expect(changeLeadTimeSeconds(merged, finishedAt)).toBe(12 * H);
    expect(changeLeadTimeSeconds(merged, finishedAt, 'merged')).toBe(2 * H);
    // No PR time: falls back to the first commit, as the metric does.
    expect(changeLeadTimeSeconds(merged, finishedAt, 'prOpened')).toBe(12 * H);
  });

  it('is never negative', () => {
    const late = change('b', { mergedAt: '2024-05-02T00:00:00Z' });
    expect(changeLeadTimeSeconds(late, finishedAt, 'merged')).toBe(0);
  });
});

describe('deploymentLeadTimeP50Seconds', () => {
  it('is the nearest-rank median of the changes shipped', () => {
    const changes = [
      change('a', { firstCommitAt: '2024-05-01T11:00:00Z' }), // 1 h
      change('b', { firstCommitAt: '2024-04-30T12:00:00Z' }), // 24 h
      change('c', { firstCommitAt: '2024-05-01T09:00:00Z' }), // 3 h
      change('d', { firstCommitAt: '2024-05-01T06:00:00Z' }), // 6 h
    ];
    // Rank ⌈0.5 · 4⌉ = 2 of [1, 3, 6, 24] hours.
    expect(deploymentLeadTimeP50Seconds({ changes, finishedAt })).toBe(3 * H);
  });

  it('is null without changes and skips unparsable times', () => {
    expect(deploymentLeadTimeP50Seconds({ changes: [], finishedAt })).toBe(
      null,
    );
    expect(
      deploymentLeadTimeP50Seconds({
        changes: [change('x', { firstCommitAt: 'yesterday' })],
        finishedAt,
      }),
    ).toBe(null);
  });
});
