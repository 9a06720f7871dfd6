import { stringifyEntityRef, parseEntityRef } from '@backstage/catalog-model';
import {
  DeploymentView,
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  DeliveryReliabilityApi,
  EntityRefInput,
  GetDoraOptions,
  GetDoraSeriesOptions,
} from '../api';
import { doraResponse, doraSeries } from './dora';
import { fakeSloMethods } from './fakeSloApi';

function emptyPage<T>(): Page<T> {
  return { items: [], totalCount: 0, limit: 20, offset: 0 };
}

/**
 * A fake {@link DeliveryReliabilityApi} of jest mocks: no deployments or
 * incidents, the hand-built DORA answers of `./dora` for any window and the
 * SLO answers of `./slo`.
 * Answers are fresh objects (material-table annotates the rows it gets).
 */
export function fakeDeliveryApi() {
  return {
    getDeployments: jest.fn(async () => emptyPage<DeploymentView>()),
    getIncidents: jest.fn(async () => emptyPage<IncidentView>()),
    getDora: jest.fn(async (ref: EntityRefInput, options: GetDoraOptions) =>
      doraResponse(stringifyEntityRef(parseEntityRef(ref)), options),
    ),
    getDoraSeries: jest.fn(
      async (ref: EntityRefInput, _options: GetDoraSeriesOptions) =>
        doraSeries(stringifyEntityRef(parseEntityRef(ref))),
    ),
    ...fakeSloMethods(),
  } satisfies DeliveryReliabilityApi;
}
