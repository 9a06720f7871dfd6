import { HttpResponse, http } from 'msw';
import { PagerDutyIncident } from '../api/types';

/** Base URL of the fake, configured as `deliveryReliability.pagerduty.baseUrl`. */
export const PAGERDUTY_URL = 'https://pagerduty.test';
export const PAGERDUTY_TOKEN = 'pd-test-token';

interface StoredIncident {
  /** The service whose listing returns it (normally `incident.service.id`). */
  serviceId: string;
  /** Creation time the listing filters on, even when `created_at` is broken. */
  createdMs: number;
  incident: PagerDutyIncident;
}

/**
 * An in-memory PagerDuty REST API v2 with the documented response shapes:
 * `GET /incidents` filtered by `service_ids[]` and `since`/`until` (created
 * time), classic `limit`/`offset`/`more` pagination; `GET /incidents/{id}`.
 */
export class FakePagerDuty {
  readonly incidents: StoredIncident[] = [];
  readonly listRequests: URLSearchParams[] = [];
  readonly getRequests: string[] = [];
  /** How many of the next requests answer 429 before serving. */
  rateLimitedRequests = 0;

  add(incident: PagerDutyIncident, serviceId = incident.service!.id!) {
    const createdMs = Date.parse(incident.created_at ?? '');
    this.incidents.push({ serviceId, createdMs, incident });
  }

  addAt(createdMs: number, serviceId: string, incident: PagerDutyIncident) {
    this.incidents.push({ serviceId, createdMs, incident });
  }

  update(id: string, changes: Partial<PagerDutyIncident>) {
    const stored = this.incidents.find(s => s.incident.id === id)!;
    stored.incident = { ...stored.incident, ...changes };
  }

  handlers() {
    return [
      http.get(`${PAGERDUTY_URL}/incidents`, ({ request }) => {
        const refused = this.refuse(request);
        if (refused) return refused;
        const params = new URL(request.url).searchParams;
        this.listRequests.push(params);
        const services = params.getAll('service_ids[]');
        const sinceMs = Date.parse(params.get('since')!);
        const untilMs = Date.parse(params.get('until')!);
        const limit = Number(params.get('limit') ?? 25);
        const offset = Number(params.get('offset') ?? 0);
        const matching = this.incidents
          .filter(
            s =>
              services.includes(s.serviceId) &&
              s.createdMs >= sinceMs &&
              s.createdMs < untilMs,
          )
          .sort((a, b) => a.createdMs - b.createdMs);
        return HttpResponse.json({
          incidents: matching
            .slice(offset, offset + limit)
            .map(s => s.incident),
          limit,
          offset,
          more: offset + limit < matching.length,
          total: null,
        });
      }),
      http.get(`${PAGERDUTY_URL}/incidents/:id`, ({ request, params }) => {
        const refused = this.refuse(request);
        if (refused) return refused;
        this.getRequests.push(String(params.id));
        const stored = this.incidents.find(s => s.incident.id === params.id);
        return stored
          ? HttpResponse.json({ incident: stored.incident })
          : HttpResponse.json(
              { error: { message: 'Not Found', code: 2100 } },
              { status: 404 },
            );
      }),
    ];
  }

  private refuse(request: Request) {
    if (
      request.headers.get('authorization') !== `Token token=${PAGERDUTY_TOKEN}`
    ) {
      return HttpResponse.json({ error: { code: 2006 } }, { status: 401 });
    }
    if (this.rateLimitedRequests > 0) {
      this.rateLimitedRequests--;
      return HttpResponse.json(
        { error: { message: 'Rate Limit Exceeded', code: 2020 } },
        {
          status: 429,
          headers: { 'Retry-After': '0', 'ratelimit-reset': '0' },
        },
      );
    }
    return undefined;
  }
}

/** A documented-shape PagerDuty incident with sensible defaults. */
export function pdIncident(
  id: string,
  serviceId: string,
  createdAt: string,
  extra: Partial<PagerDutyIncident> = {},
): PagerDutyIncident {
  return {
    id,
    title: `Incident ${id}`,
    summary: `[#${id}] Incident ${id}`,
    status: 'triggered',
    urgency: 'high',
    created_at: createdAt,
    last_status_change_at: createdAt,
    resolved_at: null,
    priority: null,
    service: { id: serviceId, summary: `Service ${serviceId}` },
    html_url: `https://acme.pagerduty.com/incidents/${id}`,
    ...extra,
  };
}
