import {
  BackstageCredentials,
  BackstageServicePrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';

/**
 * Writes (events, maintenance windows, rollup rebuilds) need a service
 * principal — CI with a static external-access token, or another plugin —
 * and the write's permission: a user token gets 403, no token 401.
 * @internal
 */
export async function authorizeServiceWrite(
  req: Request,
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
  permission: BasicPermission,
): Promise<BackstageCredentials<BackstageServicePrincipal>> {
  const credentials = await httpAuth.credentials(req, { allow: ['service'] });
  const [decision] = await permissions.authorize([{ permission }], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Permission ${permission.name} was denied to ${credentials.principal.subject}`,
    );
  }
  return credentials;
}
