import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ProviderHttpError,
  TimeWindow,
  fetchJsonWithRetry,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { PagerDutyIncident, PagerDutyIncidentPage } from './types';

/** Largest page PagerDuty serves. */
const PAGE_LIMIT = 100;
/** Classic pagination stops at offset + limit = 10,000. */
const MAX_OFFSET = 10_000;

/**
 * Reads incidents from PagerDuty REST API v2 with an API token.
 * @public
 */
export class PagerDutyClient {
  constructor(
    private readonly options: {
      baseUrl: string;
      apiToken: string;
      logger: LoggerService;
      sleep?: (ms: number) => Promise<void>;
    },
  ) {}

  /** Every incident of the service created in the window, all pages. */
  async listIncidents(
    serviceId: string,
    window: TimeWindow,
  ): Promise<PagerDutyIncident[]> {
    const incidents: PagerDutyIncident[] = [];
    for (let offset = 0; ; offset += PAGE_LIMIT) {
      const params = new URLSearchParams();
      params.append('service_ids[]', serviceId);
      params.set('since', new Date(window.fromMs).toISOString());
      params.set('until', new Date(window.toMs).toISOString());
      params.set('time_zone', 'UTC');
      params.set('limit', String(PAGE_LIMIT));
      params.set('offset', String(offset));
      const page = await this.get<PagerDutyIncidentPage>(
        `/incidents?${params}`,
      );
      incidents.push(...(page.incidents ?? []));
      if (!page.more) return incidents;
      if (offset + 2 * PAGE_LIMIT > MAX_OFFSET) {
        this.options.logger.warn(
          `pagerduty: service ${serviceId} has more than ${MAX_OFFSET} incidents between ${params.get(
            'since',
          )} and ${params.get(
            'until',
          )}; PagerDuty pages no deeper, later ones are missing`,
        );
        return incidents;
      }
    }
  }

  /** One incident, or undefined when PagerDuty no longer has it. */
  async getIncident(id: string): Promise<PagerDutyIncident | undefined> {
    try {
      const body = await this.get<{ incident: PagerDutyIncident }>(
        `/incidents/${encodeURIComponent(id)}`,
      );
      return body.incident;
    } catch (error) {
      if (error instanceof ProviderHttpError && error.status === 404) {
        return undefined;
      }
      throw error;
    }
  }

  private get<T>(path: string): Promise<T> {
    return fetchJsonWithRetry<T>(
      `${this.options.baseUrl}${path}`,
      {
        headers: {
          Authorization: `Token token=${this.options.apiToken}`,
          Accept: 'application/vnd.pagerduty+json;version=2',
        },
      },
      { logger: this.options.logger, sleep: this.options.sleep },
    );
  }
}
