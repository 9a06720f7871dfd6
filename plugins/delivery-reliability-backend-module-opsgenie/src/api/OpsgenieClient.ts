import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ProviderHttpError,
  TimeWindow,
  fetchJsonWithRetry,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { OpsgenieIncident, OpsgenieIncidentPage } from './types';

/** Largest page Opsgenie serves. */
const PAGE_LIMIT = 100;

/**
 * The Opsgenie query of one window: incidents created in
 * `[fromMs, toMs)` (epoch milliseconds) that match the entity's fragment.
 * @public
 */
export function windowQuery(fragment: string, window: TimeWindow): string {
  return `createdAt>=${window.fromMs} AND createdAt<${window.toMs} AND (${fragment})`;
}

/** Reads incidents from the Opsgenie Incident API with a GenieKey. @public */
export class OpsgenieClient {
  constructor(
    private readonly options: {
      baseUrl: string;
      apiKey: string;
      logger: LoggerService;
      sleep?: (ms: number) => Promise<void>;
    },
  ) {}

  /** Every incident matching the fragment created in the window, all pages. */
  async listIncidents(
    fragment: string,
    window: TimeWindow,
  ): Promise<OpsgenieIncident[]> {
    const params = new URLSearchParams({
      query: windowQuery(fragment, window),
      offset: '0',
      limit: String(PAGE_LIMIT),
      sort: 'createdAt',
      order: 'desc',
    });
    const incidents: OpsgenieIncident[] = [];
    let url:
      | string
      | undefined = `${this.options.baseUrl}/v1/incidents?${params}`;
    while (url) {
      const page: OpsgenieIncidentPage = await this.get(url);
      incidents.push(...(page.data ?? []));
      url = page.paging?.next;
    }
    return incidents;
  }

  /** One incident, or undefined when Opsgenie no longer has it. */
  async getIncident(id: string): Promise<OpsgenieIncident | undefined> {
    try {
      const body = await this.get<{ data: OpsgenieIncident }>(
        `${this.options.baseUrl}/v1/incidents/${encodeURIComponent(
          id,
        )}?identifierType=id`,
      );
      return body.data;
    } catch (error) {
      if (error instanceof ProviderHttpError && error.status === 404) {
        return undefined;
      }
      throw error;
    }
  }

  private get<T>(url: string): Promise<T> {
    return fetchJsonWithRetry<T>(
      url,
      { headers: { Authorization: `GenieKey ${this.options.apiKey}` } },
      { logger: this.options.logger, sleep: this.options.sleep },
    );
  }
}
