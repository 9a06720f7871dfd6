import { InputError } from '@backstage/errors';
import Ajv from 'ajv';
import {
  OpenApiDocument,
  findOperation,
  operationParameters,
} from '../schema/openApiDocument';
import { describeValidationError } from '../ingestion/describeValidationError';

/**
 * Builds a reader of an operation's query parameters from their schemas in
 * the OpenAPI document: converts numbers, applies defaults and bounds, and
 * throws an `InputError` naming the parameter. Unknown parameters are ignored.
 * @internal
 */
export function createQueryReader<T>(
  document: OpenApiDocument,
  operationId: string,
): (query: Record<string, unknown>) => T {
  const parameters = operationParameters(
    document,
    findOperation(document, operationId),
  ).filter(parameter => parameter.in === 'query');
  const ajv = new Ajv({ coerceTypes: true, useDefaults: true, strict: false });
  const validate = ajv.compile({
    type: 'object',
    properties: Object.fromEntries(parameters.map(p => [p.name, p.schema])),
    required: parameters.filter(p => p.required).map(p => p.name),
  });
  return query => {
    const values: Record<string, unknown> = {};
    for (const { name } of parameters) {
      if (query[name] !== undefined) values[name] = query[name];
    }
    if (!validate(values)) {
      throw new InputError(
        `Invalid query parameter: ${describeValidationError(
          '',
          validate.errors![0],
        )}`,
      );
    }
    return values as T;
  };
}
