/** Records worked by hand for the store tests. Test fixtures only. */
import {
  ChangeRecord,
  DeliveryRecord,
  DeploymentRecord,
  IncidentRecord,
  IncidentResolutionRecord,
} from '../types';

export const ref = 'component:default/checkout';
const ms = (iso: string) => Date.parse(iso);
export const at = (hhmm: string) => ms(`2026-03-02T${hhmm}:00Z`);
export const iso = (hhmm: string) => `2026-03-02T${hhmm}:00.000Z`;

export function deployment(
  id: string,
  finished: string,
  extra: Partial<DeploymentRecord> = {},
): DeploymentRecord {
  return {
    kind: 'deployment',
    id,
    entityRef: ref,
    environment: 'production',
    status: 'succeeded',
    finishedAtMs: at(finished),
    changeIds: [],
    rollback: false,
    hotfix: false,
    ...extra,
  };
}

export function change(id: string, firstCommit: string): ChangeRecord {
  return {
    kind: 'change',
    id,
    entityRef: ref,
    firstCommitAtMs: at(firstCommit),
  };
}

export function incident(
  id: string,
  started: string,
  extra: Partial<IncidentRecord> = {},
): IncidentRecord {
  return {
    kind: 'incident',
    id,
    entityRef: ref,
    environment: 'production',
    startedAtMs: at(started),
    ...extra,
  };
}

export function resolution(
  id: string,
  started: string,
  resolved: string,
  extra: Partial<IncidentResolutionRecord> = {},
): IncidentResolutionRecord {
  return {
    ...incident(id, started),
    kind: 'incident-resolution',
    resolvedAtMs: at(resolved),
    ...extra,
  };
}

// The timeline of DESIGN.md's attribution rule, worked by hand:
//   d1 10:00 prod [c1, c2]   d2 10:30 prod [c3]   d3 10:40 prod FAILED
//   s1 10:50 staging         d4 11:00 prod rollback of d2
//   i5 09:00 -> none (before any)     i1 10:15 -> d1
//   i3 10:20 names d2 -> d2           i2 10:45 -> d2 (d3 failed)
//   i6 11:05 -> d4                    i4 11:30 staging -> none
export const timeline: DeliveryRecord[] = [
  change('c1', '08:00'),
  change('c2', '08:30'),
  change('c3', '09:00'),
  deployment('d1', '10:00', { changeIds: ['c1', 'c2'], version: '1.0.0' }),
  deployment('d2', '10:30', { changeIds: ['c3'] }),
  deployment('d3', '10:40', { status: 'failed' }),
  deployment('s1', '10:50', { environment: 'staging' }),
  deployment('d4', '11:00', { rollback: true, rollsBack: 'd2' }),
  incident('i1', '10:15', { title: 'Checkout errors', severity: 'SEV2' }),
  incident('i2', '10:45'),
  incident('i3', '10:20', { deploymentId: 'd2' }),
  incident('i4', '11:30', { environment: 'staging' }),
  incident('i5', '09:00'),
  incident('i6', '11:05'),
];

export const ids = (items: { id: string }[]) => items.map(i => i.id);
