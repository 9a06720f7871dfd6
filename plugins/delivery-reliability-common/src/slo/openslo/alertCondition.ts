import { fixedDurationMs, readDuration } from './duration';
import {
  IssueSink,
  childPath,
  isRecord,
  readMetadataNames,
  requiredString,
} from './issues';
import { OpenSloAlertCondition, OpenSloDuration } from './types';

const NO_DELAY: OpenSloDuration = { text: '0m', count: 0, unit: 'm' };

/** Parses `{ metadata?, spec }` of an AlertCondition (a document or inlined in a policy). */
export function parseAlertCondition(
  value: unknown,
  path: string,
  sink: IssueSink,
): OpenSloAlertCondition | undefined {
  const specPath = childPath(path, 'spec');
  if (!isRecord(value) || !isRecord(value.spec)) {
    return sink.invalid(
      specPath,
      'an AlertCondition needs spec: { severity, condition: { kind: burnrate, threshold, lookbackWindow } }',
      isRecord(value) ? value.spec : value,
    );
  }
  const before = sink.count;
  const severity = requiredString(
    value.spec,
    'severity',
    specPath,
    sink,
    'page',
  );
  const condition = value.spec.condition;
  const conditionPath = childPath(specPath, 'condition');
  if (!isRecord(condition)) {
    return sink.invalid(
      conditionPath,
      'condition must be a mapping, e.g. { kind: burnrate, threshold: 14.4, lookbackWindow: 1h }',
      condition,
    );
  }
  if (condition.kind !== undefined && condition.kind !== 'burnrate') {
    sink.invalid(
      childPath(conditionPath, 'kind'),
      'kind must be burnrate, the only condition kind of OpenSLO v1',
      condition.kind,
    );
  }
  const { threshold } = condition;
  if (
    typeof threshold !== 'number' ||
    !(threshold > 0) ||
    !Number.isFinite(threshold)
  ) {
    sink.invalid(
      childPath(conditionPath, 'threshold'),
      'threshold must be a burn rate above 0, e.g. 14.4',
      threshold,
    );
  }
  const lookbackWindow = readDuration(
    condition,
    'lookbackWindow',
    conditionPath,
    sink,
  );
  if (lookbackWindow && fixedDurationMs(lookbackWindow) === undefined) {
    sink.add(
      childPath(conditionPath, 'lookbackWindow'),
      'lookbackWindow needs a fixed length in m, h, d or w, e.g. 1h',
    );
  }
  // OpenSLO documents `0m` as the default, which the shorthand (positive integers) cannot spell.
  const alertAfter =
    condition.alertAfter === undefined ||
    /^0[mhdw]$/.test(String(condition.alertAfter))
      ? NO_DELAY
      : readDuration(condition, 'alertAfter', conditionPath, sink);
  if (sink.count > before) return undefined;
  return {
    ...readMetadataNames(value, path, sink),
    severity: severity as string,
    kind: 'burnrate',
    threshold: threshold as number,
    lookbackWindow: lookbackWindow as OpenSloDuration,
    alertAfter: alertAfter as OpenSloDuration,
  };
}
