import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { ConfigReader } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'fs';
import http from 'http';
import { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import { CatalogSloDefinitions } from './CatalogSloDefinitions';
import { inlineSlo, sliYaml, sloByRefYaml } from './__fixtures__/openSloYaml';
import { readInlineSloDocuments } from './inlineSloDocuments';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openslo-'));
fs.mkdirSync(path.join(dir, 'slos'));
fs.writeFileSync(path.join(dir, 'slos', 'slo.yaml'), sloByRefYaml);
fs.writeFileSync(path.join(dir, 'sli.yaml'), sliYaml);
fs.writeFileSync(path.join(dir, 'broken.yaml'), 'kind: SLO\n  bad: [\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The catalog annotates file-location entities with the absolute file path.
const component = (name: string, openslo?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: {
      'backstage.io/managed-by-location': `file:${dir}/catalog-info.yaml`,
      ...(openslo ? { 'delivery-reliability.io/openslo': openslo } : {}),
    },
  },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
});

function definitions(
  config: object = {},
  urlReader = mockServices.urlReader.mock(),
) {
  const root = new ConfigReader(config);
  return new CatalogSloDefinitions({
    catalog: catalogServiceMock({
      entities: [
        component('checkout', 'slos/slo.yaml, sli.yaml'),
        component('broken', 'slos/slo.yaml,sli.yaml,broken.yaml,missing.yaml'),
        component('plain'),
      ],
    }),
    auth: mockServices.auth(),
    urlReader,
    integrations: ScmIntegrations.fromConfig(root),
    inline: readInlineSloDocuments(root),
  });
}

describe('CatalogSloDefinitions', () => {
  it('reads annotation files relative to the catalog file, resolving indicatorRef across files', async () => {
    const result = await definitions().forEntity('Component:default/checkout');
    expect(result.issues).toEqual([]);
    expect(result.entityRef).toBe('component:default/checkout');
    expect(result.slos.map(s => [s.name, s.indicatorRef])).toEqual([
      ['checkout-availability', 'checkout-ok'],
    ]);
  });

  it('turns a YAML syntax error and a missing file into issues naming the file, keeping the valid SLOs', async () => {
    const result = await definitions().forEntity('component:default/broken');
    expect(result.slos.map(s => s.name)).toEqual(['checkout-availability']);
    expect(result.issues).toEqual([
      {
        document: { index: 3 },
        path: '',
        message: expect.stringMatching(
          new RegExp(
            `^OpenSLO file ${dir}/broken.yaml is not valid YAML \\(line \\d\\).*fix the file's syntax$`,
          ),
        ),
      },
      {
        document: { index: 3 },
        path: '',
        message: expect.stringContaining(
          `OpenSLO file ${dir}/missing.yaml could not be read`,
        ),
      },
    ]);
  });

  it('adds inline config documents, and serves config-only entities to the plugin but not to callers', async () => {
    const config = {
      deliveryReliability: {
        slo: {
          entities: [
            {
              entityRef: 'component:default/plain',
              documents: [inlineSlo('inline-a')],
            },
            {
              entityRef: 'component:default/not-in-catalog',
              documents: [inlineSlo('inline-b')],
            },
          ],
        },
      },
    };
    const defs = definitions(config);
    const plain = await defs.forEntity('component:default/plain');
    expect(plain.slos.map(s => [s.name, s.objectives.length])).toEqual([
      ['inline-a', 2],
    ]);
    const own = await defs.forEntity('component:default/not-in-catalog');
    expect(own.slos.map(s => s.name)).toEqual(['inline-b']);
    // Inline definitions are shown to users too, and to service callers
    // (a CI token restricted to this plugin), whose catalog reads the plugin
    // makes with its own credentials.
    for (const credentials of [
      mockCredentials.user(),
      mockCredentials.service('external:ci-pipeline'),
    ]) {
      const seen = await defs.forEntity('component:default/not-in-catalog', {
        credentials,
      });
      expect(seen.slos.map(s => s.name)).toEqual(['inline-b']);
    }
    expect(await defs.listEntityRefs()).toEqual([
      'component:default/broken',
      'component:default/checkout',
      'component:default/not-in-catalog',
      'component:default/plain',
    ]);
  });

  it('rejects an unknown entity with NotFoundError and a malformed ref with a message naming the format', async () => {
    await expect(
      definitions().forEntity('component:default/nope'),
    ).rejects.toThrow(NotFoundError);
    await expect(definitions().forEntity('')).rejects.toThrow(
      /kind:namespace\/name/,
    );
  });

  it('reads absolute URLs through the UrlReader', async () => {
    const server = http.createServer((req, res) => {
      res.end(req.url === '/sli.yaml' ? sliYaml : sloByRefYaml);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const config = new ConfigReader({
        backend: { reading: { allow: [{ host: base.slice(7) }] } },
      });
      const urlReader = UrlReaders.default({
        config,
        logger: mockServices.logger.mock(),
      });
      const defs = new CatalogSloDefinitions({
        catalog: catalogServiceMock({
          entities: [component('remote', `${base}/slo.yaml,${base}/sli.yaml`)],
        }),
        auth: mockServices.auth(),
        urlReader,
        integrations: ScmIntegrations.fromConfig(config),
        inline: new Map(),
      });
      const result = await defs.forEntity('component:default/remote');
      expect(result.issues).toEqual([]);
      expect(result.slos.map(s => s.name)).toEqual(['checkout-availability']);
    } finally {
      server.close();
    }
  });
});
