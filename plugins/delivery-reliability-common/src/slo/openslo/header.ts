import { IssueSink, isRecord, requiredString } from './issues';
import { OPENSLO_API_VERSION, OpenSloIssue } from './types';

/** The parts of a document every kind has, already checked. */
export interface OpenSloHeader {
  index: number;
  kind: string;
  name: string;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
}

const KINDS = [
  'SLO',
  'SLI',
  'DataSource',
  'AlertPolicy',
  'AlertCondition',
  'AlertNotificationTarget',
  'Service',
];

/** Checks what every document needs; `undefined` (with issues) when it lacks any. */
export function readHeader(
  doc: unknown,
  index: number,
  issues: OpenSloIssue[],
): OpenSloHeader | undefined {
  const metadata =
    isRecord(doc) && isRecord(doc.metadata) ? doc.metadata : undefined;
  const sink = new IssueSink(
    {
      index,
      ...(isRecord(doc) && typeof doc.kind === 'string'
        ? { kind: doc.kind }
        : {}),
      ...(typeof metadata?.name === 'string' ? { name: metadata.name } : {}),
    },
    issues,
  );
  if (!isRecord(doc)) {
    return sink.invalid(
      '',
      'each document must be a mapping with apiVersion, kind, metadata and spec',
      doc,
    );
  }
  if (doc.apiVersion !== OPENSLO_API_VERSION) {
    sink.invalid(
      'apiVersion',
      `apiVersion must be ${OPENSLO_API_VERSION}`,
      doc.apiVersion,
    );
  }
  if (typeof doc.kind !== 'string' || !KINDS.includes(doc.kind)) {
    sink.invalid('kind', `kind must be one of ${KINDS.join(', ')}`, doc.kind);
  }
  const name = metadata
    ? requiredString(
        metadata,
        'name',
        'metadata',
        sink,
        'checkout-availability',
      )
    : sink.invalid(
        'metadata',
        'metadata must be a mapping with a name, e.g. { name: checkout-availability }',
        doc.metadata,
      );
  if (!isRecord(doc.spec))
    sink.invalid('spec', 'spec must be a mapping', doc.spec);
  if (sink.count > 0 || !metadata || !name || !isRecord(doc.spec))
    return undefined;
  return { index, kind: doc.kind as string, name, metadata, spec: doc.spec };
}
