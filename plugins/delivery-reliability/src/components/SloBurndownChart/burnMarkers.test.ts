import { DeploymentMarker } from '../../utils/sloBurndown';
import {
  burnedDeployment,
  burnResponse,
  quietDeployment,
} from '../DeploymentBurnList/testData';
import { burnTooltip, markBurns } from './burnMarkers';

// The availability SLO's window of ../../testData/slo.
const fromMs = Date.parse('2024-04-03T12:00:00Z');
const toMs = Date.parse('2024-05-01T12:00:00Z');

const markers: DeploymentMarker[] = [
  { id: 'dep-11', atMs: Date.parse('2024-04-10T10:00:00Z'), label: '2.3.0' },
  { id: 'dep-12', atMs: Date.parse('2024-04-25T10:00:00Z'), label: '2.4.0' },
];

describe('markBurns', () => {
  it('marks the deployment that burned this SLO, with the hours before and after', () => {
    const marked = markBurns(
      markers,
      burnResponse(),
      'availability',
      fromMs,
      toMs,
    );
    expect(marked.map(m => [m.id, m.burn])).toEqual([
      ['dep-11', undefined],
      ['dep-12', { beforeRatio: 0.004, afterRatio: 0.032 }],
    ]);
  });

  it('leaves deployments unmarked for an SLO they did not burn', () => {
    // dep-12 burned availability, not latency (1 % → 1.2 %).
    const marked = markBurns(
      markers,
      burnResponse(),
      'latency#1',
      fromMs,
      toMs,
    );
    expect(marked.every(m => m.burn === undefined)).toBe(true);
  });

  it('adds a burned deployment missing from the markers, inside the window only', () => {
    const late = {
      ...burnedDeployment,
      deploymentId: 'dep-20',
      version: undefined,
      finishedAt: '2024-05-02T10:00:00Z',
    };
    const marked = markBurns(
      [markers[0]],
      burnResponse([late, burnedDeployment, quietDeployment]),
      'availability',
      fromMs,
      toMs,
    );
    expect(marked.map(m => m.id)).toEqual(['dep-11', 'dep-12']);
    expect(marked[1]).toEqual({
      id: 'dep-12',
      atMs: Date.parse('2024-04-25T10:00:00Z'),
      label: '2.4.0',
      burn: { beforeRatio: 0.004, afterRatio: 0.032 },
    });
  });

  it('keeps the markers as they are without a burn answer', () => {
    expect(markBurns(markers, undefined, 'availability', fromMs, toMs)).toEqual(
      markers,
    );
  });
});

describe('burnTooltip', () => {
  it('names the budget used after and before', () => {
    expect(burnTooltip({ beforeRatio: 0.004, afterRatio: 0.032 })).toBe(
      'burned 3.2 % of the budget in the hour after (0.4 % before)',
    );
    expect(burnTooltip({ beforeRatio: null, afterRatio: 0.05 })).toBe(
      'burned 5 % of the budget in the hour after (no data before)',
    );
  });
});
