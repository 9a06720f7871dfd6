import { InputError } from '@backstage/errors';
import { SloMaintenanceWindowRequest } from '@delivery-reliability/plugin-delivery-reliability-common';
import { normalizeEntityRef } from '../../ingestion/entityRef';
import { toEpochMs } from '../../ingestion/time';
import { OpenApiDocument } from '../../schema/openApiDocument';
import { createBodyValidator } from '../routes/createBodyValidator';
import { MaintenanceWindowInput } from './MaintenanceWindows';

/**
 * Builds the reader of a `POST /v1/maintenance-windows` body: the
 * `MaintenanceWindowRequest` schema of openapi.yaml (one source of truth),
 * then `from < to`. Each failure is an `InputError` naming the field.
 * @internal
 */
export function createMaintenanceWindowReader(
  document: OpenApiDocument,
): (body: unknown) => MaintenanceWindowInput {
  const validate = createBodyValidator<SloMaintenanceWindowRequest>(
    document,
    'MaintenanceWindowRequest',
  );
  return body => {
    const request = validate(body);
    const fromMs = toEpochMs(request.from);
    const toMs = toEpochMs(request.to);
    if (fromMs >= toMs) {
      throw new InputError(
        `from must be before to (the window is [from, to)); got from ${request.from} and to ${request.to}`,
      );
    }
    return {
      id: request.id,
      entityRef: normalizeEntityRef(request.entityRef),
      fromMs,
      toMs,
      ...(request.reason !== undefined ? { reason: request.reason } : {}),
    };
  };
}
