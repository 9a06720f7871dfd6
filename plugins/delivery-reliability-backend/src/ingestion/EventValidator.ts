import { InputError } from '@backstage/errors';
import { DeliveryEvent } from '@delivery-reliability/plugin-delivery-reliability-common';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { OpenApiDocument } from '../schema/openApiDocument';
import {
  CDEvent,
  CDEventKind,
  SUPPORTED_CDEVENT_KINDS,
} from './cdevents/types';
import { describeValidationError } from './describeValidationError';
import { isEntityRef } from './entityRef';
import { isRfc3339DateTime } from './time';

/** The `type`s of native v1 events. @internal */
export const NATIVE_EVENT_TYPES = ['deployment', 'change', 'incident'] as const;

/** An event that passed validation, tagged by its form. @internal */
export type ValidatedEvent =
  | { form: 'native'; event: DeliveryEvent }
  | { form: 'cdevent'; kind: CDEventKind; event: CDEvent };

// e.g. dev.cdevents.service.deployed.0.2.0 or ….incident.detected.0.3.0-draft
const CDEVENT_TYPE =
  /^dev\.cdevents\.([a-z]+\.[a-z]+)\.\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

const SCHEMA_BY_KIND: Record<CDEventKind, string> = {
  'service.deployed': 'ServiceCDEvent',
  'service.upgraded': 'ServiceCDEvent',
  'service.rolledback': 'ServiceCDEvent',
  'change.merged': 'ChangeMergedCDEvent',
  'incident.detected': 'IncidentCDEvent',
  'incident.resolved': 'IncidentCDEvent',
};

const ROOT_ID = 'delivery-reliability-openapi';

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates ingested events against the component schemas of the OpenAPI
 * document, compiled once. Throws an `InputError` naming the event index and
 * the field path of the first problem.
 * @internal
 */
export class EventValidator {
  static fromOpenApi(document: OpenApiDocument): EventValidator {
    const ajv = new Ajv({ strict: false, allErrors: false });
    addFormats(ajv, ['uri']);
    ajv.addFormat('date-time', isRfc3339DateTime);
    ajv.addFormat('entity-ref', isEntityRef);
    ajv.addSchema({
      $id: ROOT_ID,
      components: { schemas: document.components.schemas },
    });
    const compile = (name: string): ValidateFunction => {
      const validate = ajv.getSchema(`${ROOT_ID}#/components/schemas/${name}`);
      if (!validate) throw new Error(`OpenAPI schema ${name} is not defined`);
      return validate;
    };
    return new EventValidator(
      {
        deployment: compile('DeploymentEvent'),
        change: compile('ChangeEvent'),
        incident: compile('IncidentEvent'),
      },
      compile('CDEvent'),
      Object.fromEntries(
        Object.entries(SCHEMA_BY_KIND).map(([kind, name]) => [
          kind,
          compile(name),
        ]),
      ) as Record<CDEventKind, ValidateFunction>,
    );
  }

  private constructor(
    private readonly native: Record<string, ValidateFunction>,
    private readonly envelope: ValidateFunction,
    private readonly byKind: Record<CDEventKind, ValidateFunction>,
  ) {}

  /** Validates `events[index]`. */
  validate(value: unknown, index: number): ValidatedEvent {
    const at = `events[${index}]`;
    if (!isObject(value)) throw new InputError(`${at} must be an object`);
    if ('context' in value || 'subject' in value) {
      return this.validateCDEvent(value, at);
    }
    const type = value.type;
    if (type === undefined) {
      throw new InputError(
        `${at}.type is required: one of ${NATIVE_EVENT_TYPES.join(
          ', ',
        )} (or send a CDEvent with context and subject)`,
      );
    }
    if (!NATIVE_EVENT_TYPES.includes(type)) {
      throw new InputError(
        `${at}.type must be one of ${NATIVE_EVENT_TYPES.join(
          ', ',
        )} (got ${JSON.stringify(type)})`,
      );
    }
    check(this.native[type], value, at);
    return { form: 'native', event: value as DeliveryEvent };
  }

  private validateCDEvent(
    value: Record<string, any>,
    at: string,
  ): ValidatedEvent {
    check(this.envelope, value, at);
    const context = value.context;
    if (context.version === undefined && context.specversion === undefined) {
      throw new InputError(
        `${at}.context.version (CDEvents v0.4) or ${at}.context.specversion (v0.5) is required`,
      );
    }
    const kind = CDEVENT_TYPE.exec(context.type)?.[1] as
      | CDEventKind
      | undefined;
    if (!kind || !SUPPORTED_CDEVENT_KINDS.includes(kind)) {
      throw new InputError(
        `${at}.context.type ${JSON.stringify(
          context.type,
        )} is not supported; use dev.cdevents.<kind>.<version> with kind one of ${SUPPORTED_CDEVENT_KINDS.join(
          ', ',
        )} (e.g. dev.cdevents.service.deployed.0.2.0)`,
      );
    }
    check(this.byKind[kind], value, at);
    return { form: 'cdevent', kind, event: value as CDEvent };
  }
}

function check(validate: ValidateFunction, value: unknown, at: string): void {
  if (!validate(value)) {
    throw new InputError(describeValidationError(at, validate.errors![0]));
  }
}
