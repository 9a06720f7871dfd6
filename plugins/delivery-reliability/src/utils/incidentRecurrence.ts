import { IncidentView } from '@delivery-reliability/plugin-delivery-reliability-common';

/** Incidents this close together (by start) count as a recurrence. */
export const RECURRENCE_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * The part of a title that stays the same when an incident comes back:
 * lower-cased, digits dropped (counts, ids, percentages, times differ between
 * occurrences), punctuation turned into spaces, whitespace collapsed.
 * `undefined` when nothing is left (an untitled incident cannot be matched).
 */
export function normalizeIncidentTitle(
  title: string | undefined,
): string | undefined {
  const normalized = (title ?? '')
    .toLocaleLowerCase('en-US')
    .replace(/\d+/g, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return normalized || undefined;
}

/**
 * The recurrence rule: two incidents are similar when they belong to the same
 * entity and their titles normalize ({@link normalizeIncidentTitle}) to the
 * same text; an incident recurs when a similar one started within
 * {@link RECURRENCE_WINDOW_DAYS} days of it, before or after.
 *
 * Answers, for each recurring incident id, the similar incidents (oldest
 * first); incidents that do not recur are absent.
 */
export function findIncidentRecurrences(
  incidents: readonly IncidentView[],
): Map<string, IncidentView[]> {
  const groups = new Map<string, IncidentView[]>();
  for (const incident of incidents) {
    const title = normalizeIncidentTitle(incident.title);
    const startMs = Date.parse(incident.startedAt);
    if (!title || !Number.isFinite(startMs)) continue;
    // JSON of the pair cannot collide the way a joined string could.
    const key = JSON.stringify([incident.entityRef, title]);
    groups.set(key, [...(groups.get(key) ?? []), incident]);
  }
  const result = new Map<string, IncidentView[]>();
  for (const group of groups.values()) {
    const sorted = [...group].sort(
      (a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt),
    );
    for (const incident of sorted) {
      const startMs = Date.parse(incident.startedAt);
      const similar = sorted.filter(
        other =>
          other !== incident &&
          Math.abs(Date.parse(other.startedAt) - startMs) <=
            RECURRENCE_WINDOW_DAYS * DAY_MS,
      );
      if (similar.length > 0) result.set(incident.id, similar);
    }
  }
  return result;
}
