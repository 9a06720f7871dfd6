import { DeploymentStatus } from '../events';

/** Environments counted as production when none are configured. @public */
export const DEFAULT_PRODUCTION_ENVIRONMENTS: readonly string[] = [
  'production',
];

/** Environment of an incident that names none. @public */
export const DEFAULT_INCIDENT_ENVIRONMENT = 'production';

/** The fields of a deployment that incident attribution looks at. @public */
export interface AttributionDeployment {
  id: string;
  /** Full entity ref; compared case-insensitively. */
  entityRef: string;
  environment: string;
  status: DeploymentStatus;
  /** RFC 3339 time with an offset. */
  finishedAt: string;
}

/** The fields of an incident that incident attribution looks at. @public */
export interface AttributionIncident {
  id: string;
  /** Full entity ref; compared case-insensitively. */
  entityRef: string;
  /** Defaults to {@link DEFAULT_INCIDENT_ENVIRONMENT} when absent. */
  environment?: string;
  /** RFC 3339 time with an offset. */
  startedAt: string;
  /** The deployment the incident names as its cause, if any. */
  deploymentId?: string;
}

/** Options of {@link attributeIncidents}. @public */
export interface AttributionOptions {
  /** Environments whose succeeded deployments are production deployments. */
  productionEnvironments?: readonly string[];
}

/**
 * True for a production deployment: `status = succeeded` in one of the
 * production environments (rollbacks included).
 * @public
 */
export function isProductionDeployment(
  deployment: Pick<AttributionDeployment, 'environment' | 'status'>,
  productionEnvironments: readonly string[] = DEFAULT_PRODUCTION_ENVIRONMENTS,
): boolean {
  return (
    deployment.status === 'succeeded' &&
    productionEnvironments.includes(deployment.environment)
  );
}

interface TimedDeployment {
  id: string;
  finishedAtMs: number;
}

function descendingId(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? 1 : -1;
}

function groupKey(entityRef: string, environment: string): string {
  return `${entityRef.toLocaleLowerCase('en-US')}\n${environment}`;
}

/**
 * Attributes incidents to deployments (DESIGN.md "Incident attribution"):
 *
 * 1. an incident belongs to the deployment it names (`deploymentId`), whether
 *    or not that deployment is among `deployments`;
 * 2. otherwise to the latest production deployment (see
 *    {@link isProductionDeployment}) of the same entity and environment that
 *    finished at or before the incident started (the incident's environment
 *    defaults to `production`); among deployments that finished at the same
 *    instant the one with the smallest id wins, which is the one listed first
 *    in a newest-first (finishedAt desc, id asc) listing;
 * 3. otherwise to none.
 *
 * Times are compared as instants, so `10:00:00+02:00` equals `08:00:00Z`.
 * Callers need to pass every production deployment that can be the latest one
 * before one of the incidents; others are ignored.
 *
 * @returns for every incident id, the id of its deployment or `undefined`.
 * @public
 */
export function attributeIncidents(
  incidents: readonly AttributionIncident[],
  deployments: readonly AttributionDeployment[],
  options: AttributionOptions = {},
): Map<string, string | undefined> {
  const productionEnvironments =
    options.productionEnvironments ?? DEFAULT_PRODUCTION_ENVIRONMENTS;

  const byGroup = new Map<string, TimedDeployment[]>();
  for (const d of deployments) {
    if (!isProductionDeployment(d, productionEnvironments)) continue;
    const key = groupKey(d.entityRef, d.environment);
    const list = byGroup.get(key) ?? [];
    list.push({ id: d.id, finishedAtMs: Date.parse(d.finishedAt) });
    byGroup.set(key, list);
  }
  // Ascending by finish; among equal finishes the smallest id sorts last, so
  // the last entry at or before a time is the winner.
  for (const list of byGroup.values()) {
    list.sort(
      (a, b) => a.finishedAtMs - b.finishedAtMs || descendingId(a.id, b.id),
    );
  }

  const result = new Map<string, string | undefined>();
  for (const incident of incidents) {
    if (incident.deploymentId) {
      result.set(incident.id, incident.deploymentId);
      continue;
    }
    const environment = incident.environment ?? DEFAULT_INCIDENT_ENVIRONMENT;
    const list = byGroup.get(groupKey(incident.entityRef, environment));
    const startedAtMs = Date.parse(incident.startedAt);
    result.set(incident.id, list && latestAtOrBefore(list, startedAtMs)?.id);
  }
  return result;
}

/** Binary search for the last entry with finishedAtMs <= timeMs. */
function latestAtOrBefore(
  sorted: TimedDeployment[],
  timeMs: number,
): TimedDeployment | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].finishedAtMs <= timeMs) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}
