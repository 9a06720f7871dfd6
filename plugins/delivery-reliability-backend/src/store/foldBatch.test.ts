import { foldBatch } from './foldBatch';
import {
  DeploymentRecord,
  IncidentRecord,
  IncidentResolutionRecord,
} from './types';

const deployment = (id: string, version: string): DeploymentRecord => ({
  kind: 'deployment',
  id,
  entityRef: 'component:default/checkout',
  environment: 'production',
  status: 'succeeded',
  finishedAtMs: 1_000,
  changeIds: [],
  rollback: false,
  hotfix: false,
  version,
});
const incident: IncidentRecord = {
  kind: 'incident',
  id: 'i1',
  entityRef: 'component:default/checkout',
  environment: 'production',
  title: 'Errors',
  startedAtMs: 1_000,
};
const resolution: IncidentResolutionRecord = {
  kind: 'incident-resolution',
  id: 'i1',
  entityRef: 'component:default/other',
  environment: 'staging',
  title: 'Recovered',
  severity: 'SEV3',
  startedAtMs: 5_000,
  resolvedAtMs: 9_000,
};

describe('foldBatch', () => {
  it('keeps the last record per id, sorted by id', () => {
    const folded = foldBatch([
      deployment('b', '1'),
      deployment('a', '1'),
      deployment('b', '2'),
    ]);
    expect(folded.deployments.map(d => [d.id, d.version])).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it('applies a resolution onto the incident received before it', () => {
    const folded = foldBatch([incident, resolution]);
    expect(folded.incidentResolutions).toEqual([]);
    // Start, entity, environment and title stay; resolution and severity apply.
    expect(folded.incidents).toEqual([
      { ...incident, severity: 'SEV3', resolvedAtMs: 9_000 },
    ]);
  });

  it('keeps a lone resolution, and lets a later incident replace it', () => {
    expect(foldBatch([resolution]).incidentResolutions).toEqual([resolution]);
    const replaced = foldBatch([resolution, incident]);
    expect(replaced.incidents).toEqual([incident]);
    expect(replaced.incidentResolutions).toEqual([]);
  });
});
