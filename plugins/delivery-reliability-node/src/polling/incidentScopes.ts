import { LoggerService } from '@backstage/backend-plugin-api';

/**
 * One thing a pull source polls (a PagerDuty service, an Opsgenie query)
 * and the catalog entity its incidents belong to.
 * @public
 */
export interface IncidentScope {
  /** Provider-side key: a service id or a query. */
  key: string;
  /** Full entity ref, e.g. `component:default/checkout`. */
  entityRef: string;
}

/**
 * Removes duplicate keys: an incident id can belong to one entity only, so
 * when several entities name the same key the first by entity ref wins and
 * the others are reported, sorted so the choice is stable across polls.
 * @public
 */
export function uniqueIncidentScopes(
  scopes: IncidentScope[],
  logger: LoggerService,
): IncidentScope[] {
  const byKey = new Map<string, IncidentScope>();
  const sorted = [...scopes].sort((a, b) =>
    a.entityRef.localeCompare(b.entityRef),
  );
  for (const scope of sorted) {
    const kept = byKey.get(scope.key);
    if (kept) {
      logger.warn(
        `${scope.entityRef} names the same incident source '${scope.key}' as ${kept.entityRef}; its incidents are stored for ${kept.entityRef} only`,
      );
    } else {
      byKey.set(scope.key, scope);
    }
  }
  return [...byKey.values()];
}
