import { OpenSloDocumentId, OpenSloIssue } from './types';

/** True for a plain object (a YAML mapping), not an array or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short rendering of a bad value for "(got …)" hints. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  const text =
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null
      ? JSON.stringify(value)
      : String(value); // bigint and symbol cannot go through JSON
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** `base.key` or `base[index]`, omitting the dot at the root. */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/**
 * Collects the issues of one document. Parsers report through it and return
 * `undefined` for the part that failed, so they never throw.
 */
export class IssueSink {
  private added = 0;

  constructor(
    readonly document: OpenSloDocumentId,
    private readonly issues: OpenSloIssue[],
  ) {}

  /** Records `message` at `path`. */
  add(path: string, message: string): void {
    this.added += 1;
    this.issues.push({ document: this.document, path, message });
  }

  /** Records `message (got …)` at `path` and returns `undefined` for the caller. */
  invalid(path: string, message: string, value: unknown): undefined {
    this.add(path, `${message} (got ${describeValue(value)})`);
    return undefined;
  }

  /** How many issues this sink has recorded, to tell whether a part failed. */
  get count(): number {
    return this.added;
  }
}

/** An optional string field; reports a non-string. */
export function optionalString(
  parent: Record<string, unknown>,
  key: string,
  path: string,
  sink: IssueSink,
): string | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  return sink.invalid(childPath(path, key), `${key} must be a string`, value);
}

/** A required non-empty string field; `example` completes the fix. */
export function requiredString(
  parent: Record<string, unknown>,
  key: string,
  path: string,
  sink: IssueSink,
  example: string,
): string | undefined {
  const value = parent[key];
  if (typeof value === 'string' && value.trim() !== '') return value;
  return sink.invalid(
    childPath(path, key),
    `${key} must be a non-empty string, e.g. ${example}`,
    value,
  );
}

/** An optional boolean field with a default; reports a non-boolean. */
export function optionalBoolean(
  parent: Record<string, unknown>,
  key: string,
  path: string,
  sink: IssueSink,
  fallback: boolean,
): boolean {
  const value = parent[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  sink.invalid(childPath(path, key), `${key} must be true or false`, value);
  return fallback;
}

/** `metadata.name` and `metadata.displayName` of an inline object, when given. */
export function readMetadataNames(
  value: Record<string, unknown>,
  path: string,
  sink: IssueSink,
): { name?: string; displayName?: string } {
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const metadataPath = childPath(path, 'metadata');
  const name = optionalString(metadata, 'name', metadataPath, sink);
  const displayName = optionalString(
    metadata,
    'displayName',
    metadataPath,
    sink,
  );
  return {
    ...(name !== undefined ? { name } : {}),
    ...(displayName !== undefined ? { displayName } : {}),
  };
}
