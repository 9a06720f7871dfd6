/**
 * Keeps one record per id: a re-sent id replaces the earlier version (the
 * last one in the input wins), as the ingestion contract promises. The
 * result keeps the position where each id first appeared, so re-sending a
 * record does not reorder a listing.
 * @public
 */
export function dedupeLatestById<T extends { id: string }>(
  records: Iterable<T>,
): T[] {
  const byId = new Map<string, T>();
  for (const record of records) {
    // Map.set on an existing key keeps its insertion position.
    byId.set(record.id, record);
  }
  return [...byId.values()];
}
