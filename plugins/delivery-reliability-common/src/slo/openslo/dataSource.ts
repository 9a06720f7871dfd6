import { IssueSink, requiredString } from './issues';
import { OpenSloHeader } from './header';
import { OpenSloDataSource } from './types';

/** Parses a DataSource document; `connectionDetails` is dropped (it may hold secrets). */
export function parseDataSource(
  header: OpenSloHeader,
  sink: IssueSink,
): OpenSloDataSource | undefined {
  const type = requiredString(header.spec, 'type', 'spec', sink, 'Prometheus');
  const displayName = header.metadata.displayName;
  if (type === undefined) return undefined;
  return {
    name: header.name,
    ...(typeof displayName === 'string' ? { displayName } : {}),
    type,
  };
}
