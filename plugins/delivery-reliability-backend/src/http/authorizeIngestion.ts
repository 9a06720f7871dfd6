import {
  BackstageCredentials,
  BackstageServicePrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { deliveryReliabilityEventsCreatePermission } from '@delivery-reliability/plugin-delivery-reliability-common';
import { Request } from 'express';

/**
 * Writes need a service principal (CI with a static external-access token, or
 * another plugin) and the events-create permission: a user token gets 403,
 * no token 401.
 * @internal
 */
export async function authorizeIngestion(
  req: Request,
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
): Promise<BackstageCredentials<BackstageServicePrincipal>> {
  const credentials = await httpAuth.credentials(req, { allow: ['service'] });
  const [decision] = await permissions.authorize(
    [{ permission: deliveryReliabilityEventsCreatePermission }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Permission ${deliveryReliabilityEventsCreatePermission.name} was denied to ${credentials.principal.subject}`,
    );
  }
  return credentials;
}
