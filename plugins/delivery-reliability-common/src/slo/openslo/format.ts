import { OpenSloIssue } from './types';

/**
 * One issue as a line for logs and the UI, e.g.
 * `SLO "checkout" (document 2) at spec.objectives[0].target: target must be …`.
 * @public
 */
export function formatOpenSloIssue(issue: OpenSloIssue): string {
  const { kind, name, index } = issue.document;
  const what = [
    kind ?? 'document',
    name !== undefined ? `"${name}"` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const where = issue.path ? ` at ${issue.path}` : '';
  return `${what} (document ${index})${where}: ${issue.message}`;
}
