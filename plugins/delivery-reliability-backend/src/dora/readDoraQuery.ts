import { InputError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { createQueryReader } from '../http/createQueryReader';
import { isEntityRef, normalizeEntityRef } from '../ingestion/entityRef';
import { OpenApiDocument } from '../schema/openApiDocument';
import { DoraQuery, DoraSeriesQuery } from './DoraService';
import { readDayWindow } from './doraWindow';

const KINDS = ['component', 'system', 'group'];

/**
 * The stored form of the `entityRef` parameter, of one of `kinds` (the
 * rebuild route accepts any kind: events may name any entity).
 * @internal
 */
export function readEntityRefParam(
  value: unknown,
  kinds: string[] | 'any' = KINDS,
): string {
  if (typeof value !== 'string' || value === '') {
    throw new InputError(
      'entityRef is required, e.g. entityRef=component:default/checkout',
    );
  }
  if (!isEntityRef(value)) {
    throw new InputError(
      `entityRef must be an entity ref like component:default/checkout, got "${value}"`,
    );
  }
  const ref = normalizeEntityRef(value);
  const kind = parseEntityRef(ref).kind;
  if (kinds !== 'any' && !kinds.includes(kind)) {
    throw new InputError(
      `entityRef must name a Component, System or Group, got ${ref}`,
    );
  }
  return ref;
}

interface RawDoraParams {
  entityRef?: string;
  from?: string;
  to?: string;
  environment?: string;
  breakdown?: boolean;
  bucket?: 'week' | 'month';
}

/**
 * Readers of the `/v1/dora` and `/v1/dora/series` query parameters: types,
 * enums and bounds from openapi.yaml, then the entity ref and the window;
 * each failure is an `InputError` naming the parameter.
 * @internal
 */
export function createDoraQueryReaders(openApi: OpenApiDocument) {
  const readDora = createQueryReader<RawDoraParams>(openApi, 'getDora');
  const readSeries = createQueryReader<RawDoraParams>(openApi, 'getDoraSeries');
  const common = (raw: RawDoraParams) => ({
    entityRef: readEntityRefParam(raw.entityRef),
    window: readDayWindow(raw),
    ...(raw.environment !== undefined && { environment: raw.environment }),
  });
  return {
    dora(query: Record<string, unknown>): DoraQuery {
      const raw = readDora(query);
      return { ...common(raw), breakdown: raw.breakdown === true };
    },
    series(query: Record<string, unknown>): DoraSeriesQuery {
      const raw = readSeries(query);
      return { ...common(raw), bucket: raw.bucket ?? 'week' };
    },
  };
}
