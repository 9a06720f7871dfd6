import { UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ScmIntegrationRegistry } from '@backstage/integration';
import {
  OpenSloIssue,
  parseOpenSloDocuments,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { EntitySloDefinitions } from '../contracts';
import { openSloLocationsOf } from './openSloLocations';
import { readOpenSloLocation } from './readOpenSloLocation';

/** What {@link gatherSloDocuments} reads from. @internal */
export interface GatherSloOptions {
  entityRef: string;
  /** The catalog entity, when the catalog has it. */
  entity?: Entity;
  inlineDocuments: unknown[];
  urlReader: UrlReaderService;
  integrations: ScmIntegrationRegistry;
}

interface Part {
  label: string;
  firstIndex: number;
  count: number;
}

/**
 * Reads every OpenSLO document of an entity (annotation files, then inline
 * config) and parses them as one set, so an `indicatorRef` or DataSource may
 * live in another file than the SLO. Issues name the file they come from.
 * @internal
 */
export async function gatherSloDocuments(
  options: GatherSloOptions,
): Promise<EntitySloDefinitions> {
  const documents: unknown[] = [];
  const parts: Part[] = [];
  const readIssues: OpenSloIssue[] = [];
  const add = (label: string, docs: unknown[]) => {
    parts.push({ label, firstIndex: documents.length, count: docs.length });
    documents.push(...docs);
  };

  let locations: ReturnType<typeof openSloLocationsOf> = [];
  try {
    locations = options.entity
      ? openSloLocationsOf(options.entity, options.integrations)
      : [];
  } catch (error) {
    readIssues.push({
      document: { index: 0 },
      path: '',
      message: (error as Error).message,
    });
  }
  const results = await Promise.all(
    locations.map(l => readOpenSloLocation(l, options.urlReader)),
  );
  results.forEach((result, i) => {
    if (result.ok) add(locations[i].target, result.documents);
    else
      readIssues.push({
        document: { index: documents.length },
        path: '',
        message: result.message,
      });
  });
  add('config deliveryReliability.slo.entities', options.inlineDocuments);

  const parsed = parseOpenSloDocuments(documents);
  const sourceOf = (index: number) =>
    parts.find(p => index >= p.firstIndex && index < p.firstIndex + p.count);
  const issues = parsed.issues.map(issue => {
    const part = sourceOf(issue.document.index);
    if (!part) return issue;
    const inFile = issue.document.index - part.firstIndex;
    return {
      ...issue,
      message: `${issue.message} (in ${part.label}, document ${inFile})`,
    };
  });
  return {
    entityRef: options.entityRef,
    slos: parsed.slos,
    issues: [...readIssues, ...issues],
  };
}
