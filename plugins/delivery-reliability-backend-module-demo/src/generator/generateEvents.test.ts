import {
  ChangeEvent,
  DeliveryEvent,
  DeploymentEvent,
  IncidentEvent,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { MAX_SLOT_SPAN_MS, generateDemoEvents } from './generateEvents';
import { DAY_MS, NOW_MS, SEED, SERVICES } from './testing/fixtures';
import {
  attributedDeployment,
  rollbackTarget,
} from './testing/measureDelivery';

const RFC3339 =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const SEMVER = /^\d+\.\d+\.\d+(\+hotfix\.\d+)?$/;
const ms = (t: string) => Date.parse(t);
/** Id of the planned deployment a derived event belongs to (its slot). */
const slotOf = (id: string) =>
  id.replace(/-(staging|attempt|rollback|hotfix|incident|fix|change-\d+)$/, '');

function history(service = SERVICES[0], days = 90, toMs = NOW_MS, seed = SEED) {
  return generateDemoEvents({
    ...service,
    seed,
    fromMs: toMs - days * DAY_MS,
    toMs,
  });
}

function referencesOf(event: DeliveryEvent): string[] {
  switch (event.type) {
    case 'deployment':
      return [
        ...(event.changeIds ?? []),
        ...(event.rollsBack ? [event.rollsBack] : []),
      ];
    case 'incident':
      return [event.deploymentId, event.fixedByDeploymentId].filter(
        (r): r is string => !!r,
      );
    default:
      return [];
  }
}

const deploymentsOf = (events: DeliveryEvent[]) =>
  events.filter((e): e is DeploymentEvent => e.type === 'deployment');
const isProduction = (d: DeploymentEvent) =>
  d.environment === 'production' && d.status === 'succeeded';

describe('generateDemoEvents', () => {
  it('is deterministic: same inputs, same events; other services and seeds differ', () => {
    const events = history();
    expect(history()).toEqual(events);
    const ids = new Set(events.map(e => e.id));
    const other = history(SERVICES[1]);
    expect(other.some(e => ids.has(e.id))).toBe(false);
    const times = (list: DeliveryEvent[]) =>
      deploymentsOf(list).map(d => d.finishedAt.slice(11));
    expect(times(other)).not.toEqual(times(events));
    expect(times(history(SERVICES[0], 90, NOW_MS, SEED + 1))).not.toEqual(
      times(events),
    );
  });

  it('gives a slot the same ids whatever range it is generated in', () => {
    const long = history(SERVICES[4], 30);
    const short = history(SERVICES[4], 3);
    const longById = new Map(long.map(e => [`${e.type}:${e.id}`, e]));
    for (const event of short) {
      expect(longById.get(`${event.type}:${event.id}`)).toEqual(event);
    }
  });

  describe.each(SERVICES)('$profile $entityRef over 90 days', service => {
    const events = history(service);
    const deployments = deploymentsOf(events);
    const production = deployments.filter(isProduction);
    const changes = new Map(
      events
        .filter((e): e is ChangeEvent => e.type === 'change')
        .map(c => [c.id, c]),
    );
    const incidents = events.filter(
      (e): e is IncidentEvent => e.type === 'incident',
    );
    const byId = new Map(deployments.map(d => [d.id, d]));

    it('has well-formed events of this entity with unique ids', () => {
      for (const event of events) {
        expect(event.entityRef).toBe(service.entityRef);
        const times = Object.entries(event).filter(([key]) =>
          key.endsWith('At'),
        );
        for (const [, value] of times) {
          expect(value).toMatch(RFC3339);
          expect(ms(value)).toBeLessThan(NOW_MS);
        }
      }
      for (const type of ['change', 'deployment', 'incident']) {
        const ids = events.filter(e => e.type === type).map(e => e.id);
        expect(new Set(ids).size).toBe(ids.length);
      }
    });

    it('has changes committed, opened and merged in order, before their deployments', () => {
      for (const change of changes.values()) {
        // Work still in review near "now" has no PR or merge time yet.
        const times = [
          change.firstCommitAt,
          change.prOpenedAt,
          change.mergedAt,
        ];
        const known = times.filter(Boolean).map(t => ms(t!));
        expect(known).toEqual([...known].sort((a, b) => a - b));
        expect(new Set(known).size).toBe(known.length);
        expect(Boolean(change.mergedAt) && !change.prOpenedAt).toBe(false);
      }
      for (const deployment of deployments) {
        expect(deployment.version).toMatch(SEMVER);
        expect(ms(deployment.startedAt!)).toBeLessThan(
          ms(deployment.finishedAt),
        );
        for (const id of deployment.changeIds ?? []) {
          expect(changes.get(id)?.mergedAt).toBeDefined();
          expect(ms(changes.get(id)!.mergedAt!)).toBeLessThan(
            ms(deployment.startedAt!),
          );
        }
      }
    });

    it('deploys each planned version to staging before production', () => {
      const planned = production.filter(d => !d.rollback && !d.hotfix);
      expect(planned.length).toBeGreaterThan(10);
      for (const deployment of planned) {
        const staging = byId.get(`${deployment.id}-staging`)!;
        expect(staging).toMatchObject({
          environment: 'staging',
          version: deployment.version,
          changeIds: deployment.changeIds,
        });
        expect(ms(staging.finishedAt)).toBeLessThan(ms(deployment.startedAt!));
      }
    });

    it('rolls back the intended earlier production deployment, named or by default', () => {
      for (const rollback of production.filter(d => d.rollback)) {
        const target = byId.get(rollbackTarget(production, rollback)!)!;
        expect(target.id).toBe(slotOf(rollback.id));
        expect(isProduction(target)).toBe(true);
        expect(ms(target.finishedAt)).toBeLessThan(ms(rollback.finishedAt));
      }
    });

    it('has incidents that point at existing deployments, named or by time', () => {
      for (const incident of incidents) {
        expect(incident.environment).toBe('production');
        expect(incident.severity).toMatch(/^sev[1-4]$/);
        expect(incident.title).toEqual(expect.any(String));
        // Named or not, attribution lands on the deployment that caused it.
        expect(attributedDeployment(production, incident)).toBe(
          slotOf(incident.id),
        );
        expect(
          ms(byId.get(slotOf(incident.id))!.finishedAt),
        ).toBeLessThanOrEqual(ms(incident.startedAt));
        const severe =
          incident.severity === 'sev1' || incident.severity === 'sev2';
        expect(Boolean(incident.postmortemUrl)).toBe(
          severe && Boolean(incident.resolvedAt),
        );
      }
      for (const { deploymentId } of incidents.filter(i => i.deploymentId)) {
        expect(byId.has(deploymentId!)).toBe(true);
      }
      for (const { startedAt, resolvedAt } of incidents.filter(
        i => i.resolvedAt,
      )) {
        expect(ms(startedAt)).toBeLessThan(ms(resolvedAt!));
      }
      for (const incident of incidents.filter(i => i.fixedByDeploymentId)) {
        const fix = byId.get(incident.fixedByDeploymentId!)!;
        expect(fix).toMatchObject({ hotfix: true, environment: 'production' });
        expect(ms(fix.finishedAt)).toBeLessThanOrEqual(
          ms(incident.resolvedAt!),
        );
      }
    });

    it('lists every event after the events it refers to', () => {
      const seen = new Set<string>();
      for (const event of events) {
        for (const ref of referencesOf(event)) {
          expect(seen.has(ref)).toBe(true);
        }
        seen.add(event.id);
      }
    });

    it('keeps every slot within MAX_SLOT_SPAN_MS of its day', () => {
      for (const event of events) {
        const day = /-(\d{4})(\d{2})(\d{2})-\d+/.exec(event.id)!;
        const dayStartMs = Date.UTC(+day[1], +day[2] - 1, +day[3]);
        const times = Object.entries(event).filter(([key]) =>
          key.endsWith('At'),
        );
        for (const [, value] of times) {
          expect(ms(value) - dayStartMs).toBeLessThan(MAX_SLOT_SPAN_MS);
        }
      }
    });

    it('deploys mostly on weekdays in working hours', () => {
      const planned = production.filter(d => !d.rollback && !d.hotfix);
      const inHours = planned.filter(d => {
        const date = new Date(d.startedAt!);
        const weekday = date.getUTCDay() >= 1 && date.getUTCDay() <= 5;
        return weekday && date.getUTCHours() >= 7 && date.getUTCHours() < 21;
      });
      expect(inHours.length / planned.length).toBeGreaterThan(0.8);
      const merges = [...changes.values()].flatMap(c =>
        c.mergedAt ? [new Date(c.mergedAt)] : [],
      );
      const mergedInHours = merges.filter(
        d => d.getUTCHours() >= 7 && d.getUTCHours() < 20,
      );
      expect(mergedInHours.length / merges.length).toBeGreaterThan(0.7);
    });
  });

  it('covers every rule of the contract across the demo services', () => {
    const all = SERVICES.flatMap(service => history(service));
    const deployments = deploymentsOf(all);
    const incidents = all.filter(
      (e): e is IncidentEvent => e.type === 'incident',
    );
    expect(deployments.some(d => d.status === 'failed')).toBe(true);
    expect(deployments.some(d => d.rollback && d.rollsBack)).toBe(true);
    expect(deployments.some(d => d.rollback && !d.rollsBack)).toBe(true);
    expect(deployments.some(d => d.hotfix)).toBe(true);
    expect(incidents.some(i => i.deploymentId)).toBe(true);
    expect(incidents.some(i => !i.deploymentId)).toBe(true);
    expect(incidents.some(i => i.fixedByDeploymentId)).toBe(true);
    expect(incidents.some(i => i.postmortemUrl)).toBe(true);
    expect(new Set(incidents.map(i => i.severity))).toEqual(
      new Set(['sev1', 'sev2', 'sev3', 'sev4']),
    );
  });

  it('sends an incident open while it lasts and only what has happened', () => {
    // Step "now" through three weeks: now and then an incident is still open.
    let openSeen = 0;
    for (let step = 0; step < 21; step++) {
      const toMs = NOW_MS + step * DAY_MS;
      for (const service of SERVICES) {
        const events = history(service, 5, toMs);
        const open = events.filter(
          (e): e is IncidentEvent => e.type === 'incident' && !e.resolvedAt,
        );
        for (const incident of open) {
          expect(incident.fixedByDeploymentId).toBeUndefined();
          expect(incident.postmortemUrl).toBeUndefined();
          expect(toMs - ms(incident.startedAt)).toBeLessThan(MAX_SLOT_SPAN_MS);
        }
        openSeen += open.length;
        expect(
          events.every(e =>
            Object.entries(e).every(
              ([key, value]) =>
                !key.endsWith('At') || ms(value as string) < toMs,
            ),
          ),
        ).toBe(true);
      }
    }
    expect(openSeen).toBeGreaterThan(0);
  });
});
