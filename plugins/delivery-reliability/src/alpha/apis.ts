import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { deliveryReliabilityApiRef, DeliveryReliabilityClient } from '../api';

/** The HTTP client of the delivery-reliability backend. */
export const deliveryReliabilityApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: deliveryReliabilityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new DeliveryReliabilityClient({ discoveryApi, fetchApi }),
    }),
});
