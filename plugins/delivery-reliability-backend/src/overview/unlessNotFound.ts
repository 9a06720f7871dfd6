import { isError } from '@backstage/errors';

/**
 * `work`'s result, or `fallback` when it fails with a `NotFoundError`.
 * The overview reads SLOs of components that events name: the catalog may
 * not hold them (or hide them from the caller), and `/v1/dora` answers for
 * them all the same, so the overview shows no SLOs rather than a 404.
 * @internal
 */
export async function unlessNotFound<T>(
  work: Promise<T>,
  fallback: T,
): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isError(error) && error.name === 'NotFoundError') return fallback;
    throw error;
  }
}
