import { parseSloAlertPolicies } from './alertPolicy';
import { parseIndicator } from './indicator';
import { OpenSloHeader } from './header';
import { IssueSink, isRecord, optionalString } from './issues';
import { parseObjectives } from './objectives';
import { OpenSloRegistry, resolveRef } from './registry';
import { parseTimeWindow } from './timeWindow';
import { OpenSloBudgetingMethod, OpenSloIndicator, OpenSloSlo } from './types';

const METHODS: readonly string[] = [
  'Occurrences',
  'Timeslices',
  'RatioTimeslices',
];

function readIndicator(
  spec: Record<string, unknown>,
  sink: IssueSink,
  registry: OpenSloRegistry,
): OpenSloIndicator | undefined {
  const inline = spec.indicator !== undefined && spec.indicator !== null;
  const byRef = spec.indicatorRef !== undefined && spec.indicatorRef !== null;
  if (inline && byRef) {
    sink.add('spec', 'give either indicator or indicatorRef, not both');
    return undefined;
  }
  if (byRef)
    return resolveRef(registry, 'SLI', spec, 'indicatorRef', 'spec', sink);
  if (inline)
    return parseIndicator(spec.indicator, 'spec.indicator', sink, registry);
  sink.add(
    'spec.indicator',
    'an SLO needs an indicator: inline spec.indicator (metadata and spec of an SLI) or name an SLI document in spec.indicatorRef',
  );
  return undefined;
}

/**
 * Parses the `spec` of an SLO document, resolving `indicatorRef`,
 * `metricSourceRef` and `alertPolicyRef` against `registry`. Returns
 * `undefined` when the document (or anything it references) has an issue.
 */
export function parseSloDocument(
  header: OpenSloHeader,
  sink: IssueSink,
  registry: OpenSloRegistry,
): OpenSloSlo | undefined {
  const { spec, metadata } = header;
  const before = sink.count;
  const displayName = optionalString(metadata, 'displayName', 'metadata', sink);
  const description = optionalString(spec, 'description', 'spec', sink);
  const service = optionalString(spec, 'service', 'spec', sink);
  const indicator = readIndicator(spec, sink, registry);

  const method = spec.budgetingMethod;
  let budgetingMethod: OpenSloBudgetingMethod | undefined;
  if (typeof method === 'string' && METHODS.includes(method)) {
    budgetingMethod = method as OpenSloBudgetingMethod;
  } else {
    sink.invalid(
      'spec.budgetingMethod',
      'budgetingMethod must be one of Occurrences, Timeslices, RatioTimeslices',
      method,
    );
  }
  const timeWindow = parseTimeWindow(spec.timeWindow, 'spec.timeWindow', sink);
  const objectives = parseObjectives(spec.objectives, 'spec.objectives', sink, {
    metricType: indicator?.metric.type,
    budgetingMethod,
  });
  const alertPolicies = parseSloAlertPolicies(
    spec.alertPolicies,
    'spec.alertPolicies',
    sink,
    registry,
  );

  if (
    sink.count > before ||
    !indicator ||
    !budgetingMethod ||
    !timeWindow ||
    !objectives ||
    !alertPolicies
  ) {
    return undefined;
  }
  return {
    name: header.name,
    ...(displayName !== undefined ? { displayName } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(service !== undefined ? { service } : {}),
    documentIndex: header.index,
    ...(isRecord(spec) && typeof spec.indicatorRef === 'string'
      ? { indicatorRef: spec.indicatorRef }
      : {}),
    indicator,
    timeWindow,
    budgetingMethod,
    objectives,
    alertPolicies,
  };
}
