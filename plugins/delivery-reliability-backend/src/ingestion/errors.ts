import { CustomErrorBase } from '@backstage/errors';

/**
 * A request carrying more events or bytes than allowed; answered with 413
 * (the backend's error handler reads `statusCode`).
 * @internal
 */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  readonly statusCode = 413;
}
