import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { readDayWindow } from '../dora/doraWindow';
import { createQueryReader } from '../http/createQueryReader';
import { isEntityRef } from '../ingestion/entityRef';
import { OpenApiDocument } from '../schema/openApiDocument';
import { ComparisonQuery } from './ComparisonService';

interface RawComparisonParams {
  from?: string;
  to?: string;
  environment?: string;
  group?: string;
}

/** `group=payments` means `group:default/payments`; any other kind is an error. */
function readGroupParam(value: string): string {
  const example = 'e.g. group=group:default/payments';
  if (!isEntityRef(value)) {
    throw new InputError(
      `group must be a Group ref (${example}), got "${value}"`,
    );
  }
  const ref = stringifyEntityRef(
    parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    }),
  ).toLocaleLowerCase('en-US');
  if (!ref.startsWith('group:')) {
    throw new InputError(`group must name a Group (${example}), got ${ref}`);
  }
  return ref;
}

/**
 * A reader of the comparison's query parameters (`getComparison`; the CSV
 * operation takes the same): types and bounds from openapi.yaml, the window
 * as `/v1/dora` reads it, the group ref; each failure an `InputError`
 * naming the parameter.
 * @internal
 */
export function createComparisonQueryReader(openApi: OpenApiDocument) {
  const read = createQueryReader<RawComparisonParams>(openApi, 'getComparison');
  return (query: Record<string, unknown>): ComparisonQuery => {
    const raw = read(query);
    return {
      window: readDayWindow(raw),
      ...(raw.environment !== undefined && { environment: raw.environment }),
      ...(raw.group !== undefined && { groupRef: readGroupParam(raw.group) }),
    };
  };
}
