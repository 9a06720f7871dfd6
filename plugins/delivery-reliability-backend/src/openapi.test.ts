import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Semaphore } from './ingestion/Semaphore';
import { createRouter } from './router';
import { loadOpenApiDocument } from './schema/openApiDocument';

/** `METHOD /path/{param}` of every route registered on an express router. */
function routesOf(router: any): string[] {
  return router.stack
    .filter((layer: any) => layer.route)
    .flatMap((layer: any) =>
      Object.keys(layer.route.methods).map(
        method =>
          `${method.toUpperCase()} ${layer.route.path.replace(
            /:(\w+)/g,
            '{$1}',
          )}`,
      ),
    );
}

describe('openapi.yaml', () => {
  const document = loadOpenApiDocument();

  it('describes exactly the routes of the router', async () => {
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      permissions: mockServices.permissions(),
      auditor: mockServices.auditor.mock(),
      store: {} as any,
      ingestion: {} as any,
      limits: { maxEventsPerRequest: 1, maxRequestBytes: 1 },
      ingestionGate: new Semaphore(1),
      openApi: document,
      dora: { service: {} as any, rollups: {} as any },
      slo: {
        config: new ConfigReader({}),
        knex: {} as any,
        definitions: {} as any,
      },
      comparison: {} as any,
    });
    const documented = Object.entries(document.paths).flatMap(
      ([path, methods]) =>
        Object.keys(methods).map(method => `${method.toUpperCase()} ${path}`),
    );
    expect(routesOf(router).sort()).toEqual(documented.sort());
    expect(documented).toHaveLength(17);
  });

  it('documents every path parameter of every route', () => {
    for (const [path, methods] of Object.entries(document.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map(m => m[1]);
      for (const operation of Object.values(methods)) {
        const refs = (operation.parameters ?? []).map((p: any) =>
          p.$ref.replace('#/components/parameters/', ''),
        );
        const declared = refs
          .map(name => document.components.parameters[name])
          .filter(p => p.in === 'path')
          .map(p => p.name);
        expect(declared.sort()).toEqual(inPath.sort());
      }
    }
  });
});
