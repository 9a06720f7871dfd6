/**
 * The events that appeared or changed between two moments, for the periodic
 * tick: regenerating both moments and comparing keeps the tick stateless
 * apart from "when did I last send".
 */
import { DeliveryEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  GenerateDemoEventsOptions,
  MAX_SLOT_SPAN_MS,
  generateDemoEvents,
} from './generateEvents';

/** Input of {@link demoEventsChangedSince}. @public */
export type DemoEventsChangedSinceOptions = Omit<
  GenerateDemoEventsOptions,
  'fromMs'
> & {
  /** When events were last sent ("now" of the previous run). */
  sinceMs: number;
};

const keyOf = (event: DeliveryEvent) => `${event.type}:${event.id}`;

/**
 * Events that are new at `toMs` or differ from their version at `sinceMs`
 * (e.g. an incident that got resolved), in reference order.
 * @public
 */
export function demoEventsChangedSince(
  options: DemoEventsChangedSinceOptions,
): DeliveryEvent[] {
  const { sinceMs, ...rest } = options;
  // Slots that started earlier than this were complete before `sinceMs`.
  const fromMs = sinceMs - MAX_SLOT_SPAN_MS;
  const previous = new Map(
    generateDemoEvents({ ...rest, fromMs, toMs: sinceMs }).map(e => [
      keyOf(e),
      JSON.stringify(e),
    ]),
  );
  return generateDemoEvents({ ...rest, fromMs }).filter(
    event => previous.get(keyOf(event)) !== JSON.stringify(event),
  );
}
