import { resolvePackagePath } from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import { parse } from 'yaml';

/** The parts of an OpenAPI 3 document this plugin reads. @internal */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, object>;
    parameters: Record<string, OpenApiParameter>;
  };
}

/** An operation of {@link OpenApiDocument}. @internal */
export interface OpenApiOperation {
  operationId: string;
  parameters?: Array<{ $ref: string } | OpenApiParameter>;
}

/** A parameter of {@link OpenApiDocument}. @internal */
export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: object;
}

const documentPath = resolvePackagePath(
  '@delivery-reliability/plugin-delivery-reliability-backend',
  'src/schema/openapi.yaml',
);

/**
 * Reads `src/schema/openapi.yaml`, the contract of the HTTP API and the
 * source of the ingestion validation rules. Called once at start-up.
 * @internal
 */
export function loadOpenApiDocument(): OpenApiDocument {
  return parse(fs.readFileSync(documentPath, 'utf8')) as OpenApiDocument;
}

/** The parameters of an operation with `$ref`s resolved. @internal */
export function operationParameters(
  document: OpenApiDocument,
  operation: OpenApiOperation,
): OpenApiParameter[] {
  return (operation.parameters ?? []).map(parameter => {
    if (!('$ref' in parameter)) return parameter;
    const name = parameter.$ref.replace('#/components/parameters/', '');
    const resolved = document.components.parameters[name];
    if (!resolved)
      throw new Error(`OpenAPI parameter ${parameter.$ref} is not defined`);
    return resolved;
  });
}

/** Finds an operation by its `operationId`. @internal */
export function findOperation(
  document: OpenApiDocument,
  operationId: string,
): OpenApiOperation {
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods)) {
      if (operation.operationId === operationId) return operation;
    }
  }
  throw new Error(`OpenAPI operation ${operationId} is not defined`);
}
