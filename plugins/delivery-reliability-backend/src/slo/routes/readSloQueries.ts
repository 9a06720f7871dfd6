import { ReleaseChangeType } from '@delivery-reliability/plugin-delivery-reliability-common';
import { readEntityRefParam } from '../../dora/readDoraQuery';
import { createQueryReader } from '../../http/createQueryReader';
import { OpenApiDocument } from '../../schema/openApiDocument';
import { createBodyValidator } from './createBodyValidator';
import { SloHistoryQuery } from './sloHistory';

/** A gate request, entity ref normalized. @internal */
export interface GateQuery {
  entityRef: string;
  changeType: ReleaseChangeType;
}

/**
 * Readers of the SLO routes' parameters: types, enums and defaults from
 * openapi.yaml, then the entity ref (of any kind: SLOs may sit on any
 * entity) normalized like the DORA routes do. Failures are `InputError`s
 * naming the parameter.
 * @internal
 */
export function createSloQueryReaders(openApi: OpenApiDocument) {
  const entityOnly = (operationId: string) => {
    const read = createQueryReader<{ entityRef: string }>(openApi, operationId);
    return (query: Record<string, unknown>) =>
      readEntityRefParam(read(query).entityRef, 'any');
  };
  const history = createQueryReader<SloHistoryQuery>(openApi, 'getSloHistory');
  const gate = createQueryReader<GateQuery>(openApi, 'getReleaseGate');
  const gateBody = createBodyValidator<GateQuery>(openApi, 'GateRequest');
  const normalized = <Q extends { entityRef: string }>(raw: Q): Q => ({
    ...raw,
    entityRef: readEntityRefParam(raw.entityRef, 'any'),
  });
  return {
    list: entityOnly('listSlos'),
    maintenance: entityOnly('listMaintenanceWindows'),
    history: (query: Record<string, unknown>) => normalized(history(query)),
    gate: (query: Record<string, unknown>) => normalized(gate(query)),
    gateBody: (body: unknown) => normalized(gateBody(body)),
  };
}
