import fs from 'node:fs';
import { CI_TOKEN, postgresUrl, startBackend } from './lib.mjs';
import { catalogYaml } from './dora-data.mjs';
const file = '/tmp/probe/catalog.yaml';
fs.writeFileSync(file, `${catalogYaml('svc', 1000)}\n---\n${catalogYaml('sparse', 1000)}`);
const url = postgresUrl();
const backend = await startBackend({ port: 7110, db: { kind: 'postgres', url }, env: { DR_DEV_CATALOG: '1', ...(process.env.EXTRA_NODE_OPTIONS ? { NODE_OPTIONS: process.env.EXTRA_NODE_OPTIONS } : {}) },
  extraConfig: `catalog:\n  rules:\n    - allow: [Component, System, API, Group, User, Resource, Location]\n  locations:\n    - type: file\n      target: ${file}\n` });
const headers = { authorization: `Bearer ${CI_TOKEN}` };
const get = async p => (await fetch(backend.baseUrl + p, { headers })).json();
for (;;) { const b = await get('/api/delivery-reliability/v1/dora?entityRef=group:default/svc-org'); if (b.entityRefs?.length === 1000) break; await new Promise(r => setTimeout(r, 2000)); }
console.log('ready rss', backend.peakRssMb().toFixed(0));
if (!process.env.NOREBUILD) {
  const t = performance.now();
  const r = await (await fetch(backend.baseUrl + '/api/delivery-reliability/v1/rollups/rebuild', { method: 'POST', headers })).json();
  console.log('rebuild', ((performance.now() - t) / 1000).toFixed(1), 's', JSON.stringify(r), 'rss', backend.peakRssMb().toFixed(0));
}
for (let i = 0; i < 30; i++) await get('/api/delivery-reliability/v1/dora?entityRef=group:default/svc-org&from=2024-12-17T00:00:00Z&to=2025-12-17T00:00:00Z&breakdown=true');
console.log('after 30 org breakdown reads rss', backend.peakRssMb().toFixed(0));
await backend.stop();
