import { roundSloRatio } from '../math/precision';
import { fixedDurationMs, parseOpenSloDuration } from './duration';
import { IssueSink, childPath, isRecord, optionalString } from './issues';
import {
  OpenSloBudgetingMethod,
  OpenSloDuration,
  OpenSloIndicatorMetric,
  OpenSloObjective,
  OpenSloOperator,
} from './types';

const OPERATORS: readonly string[] = ['lt', 'lte', 'gt', 'gte'];

/** What decides which objective fields are required. */
export interface ObjectiveContext {
  /** Absent when the indicator itself failed to parse. */
  metricType?: OpenSloIndicatorMetric['type'];
  budgetingMethod?: OpenSloBudgetingMethod;
}

const isNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v);

function readTarget(
  o: Record<string, unknown>,
  path: string,
  sink: IssueSink,
): number | undefined {
  const { target, targetPercent } = o;
  if (target !== undefined && targetPercent !== undefined) {
    sink.add(path, 'give either target or targetPercent, not both');
    return undefined;
  }
  if (targetPercent !== undefined) {
    if (isNumber(targetPercent) && targetPercent > 0 && targetPercent < 100) {
      return roundSloRatio(targetPercent / 100);
    }
    return sink.invalid(
      childPath(path, 'targetPercent'),
      'targetPercent must be a number in (0, 100), e.g. 99.5',
      targetPercent,
    );
  }
  if (isNumber(target) && target > 0 && target < 1) return target;
  // 0 is excluded although OpenSLO allows it: its "budget" would be everything.
  return sink.invalid(
    childPath(path, 'target'),
    'target must be a number in (0, 1), e.g. 0.995',
    target,
  );
}

// OpenSLO: "a number (minutes) or a duration shorthand"; slices need a fixed length.
function readSliceWindow(
  o: Record<string, unknown>,
  path: string,
  sink: IssueSink,
): OpenSloDuration | undefined {
  const value = o.timeSliceWindow;
  const duration =
    typeof value === 'number' && Number.isSafeInteger(value) && value > 0
      ? parseOpenSloDuration(`${value}m`)
      : parseOpenSloDuration(value);
  if (duration && fixedDurationMs(duration) !== undefined) return duration;
  return sink.invalid(
    childPath(path, 'timeSliceWindow'),
    'timeSliceWindow must be minutes or a duration in m, h, d or w, e.g. 5m',
    value,
  );
}

function parseObjective(
  value: unknown,
  index: number,
  path: string,
  sink: IssueSink,
  ctx: ObjectiveContext,
): OpenSloObjective | undefined {
  if (!isRecord(value))
    return sink.invalid(
      path,
      'each objective must be a mapping, e.g. { displayName: Availability, target: 0.995 }',
      value,
    );
  const before = sink.count;
  const displayName = optionalString(value, 'displayName', path, sink);
  const name = optionalString(value, 'name', path, sink);
  const target = readTarget(value, path, sink);
  const objective: Partial<OpenSloObjective> = {
    index,
    displayName: displayName ?? name ?? `Objective ${index + 1}`,
    target,
  };
  if (ctx.metricType === 'threshold') {
    if (typeof value.op !== 'string' || !OPERATORS.includes(value.op)) {
      sink.invalid(
        childPath(path, 'op'),
        'op must be one of lt, lte, gt, gte for a thresholdMetric',
        value.op,
      );
    } else objective.op = value.op as OpenSloOperator;
    if (!isNumber(value.value)) {
      sink.invalid(
        childPath(path, 'value'),
        'value must be a number to compare the thresholdMetric with, e.g. 0.3',
        value.value,
      );
    } else objective.value = value.value;
  }
  if (ctx.budgetingMethod === 'Timeslices') {
    const sliceTarget = value.timeSliceTarget;
    if (isNumber(sliceTarget) && sliceTarget > 0 && sliceTarget <= 1)
      objective.timeSliceTarget = sliceTarget;
    else
      sink.invalid(
        childPath(path, 'timeSliceTarget'),
        'timeSliceTarget must be a number in (0, 1] for Timeslices budgeting, e.g. 0.95',
        sliceTarget,
      );
  }
  if (
    ctx.budgetingMethod === 'Timeslices' ||
    ctx.budgetingMethod === 'RatioTimeslices'
  ) {
    objective.timeSliceWindow = readSliceWindow(value, path, sink);
  }
  return sink.count > before ? undefined : (objective as OpenSloObjective);
}

/**
 * Parses `spec.objectives`: a non-empty list; a `thresholdMetric` SLO has
 * exactly one (OpenSLO v1), since `op`/`value` decide what is good.
 */
export function parseObjectives(
  value: unknown,
  path: string,
  sink: IssueSink,
  ctx: ObjectiveContext,
): OpenSloObjective[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    return sink.invalid(
      path,
      'objectives must be a non-empty list, e.g. [{ displayName: Availability, target: 0.995 }]',
      value,
    );
  }
  const before = sink.count;
  if (ctx.metricType === 'threshold' && value.length > 1) {
    sink.add(
      path,
      'a thresholdMetric SLO allows exactly one objective: move the others into their own SLOs',
    );
  }
  const objectives = value.map((o, i) =>
    parseObjective(o, i, childPath(path, i), sink, ctx),
  );
  return sink.count > before ? undefined : (objectives as OpenSloObjective[]);
}
