/**
 * The demo generator: a pure function from (service, profile, seed, time
 * range) to native v1 events. Each day of each service draws from its own
 * seeded stream, so any range can be regenerated and yields the same ids.
 */
import { DeliveryEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DAY_MS, HOUR_MS, MINUTE_MS, startOfUtcDay } from './calendar';
import { DemoStream, plannedDeployTimes } from './dayPlan';
import { buildDeploymentUnit } from './deploymentUnit';
import { DEMO_PROFILES, DemoProfileName } from './profiles';
import { compareEvents, visibleAt } from './visibility';

/**
 * Upper bound of how long after its day starts a slot's events keep changing
 * (the longest recovery is 3 days). A tick only needs to regenerate this far
 * back to catch every event that appeared or changed since the last tick.
 * @public
 */
export const MAX_SLOT_SPAN_MS = 5 * DAY_MS;

// No planned deployment starts later than this (UTC), so its rollback or
// hotfix ends before the next day's first deployment.
const LATEST_START_MS = 21 * HOUR_MS;
const PAUSE_BETWEEN_DEPLOYS_MS = 10 * MINUTE_MS;

/** Input of {@link generateDemoEvents}. @public */
export interface GenerateDemoEventsOptions {
  /** Full entity ref, e.g. `component:default/checkout-api`. */
  entityRef: string;
  profile: DemoProfileName;
  seed: number;
  /** Slots of the days from the one containing `fromMs` are generated. */
  fromMs: number;
  /** "Now": only what has happened before it is returned. */
  toMs: number;
}

/**
 * Id-safe short name of an entity: its name, prefixed with namespace and kind
 * when they are not the defaults so ids stay unique across entities.
 */
function entitySlug(entityRef: string): { service: string; slug: string } {
  const match = /^([^:]+):([^/]+)\/(.+)$/.exec(entityRef);
  if (!match) {
    throw new Error(
      `Expected a full entity ref like component:default/name, got '${entityRef}'`,
    );
  }
  const [, kind, namespace, service] = match;
  const prefix = [
    kind !== 'component' ? kind : '',
    namespace !== 'default' ? namespace : '',
  ]
    .filter(Boolean)
    .join('-');
  return { service, slug: prefix ? `${prefix}-${service}` : service };
}

/**
 * Generates the native v1 events (changes, deployments, incidents) of one
 * service, ordered so that referenced events come first.
 * @public
 */
export function generateDemoEvents(
  options: GenerateDemoEventsOptions,
): DeliveryEvent[] {
  const { entityRef, seed, fromMs, toMs } = options;
  const stream: DemoStream = {
    entityRef,
    seed,
    profile: DEMO_PROFILES[options.profile],
  };
  const { service, slug } = entitySlug(entityRef);
  const events: DeliveryEvent[] = [];

  for (
    let dayStartMs = startOfUtcDay(fromMs);
    dayStartMs < toMs;
    dayStartMs += DAY_MS
  ) {
    // Deployments of a service are sequential: the next waits for the last
    // one's rollback or hotfix, which keeps attribution by time unambiguous.
    let notBeforeMs = -Infinity;
    plannedDeployTimes(stream, dayStartMs).forEach((plannedMs, index) => {
      const startMs = Math.max(
        plannedMs,
        notBeforeMs + PAUSE_BETWEEN_DEPLOYS_MS,
      );
      if (startMs > dayStartMs + LATEST_START_MS) {
        return;
      }
      const unit = buildDeploymentUnit({
        stream,
        service,
        slug,
        dayStartMs,
        index,
        startMs,
      });
      events.push(...unit.events);
      notBeforeMs = unit.busyUntilMs;
    });
  }

  return events
    .map(event => visibleAt(event, toMs))
    .filter((event): event is DeliveryEvent => event !== undefined)
    .sort(compareEvents);
}
