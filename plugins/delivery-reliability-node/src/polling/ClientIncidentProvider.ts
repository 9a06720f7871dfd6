import { IncidentScope } from './incidentScopes';
import { IncidentProvider, MappedIncident } from './pollIncidents';
import { TimeWindow } from './timeWindows';

/** The two reads an incident API client offers a provider. @public */
export interface IncidentClient<T> {
  /** Every incident of the scope key created in the window, all pages. */
  listIncidents(scopeKey: string, window: TimeWindow): Promise<T[]>;
  /** One incident, or undefined when the provider no longer has it. */
  getIncident(id: string): Promise<T | undefined>;
}

/** Options of {@link ClientIncidentProvider}. @public */
export interface ClientIncidentProviderOptions<T> {
  sourceId: string;
  maxWindowMs: number;
  client: IncidentClient<T>;
  toIncident(item: T, scope: IncidentScope): MappedIncident;
}

/**
 * An {@link IncidentProvider} that lists by the scope's key through an API
 * client; providers differ only in client, window and mapping.
 * @public
 */
export class ClientIncidentProvider<T> implements IncidentProvider<T> {
  readonly sourceId: string;
  readonly maxWindowMs: number;

  constructor(private readonly options: ClientIncidentProviderOptions<T>) {
    this.sourceId = options.sourceId;
    this.maxWindowMs = options.maxWindowMs;
  }

  listCreated(scope: IncidentScope, window: TimeWindow): Promise<T[]> {
    return this.options.client.listIncidents(scope.key, window);
  }

  getById(nativeId: string): Promise<T | undefined> {
    return this.options.client.getIncident(nativeId);
  }

  toIncident(item: T, scope: IncidentScope): MappedIncident {
    return this.options.toIncident(item, scope);
  }
}
