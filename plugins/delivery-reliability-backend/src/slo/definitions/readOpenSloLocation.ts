import { UrlReaderService } from '@backstage/backend-plugin-api';
import fs from 'fs/promises';
import { parseAllDocuments } from 'yaml';
import { OpenSloLocation } from './openSloLocations';

/** The documents of one file, or why it could not be used. @internal */
export type OpenSloFileResult =
  | { ok: true; documents: unknown[] }
  | { ok: false; message: string };

/**
 * Parses multi-document YAML. A syntax error rejects the whole file (its
 * documents might otherwise be half-read), naming the line.
 * @internal
 */
export function parseYamlDocuments(
  text: string,
  where: string,
): OpenSloFileResult {
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0].line;
      return {
        ok: false,
        message: `${where} is not valid YAML${line ? ` (line ${line})` : ''}: ${
          error.message.split('\n')[0]
        }; fix the file's syntax`,
      };
    }
  }
  return { ok: true, documents: list.map(doc => doc.toJS()) };
}

/**
 * Reads and parses one OpenSLO file. Never throws: a missing or unreadable
 * file becomes a message naming it and the fix, so one bad file does not
 * hide the entity's other SLOs.
 * @internal
 */
export async function readOpenSloLocation(
  location: OpenSloLocation,
  urlReader: UrlReaderService,
): Promise<OpenSloFileResult> {
  const where = `OpenSLO file ${location.target}`;
  let text: string;
  try {
    text =
      location.type === 'file'
        ? await fs.readFile(location.target, 'utf8')
        : (await (await urlReader.readUrl(location.target)).buffer()).toString(
            'utf8',
          );
  } catch (error) {
    return {
      ok: false,
      message: `${where} could not be read (${String(
        error,
      )}); check the path "${
        location.written
      }" in the delivery-reliability.io/openslo annotation and that the backend may read it`,
    };
  }
  return parseYamlDocuments(text, where);
}
