/*
 * A lean backend for developing and benchmarking this module:
 * `yarn workspace @delivery-reliability/plugin-delivery-reliability-backend-module-prometheus start`.
 * It holds the delivery-reliability backend plugin, this module, the
 * permission backend (allow-all policy) and the catalog backend, so
 * bench/slo.mjs measures SLO evaluation and reads, not a whole portal.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(
  import('@delivery-reliability/plugin-delivery-reliability-backend'),
);
backend.add(import('../src'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);
// SLO definitions are checked against the catalog (listing entities with
// the OpenSLO annotation, reads on a caller's behalf), so it is always here;
// the bench fills it with a generated catalog file.
backend.add(import('@backstage/plugin-catalog-backend'));
backend.start();
