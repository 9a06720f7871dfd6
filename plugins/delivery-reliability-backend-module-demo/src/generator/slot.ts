/**
 * Types shared by the builders of one deployment slot.
 */
import { DeliveryEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import { HOUR_MS } from './calendar';
import { DemoStream } from './dayPlan';

/**
 * Latest a rollback or hotfix follows its deployment. Planned deploys start
 * between 07:00 and 21:00 UTC, so follow-ups end before the next day's first
 * deploy and a rollback without `rollsBack` still reverts the right one.
 * @public
 */
export const MAX_FOLLOW_UP_MS = 8 * HOUR_MS;

/** Where and when one planned deployment happens. @public */
export interface DeploymentSlot {
  stream: DemoStream;
  /** Entity name, used in titles; `slug` is used in ids. */
  service: string;
  slug: string;
  dayStartMs: number;
  /** Position among the day's planned deployments; part of every id. */
  index: number;
  /** When the production deployment starts. */
  startMs: number;
}

/** Events of one deployment slot, and when the next deployment may start. @public */
export interface DeploymentUnit {
  events: DeliveryEvent[];
  busyUntilMs: number;
}
