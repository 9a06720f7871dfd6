import { ErrorObject } from 'ajv';

/**
 * Joins a base label and a JSON pointer into a readable path:
 * (`events[3]`, `/changeIds/0`) → `events[3].changeIds[0]`.
 * @internal
 */
export function joinPath(
  base: string,
  pointer: string,
  child?: string,
): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) segments.push(child);
  let path = base;
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path ? `.${segment}` : segment;
  }
  return path;
}

const FORMAT_HINTS: Record<string, string> = {
  'date-time':
    'must be an RFC 3339 date-time with a time-zone offset (e.g. 2026-01-31T12:00:00Z)',
  'entity-ref':
    'must be an entity ref like component:default/checkout (kind and namespace may be left out)',
  uri: 'must be an absolute URI (e.g. https://example.com/postmortems/42)',
};

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * Turns the first ajv error into a message that names the field and the fix,
 * e.g. `events[3].finishedAt must be an RFC 3339 date-time with a time-zone
 * offset (e.g. 2026-01-31T12:00:00Z)`.
 * @internal
 */
export function describeValidationError(
  base: string,
  error: ErrorObject,
): string {
  const path = joinPath(base, error.instancePath);
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'required':
      return `${joinPath(
        base,
        error.instancePath,
        params.missingProperty,
      )} is required`;
    case 'additionalProperties':
      return `${joinPath(
        base,
        error.instancePath,
        params.additionalProperty,
      )} is not a known field; remove it or check its spelling`;
    case 'format':
      return `${path} ${
        FORMAT_HINTS[params.format] ?? `must be a valid ${params.format}`
      }`;
    case 'type':
      return `${path} must be ${article(String(params.type))}`;
    case 'enum':
      return `${path} must be one of ${params.allowedValues.join(', ')}`;
    case 'minLength':
      return params.limit === 1
        ? `${path} must not be empty`
        : `${path} must be at least ${params.limit} characters long`;
    case 'maxLength':
      return `${path} must be at most ${params.limit} characters long`;
    case 'maxItems':
      return `${path} must have at most ${params.limit} items`;
    case 'minimum':
      return `${path} must be at least ${params.limit}`;
    case 'maximum':
      return `${path} must be at most ${params.limit}`;
    default:
      return `${path} ${error.message ?? 'is invalid'}`;
  }
}
