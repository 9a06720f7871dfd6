import { BackstageCredentials } from '@backstage/backend-plugin-api';

/** Who called, for audit records: a user's entity ref or a service's subject. @internal */
export function subjectOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return principal.userEntityRef ?? principal.subject ?? principal.type;
}
