import { IssueSink, childPath } from './issues';
import {
  OpenSloAlertCondition,
  OpenSloAlertPolicy,
  OpenSloDataSource,
  OpenSloIndicator,
} from './types';

/** A named document of the set: its position and, when it is valid, its value. */
export interface RegistryEntry<T> {
  index: number;
  /** Absent when the document has issues, so refs to it fail loudly. */
  value?: T;
}

/** The named documents SLOs and SLIs can reference, by `metadata.name`. */
export interface OpenSloRegistry {
  DataSource: Map<string, RegistryEntry<OpenSloDataSource>>;
  SLI: Map<string, RegistryEntry<OpenSloIndicator>>;
  AlertCondition: Map<string, RegistryEntry<OpenSloAlertCondition>>;
  AlertPolicy: Map<string, RegistryEntry<OpenSloAlertPolicy>>;
}

/** The parsed value a registry of `K` holds. */
export type RegistryValue<K extends keyof OpenSloRegistry> =
  OpenSloRegistry[K] extends Map<string, RegistryEntry<infer T>> ? T : never;

// "an SLI" is read "an es-el-eye".
const ARTICLE: Record<keyof OpenSloRegistry, string> = {
  DataSource: 'a',
  SLI: 'an',
  AlertCondition: 'an',
  AlertPolicy: 'an',
};

/** An empty registry. */
export function emptyRegistry(): OpenSloRegistry {
  return {
    DataSource: new Map(),
    SLI: new Map(),
    AlertCondition: new Map(),
    AlertPolicy: new Map(),
  };
}

/**
 * Looks `parent[key]` up among the documents of `kind`, reporting a name no
 * document has and a document that exists but has issues of its own.
 */
export function resolveRef<K extends keyof OpenSloRegistry>(
  registry: OpenSloRegistry,
  kind: K,
  parent: Record<string, unknown>,
  key: string,
  path: string,
  sink: IssueSink,
): RegistryValue<K> | undefined {
  const ref = parent[key];
  const refPath = childPath(path, key);
  if (typeof ref !== 'string' || ref === '') {
    return sink.invalid(
      refPath,
      `${key} must be the metadata.name of a ${kind} document`,
      ref,
    );
  }
  const entry = registry[kind].get(ref) as
    | RegistryEntry<RegistryValue<K>>
    | undefined;
  if (!entry) {
    sink.add(
      refPath,
      `${key} "${ref}" names no ${kind} in this set: add ${ARTICLE[kind]} ${kind} document with metadata.name "${ref}" or fix the name`,
    );
    return undefined;
  }
  if (entry.value === undefined) {
    sink.add(
      refPath,
      `${key} "${ref}" names the ${kind} at document ${entry.index}, which has errors: fix that document first`,
    );
  }
  return entry.value;
}
