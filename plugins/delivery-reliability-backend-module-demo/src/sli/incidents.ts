/**
 * When a demo service is in trouble: the production incidents of the demo
 * generator itself, so the SLO burndown dips where the Delivery tab shows
 * incident bands. Generating events is the only costly part of a read, so
 * each UTC day's incidents are generated once and kept.
 */
import { DemoProfileName, generateDemoEvents } from '../generator';

/** Errors rise for at most this long: by then an incident is mitigated. */
export const ACUTE_PHASE_MS = 2 * 60 * 60_000;
const DAY_MS = 86_400_000;
// Days kept per calendar before it starts over (about 5 years per service).
const MAX_CACHED_DAYS = 2000;

// Share of the sev1 peak that an incident of each severity reaches.
const SEVERITY_INTENSITY: Record<string, number> = {
  sev1: 1,
  sev2: 0.6,
  sev3: 0.3,
  sev4: 0.15,
};

/** The acute phase of one incident and how hard it hits (sev1 = 1). @public */
export interface DemoIncidentWindow {
  fromMs: number;
  toMs: number;
  intensity: number;
}

/** One demo service's incidents, by the UTC day they start on. @public */
export class DemoIncidentCalendar {
  private readonly byDay = new Map<number, DemoIncidentWindow[]>();

  constructor(
    private readonly stream: {
      entityRef: string;
      profile: DemoProfileName;
      seed: number;
    },
  ) {}

  /** Acute phases overlapping `[fromMs, toMs)`, sorted by start. */
  windowsIn(fromMs: number, toMs: number): DemoIncidentWindow[] {
    const firstDay = Math.floor((fromMs - ACUTE_PHASE_MS) / DAY_MS) * DAY_MS;
    const lastDay = Math.floor((toMs - 1) / DAY_MS) * DAY_MS;
    let missingFrom: number | undefined;
    for (let day = firstDay; day <= lastDay; day += DAY_MS) {
      if (!this.byDay.has(day)) missingFrom ??= day;
      else if (missingFrom !== undefined) {
        this.generate(missingFrom, day - DAY_MS);
        missingFrom = undefined;
      }
    }
    if (missingFrom !== undefined) this.generate(missingFrom, lastDay);
    const windows: DemoIncidentWindow[] = [];
    for (let day = firstDay; day <= lastDay; day += DAY_MS) {
      for (const w of this.byDay.get(day) ?? []) {
        if (w.fromMs < toMs && w.toMs > fromMs) windows.push(w);
      }
    }
    return windows.sort((a, b) => a.fromMs - b.fromMs);
  }

  /**
   * Fills days `[firstDay, lastDay]`. An incident starts at most a day after
   * its deployment's day, so slots from the day before are generated too;
   * generating up to a day past the last makes every acute phase of those
   * days complete (the generator is a pure function, so the story beyond
   * "now" is the same one the Delivery tab will show later).
   */
  private generate(firstDay: number, lastDay: number) {
    if (this.byDay.size > MAX_CACHED_DAYS) this.byDay.clear();
    for (let day = firstDay; day <= lastDay; day += DAY_MS)
      this.byDay.set(day, []);
    const events = generateDemoEvents({
      ...this.stream,
      fromMs: firstDay - DAY_MS,
      toMs: lastDay + 2 * DAY_MS,
    });
    for (const event of events) {
      if (event.type !== 'incident') continue;
      const startMs = Date.parse(event.startedAt);
      const day = Math.floor(startMs / DAY_MS) * DAY_MS;
      const list = day >= firstDay ? this.byDay.get(day) : undefined;
      if (!list) continue;
      // Open at the generated horizon means it lasts past its acute phase.
      const endMs = event.resolvedAt ? Date.parse(event.resolvedAt) : Infinity;
      list.push({
        fromMs: startMs,
        toMs: Math.min(endMs, startMs + ACUTE_PHASE_MS),
        intensity: SEVERITY_INTENSITY[event.severity ?? ''] ?? 0.3,
      });
    }
  }
}

/**
 * Incident intensity averaged over `[fromMs, toMs)`, capped at 1: the share
 * of a step spent in incidents, weighted by severity.
 * @public
 */
export function incidentIntensity(
  windows: readonly DemoIncidentWindow[],
  fromMs: number,
  toMs: number,
): number {
  let weighted = 0;
  for (const w of windows) {
    if (w.fromMs >= toMs) break; // sorted by start: none later overlaps
    const overlapMs = Math.min(w.toMs, toMs) - Math.max(w.fromMs, fromMs);
    if (overlapMs > 0) weighted += overlapMs * w.intensity;
  }
  return Math.min(1, weighted / (toMs - fromMs));
}
