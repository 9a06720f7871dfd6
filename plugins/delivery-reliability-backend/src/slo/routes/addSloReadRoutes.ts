import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import express, { Request } from 'express';
import { createJsonBodyParser } from '../../ingestion/parseJsonBody';
import { OpenApiDocument } from '../../schema/openApiDocument';
import { listSloSummaries } from './listSloSummaries';
import { GateQuery, createSloQueryReaders } from './readSloQueries';
import { releaseGate } from './releaseGate';
import { sloHistory } from './sloHistory';
import { SloReadContext } from './SloReadContext';
import { subjectOf } from './subjectOf';

/** What {@link addSloReadRoutes} needs. @internal */
export interface SloReadRouteOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  openApi: OpenApiDocument;
  context: SloReadContext;
  now: () => number;
}

// A gate request is two short fields.
const GATE_BODY_BYTES = 16 * 1024;

/**
 * Adds `GET /v1/slos`, `GET /v1/slos/:id/history` and `GET|POST /v1/gate`
 * (user or service principal; every gate decision audited).
 * @internal
 */
export function addSloReadRoutes(
  router: express.Router,
  options: SloReadRouteOptions,
): void {
  const { httpAuth, auditor, context, now } = options;
  const read = createSloQueryReaders(options.openApi);
  const parseJsonBody = createJsonBodyParser(GATE_BODY_BYTES);
  const allow: Array<'user' | 'service'> = ['user', 'service'];

  router.get('/v1/slos', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow });
    const entityRef = read.list(req.query);
    res.json(await listSloSummaries(context, entityRef, credentials, now()));
  });

  router.get('/v1/slos/:id/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow });
    const query = read.history(req.query);
    res.json(
      await sloHistory(context, req.params.id, query, credentials, now()),
    );
  });

  const gate = async (
    req: Request,
    res: express.Response,
    readQuery: () => Promise<GateQuery>,
  ) => {
    const auditorEvent = await auditor.createEvent({
      eventId: 'release-gate',
      severityLevel: 'medium',
      request: req,
    });
    try {
      const credentials = await httpAuth.credentials(req, { allow });
      const { entityRef, changeType } = await readQuery();
      const answer = await releaseGate(
        context,
        entityRef,
        changeType,
        credentials,
        now(),
      );
      await auditorEvent.success({
        meta: {
          entityRef,
          changeType,
          decision: answer.decision,
          status: answer.status,
          reasons: answer.reasons,
          subject: subjectOf(credentials),
        },
      });
      res.json(answer);
    } catch (error) {
      await auditorEvent.fail({ error: error as Error });
      throw error;
    }
  };
  router.get('/v1/gate', (req, res) =>
    gate(req, res, async () => read.gate(req.query)),
  );
  router.post('/v1/gate', (req, res) =>
    gate(req, res, async () => read.gateBody(await parseJsonBody(req, res))),
  );
}
