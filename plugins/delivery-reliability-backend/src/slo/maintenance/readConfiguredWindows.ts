import { Config } from '@backstage/config';
import { isEntityRef, normalizeEntityRef } from '../../ingestion/entityRef';
import { isRfc3339DateTime, toEpochMs } from '../../ingestion/time';
import { MaintenanceWindowRecord } from './types';

/** Where configured windows live; named by every start-up error. @internal */
export const MAINTENANCE_WINDOWS_KEY =
  'deliveryReliability.slo.maintenanceWindows';

function readTime(entry: Config, key: string, field: 'from' | 'to'): number {
  const value = entry.getString(field);
  if (!isRfc3339DateTime(value)) {
    throw new Error(
      `Invalid config ${key}.${field}: must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T22:00:00Z), got "${value}"`,
    );
  }
  return toEpochMs(value);
}

/**
 * Reads `deliveryReliability.slo.maintenanceWindows` (config.d.ts). A bad
 * entry stops the backend at start-up with a message naming its key, since
 * a window silently dropped would spend budget on planned work.
 * @internal
 */
export function readConfiguredWindows(
  config: Config,
): MaintenanceWindowRecord[] {
  const seen = new Set<string>();
  return (config.getOptionalConfigArray(MAINTENANCE_WINDOWS_KEY) ?? []).map(
    (entry, i) => {
      const key = `${MAINTENANCE_WINDOWS_KEY}[${i}]`;
      const id = entry.getString('id');
      if (seen.has(id)) {
        throw new Error(
          `Invalid config ${key}.id: "${id}" is used by an earlier window; ids must be unique`,
        );
      }
      seen.add(id);
      const rawRef = entry.getString('entityRef');
      if (!isEntityRef(rawRef)) {
        throw new Error(
          `Invalid config ${key}.entityRef: must be an entity ref like component:default/checkout, got "${rawRef}"`,
        );
      }
      const fromMs = readTime(entry, key, 'from');
      const toMs = readTime(entry, key, 'to');
      if (fromMs >= toMs) {
        throw new Error(
          `Invalid config ${key}: from must be before to (the window is [from, to))`,
        );
      }
      const reason = entry.getOptionalString('reason');
      return {
        id,
        entityRef: normalizeEntityRef(rawRef),
        fromMs,
        toMs,
        ...(reason !== undefined ? { reason } : {}),
        source: 'config' as const,
      };
    },
  );
}
