import { parseAlertCondition } from './alertCondition';
import { parseAlertPolicy } from './alertPolicy';
import { parseDataSource } from './dataSource';
import { OpenSloHeader, readHeader } from './header';
import { parseIndicator } from './indicator';
import { IssueSink } from './issues';
import { OpenSloRegistry, RegistryEntry, emptyRegistry } from './registry';
import { parseSloDocument } from './slo';
import { OpenSloIssue, OpenSloParseResult, OpenSloSlo } from './types';

type Parser<T> = (header: OpenSloHeader, sink: IssueSink) => T | undefined;

/**
 * Parses every document of `kind` into `target`, in document order; a name
 * used twice within a kind is an issue on the later document.
 */
function register<T>(
  headers: OpenSloHeader[],
  kind: string,
  issues: OpenSloIssue[],
  parse: Parser<T>,
  target: Map<string, RegistryEntry<T>>,
): void {
  for (const header of headers.filter(h => h.kind === kind)) {
    const sink = new IssueSink(
      { index: header.index, kind, name: header.name },
      issues,
    );
    const earlier = target.get(header.name);
    if (earlier) {
      sink.add(
        'metadata.name',
        `metadata.name "${header.name}" is already used by the ${kind} at document ${earlier.index}: names must be unique per kind`,
      );
      continue;
    }
    let value: T | undefined;
    try {
      value = parse(header, sink);
    } catch (error) {
      // Parsers report instead of throwing; this only guards against inputs
      // no one foresaw (e.g. a getter that throws), so one document cannot
      // take the whole set down.
      sink.add('', `could not be read: ${String(error)}`);
    }
    target.set(header.name, {
      index: header.index,
      ...(sink.count === 0 && value !== undefined ? { value } : {}),
    });
  }
}

/**
 * Parses and validates a set of OpenSLO v1 documents — already parsed from
 * YAML or JSON (a multi-document YAML file gives one value per document) —
 * and resolves references among them. Never throws: problems are returned as
 * {@link OpenSloIssue}s naming the document, the path and the fix, and every
 * SLO without issues (its own or in what it references) is returned.
 * `AlertNotificationTarget` and `Service` documents are accepted and ignored;
 * empty documents (`null`, e.g. from a trailing `---`) are skipped.
 * @public
 */
export function parseOpenSloDocuments(
  documents: readonly unknown[],
): OpenSloParseResult {
  const issues: OpenSloIssue[] = [];
  const headers = documents
    .map((doc, index) =>
      doc === null || doc === undefined
        ? undefined
        : readHeader(doc, index, issues),
    )
    .filter((h): h is OpenSloHeader => h !== undefined);

  // Dependency order: DataSources before the SLIs that read them, conditions
  // before the policies that use them, everything before the SLOs.
  const registry: OpenSloRegistry = emptyRegistry();
  register(headers, 'DataSource', issues, parseDataSource, registry.DataSource);
  register(
    headers,
    'SLI',
    issues,
    (h, sink) => parseIndicator(h, '', sink, registry),
    registry.SLI,
  );
  register(
    headers,
    'AlertCondition',
    issues,
    (h, sink) => parseAlertCondition(h, '', sink),
    registry.AlertCondition,
  );
  register(
    headers,
    'AlertPolicy',
    issues,
    (h, sink) => parseAlertPolicy(h, '', sink, registry),
    registry.AlertPolicy,
  );
  const slos = new Map<string, RegistryEntry<OpenSloSlo>>();
  register(
    headers,
    'SLO',
    issues,
    (h, sink) => parseSloDocument(h, sink, registry),
    slos,
  );

  return {
    slos: [...slos.values()].flatMap(entry =>
      entry.value ? [entry.value] : [],
    ),
    issues: [...issues].sort((a, b) => a.document.index - b.document.index),
  };
}
