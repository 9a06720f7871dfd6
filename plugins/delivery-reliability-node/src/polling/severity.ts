const SEVERITY_OF_PRIORITY: Record<string, string> = {
  P1: 'critical',
  P2: 'high',
  P3: 'medium',
  P4: 'low',
  P5: 'info',
};

/**
 * Maps the P1–P5 priority scale that Opsgenie and PagerDuty share onto
 * severities: P1 critical, P2 high, P3 medium, P4 low, P5 info. Any other
 * (custom) priority name is kept as given; no priority gives undefined.
 * @public
 */
export function severityOfPriority(
  priority: string | undefined | null,
): string | undefined {
  const name = priority?.trim();
  if (!name) return undefined;
  return SEVERITY_OF_PRIORITY[name.toUpperCase()] ?? name.slice(0, 255);
}
