/** mulberry32: a tiny seeded PRNG, so every run sees the same "random" data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Native events as ingested, in ingestion order, in batches. */
export interface RandomHistory {
  batches: object[][];
  /** Every event in ingestion order (re-sent ones after their originals). */
  all: Array<Record<string, any>>;
  startMs: number;
  days: number;
}

/**
 * A random history of services over `days` days from `startMs`: deployments
 * to production and staging (some failed, rollbacks naming a deployment or
 * none, hotfixes, busy days with many changes so day sketches leave exact
 * mode), changes, incidents attributed by name or by time (some unresolved,
 * some naming a fix), then re-sent versions that move deployments
 * across days and environments and change incidents and changes.
 * Sent in time order in small batches, with some changes and incidents
 * held back and every re-send sent alone at the end.
 */
export function randomHistory(seed: number, services: string[]): RandomHistory {
  const random = prng(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const startMs = Date.parse('2026-01-05T00:00:00Z');
  const days = 60;
  const at = () => startMs + Math.floor(random() * days * DAY);
  const events: Array<Record<string, any>> = [];
  const deployments: Array<Record<string, any>> = [];

  for (const service of services) {
    const entityRef = `component:default/${service}`;
    const busyDay = startMs + Math.floor(random() * days) * DAY;
    for (let i = 0; i < 70; i++) {
      const id = `${service}-d${i}`;
      const finishedAtMs = i < 8 ? busyDay + i * 3_600_000 : at();
      const changeIds: string[] = [];
      const changes = i < 8 ? 6 : Math.floor(random() * 3);
      for (let c = 0; c < changes; c++) {
        const changeId = `${id}-c${c}`;
        changeIds.push(changeId);
        events.push({
          type: 'change',
          id: changeId,
          entityRef,
          firstCommitAt: iso(finishedAtMs - Math.floor(random() * 5 * DAY)),
          ...(random() < 0.5 && { mergedAt: iso(finishedAtMs - 3_600_000) }),
        });
      }
      // Re-ship an earlier change now and then (counts once, at its first).
      if (deployments.length > 0 && random() < 0.2) {
        const earlier = pick(
          deployments.filter(d => d.entityRef === entityRef),
        );
        if (earlier?.changeIds?.length) changeIds.push(earlier.changeIds[0]);
      }
      const roll = random();
      const earlierSame = deployments.filter(d => d.entityRef === entityRef);
      const deployment: Record<string, any> = {
        type: 'deployment',
        id,
        entityRef,
        environment: random() < 0.8 ? 'production' : 'staging',
        status: random() < 0.92 ? 'succeeded' : 'failed',
        finishedAt: iso(finishedAtMs),
        changeIds,
        ...(roll < 0.08 && { rollback: true }),
        ...(roll >= 0.08 &&
          roll < 0.12 &&
          earlierSame.length > 0 && {
            rollsBack: pick(earlierSame).id,
          }),
        ...(random() < 0.08 && { hotfix: true }),
      };
      deployments.push(deployment);
      events.push(deployment);
    }
    for (let i = 0; i < 25; i++) {
      const startedAtMs = at();
      const named =
        random() < 0.3
          ? pick(deployments.filter(d => d.entityRef === entityRef))
          : undefined;
      events.push({
        type: 'incident',
        id: `${service}-i${i}`,
        entityRef,
        ...(random() < 0.8
          ? {}
          : { environment: pick(['production', 'staging']) }),
        startedAt: iso(startedAtMs),
        ...(random() < 0.85 && {
          resolvedAt: iso(startedAtMs + Math.floor(random() * DAY)),
        }),
        ...(named && { deploymentId: named.id }),
        ...(random() < 0.2 && {
          fixedByDeploymentId: pick(
            deployments.filter(d => d.entityRef === entityRef),
          ).id,
        }),
      });
    }
  }

  // Stream in time order (a change at its first commit, an incident at its
  // start) in small batches; hold some changes and incidents back to send
  // them late, one per batch, so recomputation must reach back to them.
  const timeOf = (e: Record<string, any>) =>
    Date.parse(e.finishedAt ?? e.startedAt ?? e.firstCommitAt);
  const late = events.filter(e => e.type !== 'deployment' && random() < 0.15);
  const stream = events
    .filter(e => !late.includes(e))
    .sort((a, b) => timeOf(a) - timeOf(b));
  const batches: object[][] = [];
  for (let i = 0; i < stream.length; i += 25)
    batches.push(stream.slice(i, i + 25));
  for (const event of late) batches.push([event]);

  const resent: Array<Record<string, any>> = [];
  for (const event of events) {
    if (random() > 0.08) continue;
    if (event.type === 'deployment') {
      resent.push({
        ...event,
        finishedAt: iso(
          Date.parse(event.finishedAt) + Math.floor((random() - 0.5) * 6 * DAY),
        ),
        ...(random() < 0.3 && { environment: 'staging' }),
      });
    } else if (event.type === 'incident') {
      const { resolvedAt, ...rest } = event;
      resent.push(
        resolvedAt
          ? rest
          : { ...rest, resolvedAt: iso(Date.parse(rest.startedAt) + DAY) },
      );
    } else {
      resent.push({
        ...event,
        firstCommitAt: iso(Date.parse(event.firstCommitAt) - DAY),
      });
    }
  }
  for (const event of resent) batches.push([event]);
  const all = [...stream, ...late, ...resent];
  return { batches, all, startMs, days };
}
