import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

// `[kind:][namespace/]name` with no empty parts, whitespace or extra `:`/`/`.
const ENTITY_REF = /^(?:[^:/\s]+:)?(?:[^:/\s]+\/)?[^:/\s]+$/;

// A batch names few entities many times, and parsing a ref costs more than
// the rest of an event's mapping; a bounded cache keeps memory flat.
const CACHE_SIZE = 10_000;
const cache = new Map<string, string>();

/**
 * True for a string {@link normalizeEntityRef} accepts, such as
 * `component:default/checkout`, `default/checkout` or `checkout`.
 * @internal
 */
export function isEntityRef(value: string): boolean {
  return ENTITY_REF.test(value);
}

/**
 * The stored form of an entity ref: lower-case `kind:namespace/name`, kind
 * defaulting to `component` and namespace to `default`.
 * @internal
 */
export function normalizeEntityRef(value: string): string {
  let normalized = cache.get(value);
  if (normalized === undefined) {
    normalized = stringifyEntityRef(
      parseEntityRef(value, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      }),
    ).toLocaleLowerCase('en-US');
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(value, normalized);
  }
  return normalized;
}
