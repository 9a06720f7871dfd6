import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  DeliveryReliabilityPolicy,
  readComparisonReaders,
} from './deliveryReliabilityPolicy';

/**
 * Installs {@link DeliveryReliabilityPolicy} as the permission backend's
 * policy, with the reader groups of `deliveryReliability.comparison.readers`
 * (read at start-up: a malformed ref stops the backend with its key).
 */
export const deliveryReliabilityPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'delivery-reliability-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, config, userInfo }) {
        policy.setPolicy(
          new DeliveryReliabilityPolicy({
            readers: readComparisonReaders(config),
            userInfo,
          }),
        );
      },
    });
  },
});
