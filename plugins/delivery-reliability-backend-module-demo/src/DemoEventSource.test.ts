import { mockServices } from '@backstage/backend-test-utils';
import { IngestSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DeliveryEventSink } from '@delivery-reliability/plugin-delivery-reliability-node';
import { DemoConfig } from './config';
import { DemoEventSource } from './DemoEventSource';
import { NOW_MS, SERVICES } from './generator/testing/fixtures';

type Event = { type: string; id: string };

/** Records every batch, like the real sink replaces events by type and id. */
class RecordingSink implements DeliveryEventSink {
  readonly batches: Event[][] = [];
  readonly stored = new Map<string, Event>();
  failNext = false;

  async ingest(events: unknown[]): Promise<IngestSummary> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('database is down');
    }
    const batch = events as Event[];
    this.batches.push(batch);
    batch.forEach(e => this.stored.set(`${e.type}:${e.id}`, e));
    const count = (type: string) => batch.filter(e => e.type === type).length;
    return {
      received: batch.length,
      deployments: count('deployment'),
      changes: count('change'),
      incidents: count('incident'),
    };
  }
}

const config: DemoConfig = {
  enabled: true,
  historyDays: 90,
  intervalSeconds: 60,
  seed: 1,
  services: SERVICES,
};

function setup(clock = { nowMs: NOW_MS }) {
  const scheduler = mockServices.scheduler.mock();
  const source = new DemoEventSource({
    config,
    scheduler,
    logger: mockServices.logger.mock(),
    now: () => new Date(clock.nowMs),
  });
  const sink = new RecordingSink();
  const tick = () => {
    const [[task]] = scheduler.scheduleTask.mock.calls;
    return task.fn(new AbortController().signal);
  };
  return { clock, scheduler, source, sink, tick };
}

describe('DemoEventSource', () => {
  it('sends history in batches of at most 1000, then schedules ticks', async () => {
    const { scheduler, source, sink, tick } = setup();
    await source.connect(sink);
    expect(source.id).toBe('demo');
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'delivery-reliability-demo-events',
        frequency: { seconds: 60 },
        scope: 'global',
      }),
    );
    await tick(); // waits for the history run, then finds nothing new
    expect(sink.batches.length).toBeGreaterThan(3);
    expect(sink.batches.every(b => b.length > 0 && b.length <= 1000)).toBe(
      true,
    );
    const sent = sink.batches.flat();
    expect(sink.stored.size).toBe(sent.length); // history has no duplicates
    expect(new Set(sent.map(e => e.type))).toEqual(
      new Set(['change', 'deployment', 'incident']),
    );
  });

  it('sends only what is new or changed on later ticks', async () => {
    const { clock, source, sink, tick } = setup();
    await source.connect(sink);
    await tick();
    const historyBatches = sink.batches.length;
    const historySize = sink.stored.size;

    await tick(); // no time passed
    expect(sink.batches.length).toBe(historyBatches);

    clock.nowMs += 26 * 3_600_000; // a day later: a weekday's worth of deploys
    await tick();
    const update = sink.batches.slice(historyBatches).flat();
    expect(update.length).toBeGreaterThan(0);
    expect(update.length).toBeLessThan(historySize / 10);
    expect(sink.stored.size).toBeGreaterThan(historySize);
  });

  it('re-sends the same ids after a restart instead of new ones', async () => {
    const first = setup();
    await first.source.connect(first.sink);
    await first.tick();
    const restarted = setup();
    await restarted.source.connect(restarted.sink);
    await restarted.tick();
    expect([...restarted.sink.stored.keys()].sort()).toEqual(
      [...first.sink.stored.keys()].sort(),
    );
  });

  it('retries the history on the next tick when the sink fails', async () => {
    const { source, sink, tick } = setup();
    sink.failNext = true;
    await source.connect(sink);
    await tick();
    expect(sink.stored.size).toBeGreaterThan(1000);
    expect(sink.batches.flat().length).toBe(sink.stored.size);
  });
});
