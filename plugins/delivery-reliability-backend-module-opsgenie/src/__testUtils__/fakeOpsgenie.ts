import { HttpResponse, http } from 'msw';
import { OpsgenieIncident } from '../api/types';

/** Base URL of the fake, configured as `deliveryReliability.opsgenie.baseUrl`. */
export const OPSGENIE_URL = 'https://opsgenie.test';
export const OPSGENIE_KEY = 'og-test-key';

interface StoredIncident {
  /** The query fragment whose listing returns it. */
  fragment: string;
  createdMs: number;
  incident: OpsgenieIncident;
}

const QUERY = /^createdAt>=(\d+) AND createdAt<(\d+) AND \((.*)\)$/;

/**
 * An in-memory Opsgenie Incident API with the documented response shapes:
 * `GET /v1/incidents?query=&offset=&limit=&sort=&order=` answering
 * `{data, paging: {first, next?, last}, took, requestId}`, and
 * `GET /v1/incidents/{id}?identifierType=id` answering `{data}`.
 */
export class FakeOpsgenie {
  readonly incidents: StoredIncident[] = [];
  readonly listQueries: string[] = [];
  readonly getRequests: string[] = [];
  rateLimitedRequests = 0;

  add(fragment: string, incident: OpsgenieIncident, createdMs?: number) {
    this.incidents.push({
      fragment,
      createdMs: createdMs ?? Date.parse(incident.createdAt!),
      incident,
    });
  }

  update(id: string, changes: Partial<OpsgenieIncident>) {
    const stored = this.incidents.find(s => s.incident.id === id)!;
    stored.incident = { ...stored.incident, ...changes };
  }

  handlers() {
    return [
      http.get(`${OPSGENIE_URL}/v1/incidents`, ({ request }) => {
        const refused = this.refuse(request);
        if (refused) return refused;
        const url = new URL(request.url);
        const query = url.searchParams.get('query') ?? '';
        this.listQueries.push(query);
        const [, from, to, fragment] = QUERY.exec(query) ?? [];
        if (!fragment) {
          return HttpResponse.json(
            { message: 'Invalid query', took: 0, requestId: 'r' },
            { status: 422 },
          );
        }
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 20);
        const matching = this.incidents
          .filter(
            s =>
              s.fragment === fragment &&
              s.createdMs >= Number(from) &&
              s.createdMs < Number(to),
          )
          .sort((a, b) => b.createdMs - a.createdMs);
        const pageUrl = (at: number) => {
          const next = new URL(url);
          next.searchParams.set('offset', String(at));
          return next.toString();
        };
        return HttpResponse.json({
          data: matching.slice(offset, offset + limit).map(s => s.incident),
          paging: {
            first: pageUrl(0),
            ...(offset + limit < matching.length
              ? { next: pageUrl(offset + limit) }
              : {}),
            last: pageUrl(Math.max(0, matching.length - limit)),
          },
          took: 0.05,
          requestId: 'fake',
        });
      }),
      http.get(`${OPSGENIE_URL}/v1/incidents/:id`, ({ request, params }) => {
        const refused = this.refuse(request);
        if (refused) return refused;
        this.getRequests.push(String(params.id));
        const stored = this.incidents.find(s => s.incident.id === params.id);
        return stored
          ? HttpResponse.json({
              data: stored.incident,
              took: 0.01,
              requestId: 'fake',
            })
          : HttpResponse.json(
              { message: 'Incident not found', took: 0, requestId: 'fake' },
              { status: 404 },
            );
      }),
    ];
  }

  private refuse(request: Request) {
    if (request.headers.get('authorization') !== `GenieKey ${OPSGENIE_KEY}`) {
      return HttpResponse.json({ message: 'Unauthorized' }, { status: 401 });
    }
    if (this.rateLimitedRequests > 0) {
      this.rateLimitedRequests--;
      return HttpResponse.json(
        { message: 'Too many requests', took: 0, requestId: 'fake' },
        { status: 429, headers: { 'Retry-After': '0' } },
      );
    }
    return undefined;
  }
}

/** A documented-shape Opsgenie incident with sensible defaults. */
export function ogIncident(
  id: string,
  createdAt: string,
  extra: Partial<OpsgenieIncident> = {},
): OpsgenieIncident {
  return {
    id,
    tinyId: id.replace(/\D/g, '') || '1',
    message: `Incident ${id}`,
    status: 'open',
    tags: [],
    createdAt,
    updatedAt: createdAt,
    priority: 'P3',
    ownerTeam: 'team-id-1',
    impactedServices: [],
    ...extra,
  };
}
