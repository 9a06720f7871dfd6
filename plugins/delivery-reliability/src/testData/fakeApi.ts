import { stringifyEntityRef, parseEntityRef } from '@backstage/catalog-model';
import {
  ComparisonResponse,
  DeploymentBurnResponse,
  DeploymentView,
  VerdictResponse,
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
    // Overview and comparison answers are set per test (mockResolvedValue).
    getVerdict: jest.fn(async (): Promise<VerdictResponse> => {
      throw new Error('getVerdict: no answer set in this test');
    }),
    getDeploymentBurn: jest.fn(async (): Promise<DeploymentBurnResponse> => {
      throw new Error('getDeploymentBurn: no answer set in this test');
    }),
    getComparison: jest.fn(async (): Promise<ComparisonResponse> => {
      throw new Error('getComparison: no answer set in this test');
    }),
  } satisfies DeliveryReliabilityApi;
}
