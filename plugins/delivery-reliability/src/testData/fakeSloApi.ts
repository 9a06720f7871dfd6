import {
  GateResponse,
  SloHistoryResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { EntityRefInput, GetGateOptions, GetSloHistoryOptions } from '../api';
import { availabilityHistory, gateFor, sloList } from './slo';

/**
 * The SLO methods of a fake `DeliveryReliabilityApi`, as jest mocks: the
 * three SLOs of `./slo`, their gate decision, and the availability history
 * for any SLO id.
 */
export function fakeSloMethods() {
  return {
    getSlos: jest.fn(async (_ref: EntityRefInput) => sloList()),
    getSloHistory: jest.fn(
      async (
        _ref: EntityRefInput,
        id: string,
        _options: GetSloHistoryOptions,
      ): Promise<SloHistoryResponse> => ({ ...availabilityHistory(), id }),
    ),
    getGate: jest.fn(
      async (
        _ref: EntityRefInput,
        options: GetGateOptions,
      ): Promise<GateResponse> => gateFor(sloList().slos, options.changeType),
    ),
  };
}
