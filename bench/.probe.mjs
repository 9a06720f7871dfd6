import fs from 'node:fs';
import { CI_TOKEN, postgresUrl, startBackend } from './lib.mjs';
import { catalogYaml } from './dora-data.mjs';
const file = '/tmp/probe/catalog.yaml';
fs.writeFileSync(file, `${catalogYaml('svc', 1000)}\n---\n${catalogYaml('sparse', 1000)}`);
const url = postgresUrl();
const backend = await startBackend({ port: 7110, db: { kind: 'postgres', url }, env: { DR_DEV_CATALOG: '1' },
  extraConfig: `catalog:\n  rules:\n    - allow: [Component, System, API, Group, User, Resource, Location]\n  locations:\n    - type: file\n      target: ${file}\n` });
const headers = { authorization: `Bearer ${CI_TOKEN}` };
const time = async (label, path, n = 10) => {
  const ts = [];
  let body;
  for (let i = 0; i < n; i++) { const t = performance.now(); const r = await fetch(backend.baseUrl + path, { headers }); body = await r.text(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(label.padEnd(40), ts[Math.floor(n / 2)].toFixed(1), 'ms', (body.length / 1024).toFixed(0), 'KB');
};
const groups = ['svc-org', ...Array.from({ length: 20 }, (_, t) => `svc-team-${String(t).padStart(2, '0')}`)].map(g => `group:default/${g}`);
const E = '2025-12-17T00:00:00Z';
for (;;) { const r = await fetch(backend.baseUrl + '/api/delivery-reliability/v1/dora?entityRef=group:default/svc-org', { headers }); const b = await r.json(); if (b.entityRefs?.length === 1000) break; await new Promise(r => setTimeout(r, 2000)); }
await time('dora org 365', `/api/delivery-reliability/v1/dora?entityRef=group:default/svc-org&from=2024-12-17T00:00:00Z&to=${E}`);
await time('dora org 90', `/api/delivery-reliability/v1/dora?entityRef=group:default/svc-org&from=2025-09-18T00:00:00Z&to=${E}`);
await time('dora svc 90', `/api/delivery-reliability/v1/dora?entityRef=component:default/svc-0000&from=2025-09-18T00:00:00Z&to=${E}`);
await time('catalog byRef org', `/api/catalog/entities/by-name/group/default/svc-org`);
await time('catalog children', `/api/catalog/entities?filter=kind=group,relations.childOf=group:default/svc-org&filter=kind=group,spec.parent=svc-org&fields=kind,metadata.name,metadata.namespace`);
await time('catalog components of 21', `/api/catalog/entities?filter=kind=component,${groups.map(g => `relations.ownedBy=${g}`).join(',')}&fields=kind,metadata.name,metadata.namespace,spec.owner,spec.system,spec.parent,spec.children,relations`);
await time('catalog components minimal fields (21 groups)', `/api/catalog/entities?filter=kind=component,${groups.map(g => `relations.ownedBy=${g}`).join(',')}&fields=kind,metadata.name,metadata.namespace`);
console.log('rss', backend.peakRssMb().toFixed(0));
await backend.stop();
