/*
 * A lean backend for developing and benchmarking this plugin:
 * `yarn workspace @delivery-reliability/plugin-delivery-reliability-backend start`.
 * It holds only this plugin and the permission backend (allow-all policy), so
 * measurements (bench/ingest.mjs) see this plugin's cost, not a whole portal's;
 * the catalog backend only when DR_DEV_CATALOG is set (bench/dora.mjs).
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('../src'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);
// Group and System refs of GET /v1/dora resolve through the catalog;
// bench/dora.mjs turns it on (DR_DEV_CATALOG=1) with a generated catalog file.
// Left out otherwise, so bench/ingest.mjs measures this plugin alone.
if (process.env.DR_DEV_CATALOG) {
  backend.add(import('@backstage/plugin-catalog-backend'));
}
backend.start();
