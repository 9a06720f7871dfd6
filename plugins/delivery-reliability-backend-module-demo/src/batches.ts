/** Largest batch sent to the sink in one all-or-nothing call. @public */
export const MAX_BATCH_SIZE = 1000;

/** Splits `items` into consecutive batches of at most `size`. @public */
export function toBatches<T>(items: T[], size = MAX_BATCH_SIZE): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    batches.push(items.slice(i, i + size));
  }
  return batches;
}
