/*
 * A lean backend for developing and benchmarking this plugin:
 * `yarn workspace @delivery-reliability/plugin-delivery-reliability-backend start`.
 * It holds only this plugin and the permission backend (allow-all policy), so
 * measurements (bench/ingest.mjs) see this plugin's cost, not a whole portal's.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('../src'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);
backend.start();
