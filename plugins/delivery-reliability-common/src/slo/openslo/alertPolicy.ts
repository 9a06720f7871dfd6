import { parseAlertCondition } from './alertCondition';
import {
  IssueSink,
  childPath,
  isRecord,
  optionalBoolean,
  readMetadataNames,
} from './issues';
import { OpenSloRegistry, resolveRef } from './registry';
import { OpenSloAlertPolicy } from './types';

/**
 * Parses `{ metadata?, spec }` of an AlertPolicy. Its one condition (OpenSLO
 * v1 allows one) is inline or a `conditionRef`; notification targets are a
 * delivery concern of the alerting system and are not kept.
 */
export function parseAlertPolicy(
  value: unknown,
  path: string,
  sink: IssueSink,
  registry: OpenSloRegistry,
): OpenSloAlertPolicy | undefined {
  const specPath = childPath(path, 'spec');
  if (!isRecord(value) || !isRecord(value.spec)) {
    return sink.invalid(
      specPath,
      'an AlertPolicy needs spec: { conditions: [{ conditionRef: name }] }',
      isRecord(value) ? value.spec : value,
    );
  }
  const spec = value.spec;
  const before = sink.count;
  const conditionsPath = childPath(specPath, 'conditions');
  const { conditions } = spec;
  if (!Array.isArray(conditions) || conditions.length !== 1) {
    return sink.invalid(
      conditionsPath,
      'conditions must be a list of one condition: an inline AlertCondition or { conditionRef: name }',
      conditions,
    );
  }
  const itemPath = childPath(conditionsPath, 0);
  const item = conditions[0];
  const condition =
    isRecord(item) && item.conditionRef !== undefined
      ? resolveRef(
          registry,
          'AlertCondition',
          item,
          'conditionRef',
          itemPath,
          sink,
        )
      : parseAlertCondition(item, itemPath, sink);
  const policy = {
    ...readMetadataNames(value, path, sink),
    alertWhenBreaching: optionalBoolean(
      spec,
      'alertWhenBreaching',
      specPath,
      sink,
      true,
    ),
    alertWhenResolved: optionalBoolean(
      spec,
      'alertWhenResolved',
      specPath,
      sink,
      false,
    ),
    alertWhenNoData: optionalBoolean(
      spec,
      'alertWhenNoData',
      specPath,
      sink,
      false,
    ),
  };
  if (sink.count > before || !condition) return undefined;
  return { ...policy, conditions: [condition] };
}

/** Parses an SLO's `spec.alertPolicies`: each inline or `{ alertPolicyRef: name }`. */
export function parseSloAlertPolicies(
  value: unknown,
  path: string,
  sink: IssueSink,
  registry: OpenSloRegistry,
): OpenSloAlertPolicy[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    return sink.invalid(
      path,
      'alertPolicies must be a list of inline AlertPolicies or { alertPolicyRef: name }',
      value,
    );
  }
  const before = sink.count;
  const policies = value.map((item, i) =>
    isRecord(item) && item.alertPolicyRef !== undefined
      ? resolveRef(
          registry,
          'AlertPolicy',
          item,
          'alertPolicyRef',
          childPath(path, i),
          sink,
        )
      : parseAlertPolicy(item, childPath(path, i), sink, registry),
  );
  return sink.count > before ? undefined : (policies as OpenSloAlertPolicy[]);
}
