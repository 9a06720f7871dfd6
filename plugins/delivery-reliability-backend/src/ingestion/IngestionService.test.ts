import { loadOpenApiDocument } from '../schema/openApiDocument';
import { DeliveryRecord, DeliveryStore } from '../store/types';
import { v05IncidentResolved } from './cdevents/__fixtures__/examples';
import { EventValidator } from './EventValidator';
import { IngestionService } from './IngestionService';

function setup() {
  const store: jest.Mocked<DeliveryStore> = {
    upsertBatch: jest.fn(async (_records: readonly DeliveryRecord[]) => {}),
    listDeployments: jest.fn(),
    listIncidents: jest.fn(),
  };
  const validator = EventValidator.fromOpenApi(loadOpenApiDocument());
  return { store, ingestion: new IngestionService(validator, store) };
}

describe('IngestionService', () => {
  it('stores normalized records and counts them by type', async () => {
    const { store, ingestion } = setup();
    const summary = await ingestion.ingest([
      {
        type: 'deployment',
        id: 'd1',
        entityRef: 'Checkout',
        environment: 'production',
        status: 'succeeded',
        finishedAt: '2026-01-01T01:00:00+01:00',
        changeIds: ['c1', 'c1', 'c2'],
        rollsBack: 'd0',
      },
      {
        type: 'change',
        id: 'c1',
        entityRef: 'checkout',
        firstCommitAt: '2025-12-31T00:00:00Z',
      },
      {
        type: 'incident',
        id: 'i1',
        entityRef: 'api:Payments/Gateway',
        startedAt: '2026-01-01T00:30:00Z',
      },
      v05IncidentResolved,
    ]);
    expect(summary).toEqual({
      received: 4,
      deployments: 1,
      changes: 1,
      incidents: 2,
    });
    expect(store.upsertBatch).toHaveBeenCalledTimes(1);
    // 2026-01-01T00:00:00Z = 1,767,225,600,000 ms; 2025-12-31 is 86,400,000 ms earlier.
    expect(store.upsertBatch.mock.calls[0][0]).toEqual([
      {
        kind: 'deployment',
        id: 'd1',
        entityRef: 'component:default/checkout',
        environment: 'production',
        status: 'succeeded',
        startedAtMs: undefined,
        finishedAtMs: 1_767_225_600_000,
        changeIds: ['c1', 'c2'],
        rollback: true,
        rollsBack: 'd0',
        hotfix: false,
        version: undefined,
      },
      {
        kind: 'change',
        id: 'c1',
        entityRef: 'component:default/checkout',
        firstCommitAtMs: 1_767_139_200_000,
        prOpenedAtMs: undefined,
        mergedAtMs: undefined,
      },
      expect.objectContaining({
        kind: 'incident',
        id: 'i1',
        entityRef: 'api:payments/gateway',
        environment: 'production',
        startedAtMs: 1_767_227_400_000,
        resolvedAtMs: undefined,
      }),
      expect.objectContaining({
        kind: 'incident-resolution',
        id: 'incident-123',
        entityRef: 'component:default/checkout',
        resolvedAtMs: Date.parse('2026-03-02T11:15:00Z'),
      }),
    ]);
  });

  it('stores nothing when any event of the batch is invalid', async () => {
    const { store, ingestion } = setup();
    const good = {
      type: 'change',
      id: 'c1',
      entityRef: 'checkout',
      firstCommitAt: '2026-01-01T00:00:00Z',
    };
    await expect(
      ingestion.ingest([good, good, { ...good, firstCommitAt: '2026-01-01' }]),
    ).rejects.toThrow(
      'events[2].firstCommitAt must be an RFC 3339 date-time with a time-zone offset',
    );
    expect(store.upsertBatch).not.toHaveBeenCalled();
  });

  it('rejects a non-array', async () => {
    const { ingestion } = setup();
    await expect(ingestion.ingest({} as any)).rejects.toThrow(
      'events must be an array of events',
    );
  });
});
