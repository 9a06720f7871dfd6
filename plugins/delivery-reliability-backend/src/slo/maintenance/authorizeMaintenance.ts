import {
  BackstageCredentials,
  BackstageServicePrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { deliveryReliabilityMaintenanceCreatePermission } from '@delivery-reliability/plugin-delivery-reliability-common';
import { Request } from 'express';

/**
 * Maintenance windows change every budget of an entity, so writing them
 * needs a service principal (a deployment pipeline) and the
 * `delivery-reliability.maintenance.create` permission: a user token gets
 * 403, no token 401.
 * @internal
 */
export async function authorizeMaintenance(
  req: Request,
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
): Promise<BackstageCredentials<BackstageServicePrincipal>> {
  const credentials = await httpAuth.credentials(req, { allow: ['service'] });
  const [decision] = await permissions.authorize(
    [{ permission: deliveryReliabilityMaintenanceCreatePermission }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Permission ${deliveryReliabilityMaintenanceCreatePermission.name} was denied to ${credentials.principal.subject}`,
    );
  }
  return credentials;
}
