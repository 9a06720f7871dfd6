import { LoggerService } from '@backstage/backend-plugin-api';
import { IncidentEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryEventSink } from '../eventSources';
import { IncidentScope } from './incidentScopes';
import { PollStateStore } from './PollStateStore';
import { TimeWindow, splitTimeWindow } from './timeWindows';

/** A provider item mapped to an incident event, or why it was skipped. @public */
export type MappedIncident =
  | { ok: true; nativeId: string; open: boolean; event: IncidentEvent }
  | { ok: false; reason: string };

/** The provider-specific half of an incident pull source. @public */
export interface IncidentProvider<T> {
  /** Used in logs, e.g. `pagerduty`. */
  readonly sourceId: string;
  /** Longest created-at window one listing may ask for. */
  readonly maxWindowMs: number;
  /** All incidents of the scope created in the window (every page). */
  listCreated(scope: IncidentScope, window: TimeWindow): Promise<T[]>;
  /** One incident by provider id; undefined when it no longer exists. */
  getById(nativeId: string): Promise<T | undefined>;
  toIncident(item: T, scope: IncidentScope): MappedIncident;
}

/** Options of {@link pollIncidentScope}. @public */
export interface PollIncidentScopeOptions<T> {
  provider: IncidentProvider<T>;
  store: PollStateStore;
  sink: DeliveryEventSink;
  logger: LoggerService;
  scope: IncidentScope;
  nowMs: number;
  /** How far back the first poll of a scope reads. */
  backfillMs: number;
  /** How far before the last poll's end later polls start again. */
  overlapMs: number;
}

/** Largest batch handed to the sink (the ingestion API's limit). @public */
export const MAX_INCIDENT_BATCH = 1000;

/**
 * Polls one scope: incidents created since the cursor (or the backfill
 * horizon), plus a re-read of those still open last time so that their
 * resolution arrives. Everything is re-sent by id (idempotent) and the
 * cursor only moves once all of it is stored.
 * @public
 */
export async function pollIncidentScope<T>(
  options: PollIncidentScopeOptions<T>,
): Promise<{ stored: number; open: number; skipped: number }> {
  const { provider, store, sink, logger, scope, nowMs } = options;
  const state = await store.get(scope.key);
  const fromMs =
    state.polledUntilMs === undefined
      ? nowMs - options.backfillMs
      : Math.min(nowMs, state.polledUntilMs - options.overlapMs);
  const found = new Map<string, Extract<MappedIncident, { ok: true }>>();
  let skipped = 0;
  const add = (item: T) => {
    const mapped = provider.toIncident(item, scope);
    if (mapped.ok) {
      found.set(mapped.nativeId, mapped);
    } else {
      skipped++;
      logger.warn(
        `${provider.sourceId}: skipped an incident for ${scope.entityRef}: ${mapped.reason}`,
      );
    }
  };

  for (const window of splitTimeWindow(fromMs, nowMs, provider.maxWindowMs)) {
    (await provider.listCreated(scope, window)).forEach(add);
  }
  for (const nativeId of state.openIds) {
    if (found.has(nativeId)) continue;
    const item = await provider.getById(nativeId);
    if (item !== undefined) add(item);
  }

  const events = [...found.values()].map(m => m.event);
  for (let i = 0; i < events.length; i += MAX_INCIDENT_BATCH) {
    await sink.ingest(events.slice(i, i + MAX_INCIDENT_BATCH));
  }
  const openIds = [...found.values()].filter(m => m.open).map(m => m.nativeId);
  await store.set(scope.key, { polledUntilMs: nowMs, openIds });
  return { stored: events.length, open: openIds.length, skipped };
}
