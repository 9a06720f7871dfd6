/**
 * Human-looking severity, title and postmortem link of a demo incident.
 */
import { DemoProfile, DemoSeverity } from './profiles';
import { Random, weightedPick } from './prng';

const TITLES = [
  'Elevated 5xx rate on {service}',
  '{service} p99 latency above SLO',
  'Error budget burn alert on {service}',
  '{service} pods crash-looping after {version}',
  'Timeouts calling {service} from upstream',
  'Stale responses from {service} cache',
  '{service} health checks failing in one zone',
  'Memory leak in {service} {version}',
];

// Severe incidents get a written postmortem; minor ones do not.
const POSTMORTEM_SEVERITIES: DemoSeverity[] = ['sev1', 'sev2'];

/** Severity, title and optional postmortem URL of one incident. @public */
export interface IncidentDetails {
  severity: DemoSeverity;
  title: string;
  postmortemUrl?: string;
}

/** Picks the details of an incident caused by deploying `version` of `service`. @public */
export function incidentDetails(
  random: Random,
  profile: DemoProfile,
  incidentId: string,
  service: string,
  version: string,
): IncidentDetails {
  const severity = weightedPick(random, profile.severityWeights);
  const template = TITLES[Math.floor(random() * TITLES.length)];
  const title = template
    .replace('{service}', service)
    .replace('{version}', version);
  return POSTMORTEM_SEVERITIES.includes(severity)
    ? {
        severity,
        title,
        postmortemUrl: `https://postmortems.example.com/${incidentId}`,
      }
    : { severity, title };
}
