import { InputError } from '@backstage/errors';
import { IngestSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryRecord, DeliveryStore } from '../store/types';
import { mapCDEvent } from './cdevents/mapCDEvent';
import { EventValidator } from './EventValidator';
import { MappedEvent } from './mappedEvent';
import { toRecord } from './toRecord';

/**
 * The one path by which events are stored, shared by `POST /v1/events` and
 * the event sink of source modules: validate every event, map CDEvents, then
 * write the whole batch in one transaction.
 * @internal
 */
export class IngestionService {
  constructor(
    private readonly validator: EventValidator,
    private readonly store: DeliveryStore,
  ) {}

  /**
   * Validates and stores one all-or-nothing batch. Rejects with an
   * `InputError` naming `events[i]` and the field when any event is invalid;
   * nothing is stored then.
   */
  async ingest(events: unknown[]): Promise<IngestSummary> {
    if (!Array.isArray(events)) {
      throw new InputError('events must be an array of events');
    }
    const summary: IngestSummary = {
      received: events.length,
      deployments: 0,
      changes: 0,
      incidents: 0,
    };
    const records: DeliveryRecord[] = events.map((value, index) => {
      const mapped = this.map(value, index);
      if (mapped.type === 'deployment') summary.deployments += 1;
      else if (mapped.type === 'change') summary.changes += 1;
      else summary.incidents += 1;
      return toRecord(mapped);
    });
    await this.store.upsertBatch(records);
    return summary;
  }

  private map(value: unknown, index: number): MappedEvent {
    const validated = this.validator.validate(value, index);
    return validated.form === 'native'
      ? validated.event
      : mapCDEvent(validated.event, validated.kind, `events[${index}]`);
  }
}
