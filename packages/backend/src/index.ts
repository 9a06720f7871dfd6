/*
 * Hi!
 *
 * Note that this is an EXAMPLE Backstage backend. Please check the README.
 *
 * Happy hacking!
 */

import { createBackend } from '@backstage/backend-defaults';
import { deliveryReliabilityPolicyModule } from './permissions/deliveryReliabilityPolicyModule';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// scaffolder plugin
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);

// techdocs plugin
backend.add(import('@backstage/plugin-techdocs-backend'));

// auth plugin
backend.add(import('@backstage/plugin-auth-backend'));
// See https://backstage.io/docs/backend-system/building-backends/migrating#the-auth-plugin
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// See https://backstage.io/docs/auth/guest/provider

// catalog plugin
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

// See https://backstage.io/docs/features/software-catalog/configuration#subscribing-to-catalog-errors
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// permission plugin
backend.add(import('@backstage/plugin-permission-backend'));
// See https://backstage.io/docs/permissions/getting-started for how to create your own permission policy.
// Allows everything except the delivery-reliability team comparison, which is
// for the groups in deliveryReliability.comparison.readers.
backend.add(deliveryReliabilityPolicyModule);

// search plugin
backend.add(import('@backstage/plugin-search-backend'));

// search engine
// See https://backstage.io/docs/features/search/search-engines
backend.add(import('@backstage/plugin-search-backend-module-pg'));

// search collators
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// kubernetes plugin
backend.add(import('@backstage/plugin-kubernetes-backend'));

// user settings plugin
backend.add(import('@backstage/plugin-user-settings-backend'));

// notifications and signals plugins
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// mcp actions plugin
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// delivery & reliability: event store, ingestion API, DORA and SLO views
backend.add(import('@delivery-reliability/plugin-delivery-reliability-backend'));
// built-in demo data source; only active when deliveryReliability.demo.enabled
backend.add(
  import('@delivery-reliability/plugin-delivery-reliability-backend-module-demo'),
);
// SLIs from Prometheus-compatible APIs; idle until deliveryReliability.prometheus is configured
backend.add(
  import('@delivery-reliability/plugin-delivery-reliability-backend-module-prometheus'),
);
// pull sources; each is idle until its deliveryReliability.<source> section is configured
backend.add(
  import('@delivery-reliability/plugin-delivery-reliability-backend-module-github'),
);
backend.add(
  import('@delivery-reliability/plugin-delivery-reliability-backend-module-pagerduty'),
);
backend.add(
  import('@delivery-reliability/plugin-delivery-reliability-backend-module-opsgenie'),
);

backend.start();
