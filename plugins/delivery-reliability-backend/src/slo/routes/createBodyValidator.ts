import { InputError } from '@backstage/errors';
import Ajv from 'ajv';
import { describeValidationError } from '../../ingestion/describeValidationError';
import { isEntityRef } from '../../ingestion/entityRef';
import { isRfc3339DateTime } from '../../ingestion/time';
import { OpenApiDocument } from '../../schema/openApiDocument';

/**
 * Builds a validator of a JSON request body against a component schema of
 * openapi.yaml (applying its defaults). A failure is an `InputError` naming
 * the field and the fix.
 * @internal
 */
export function createBodyValidator<T>(
  document: OpenApiDocument,
  schemaName: string,
): (body: unknown) => T {
  const ajv = new Ajv({ strict: false, useDefaults: true });
  ajv.addFormat('date-time', isRfc3339DateTime);
  ajv.addFormat('entity-ref', isEntityRef);
  const rootId = `delivery-reliability-${schemaName}`;
  ajv.addSchema({
    $id: rootId,
    components: { schemas: document.components.schemas },
  });
  const validate = ajv.getSchema(`${rootId}#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`OpenAPI schema ${schemaName} is not defined`);
  return body => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new InputError('The request body must be a JSON object');
    }
    if (!validate(body)) {
      throw new InputError(describeValidationError('', validate.errors![0]));
    }
    return body as T;
  };
}
