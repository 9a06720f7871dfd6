import { SloMaintenanceWindow } from '@delivery-reliability/plugin-delivery-reliability-common';

/** A maintenance window as the backend holds it, times in epoch ms. @internal */
export interface MaintenanceWindowRecord {
  id: string;
  /** Lower-case `kind:namespace/name`. */
  entityRef: string;
  fromMs: number;
  /** Exclusive. */
  toMs: number;
  reason?: string;
  source: 'config' | 'api';
  createdBy?: string;
  createdAtMs?: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The API view of a window. @internal */
export function toMaintenanceWindowView(
  record: MaintenanceWindowRecord,
): SloMaintenanceWindow {
  return {
    id: record.id,
    entityRef: record.entityRef,
    from: iso(record.fromMs),
    to: iso(record.toMs),
    ...(record.reason !== undefined ? { reason: record.reason } : {}),
    source: record.source,
    ...(record.createdBy !== undefined ? { createdBy: record.createdBy } : {}),
    ...(record.createdAtMs !== undefined
      ? { createdAt: iso(record.createdAtMs) }
      : {}),
  };
}
