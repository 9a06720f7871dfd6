/** Test helpers: the example OpenSLO files and app-config of the demo app. */
import {
  OpenSloParseResult,
  parseOpenSloDocuments,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { DemoConfig } from '../../config';
import { DemoSliSource } from '../DemoSliSource';
import { SEED, SERVICES } from '../../generator/testing/fixtures';

// Test-only: the example files live in the repository, not in the package.
// eslint-disable-next-line no-restricted-syntax
const REPO_ROOT = path.resolve(__dirname, '../../../../..');

/** The six demo services of app-config.yaml. */
export const EXAMPLE_SERVICES = SERVICES.map(s => s.entityRef.split('/')[1]);

/** Parses `examples/slos/<service>.yaml` as the backend does. */
export function parseExampleSlos(service: string): OpenSloParseResult {
  const file = path.join(REPO_ROOT, 'examples', 'slos', `${service}.yaml`);
  const text = fs.readFileSync(file, 'utf8');
  return parseOpenSloDocuments(parseAllDocuments(text).map(d => d.toJS()));
}

/** `deliveryReliability.slo.entities` of the root app-config.yaml. */
export function inlineSloEntities(): Array<{
  entityRef: string;
  documents: unknown[];
}> {
  const config = parse(
    fs.readFileSync(path.join(REPO_ROOT, 'app-config.yaml'), 'utf8'),
  );
  return config.deliveryReliability.slo.entities;
}

/** The demo config of app-config.yaml's services with the default seed. */
export const DEMO_CONFIG: DemoConfig = {
  enabled: true,
  historyDays: 90,
  intervalSeconds: 60,
  seed: SEED,
  services: SERVICES,
};

/** A source over {@link DEMO_CONFIG}. */
export const demoSource = () => new DemoSliSource({ config: DEMO_CONFIG });
