import type * as Yaml from 'yaml';
import type { Result } from '../errors.js';
import { fail, ok, snapshotError } from './problems.js';

/** Line (from 1) and column of a character offset. */
export function lineOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Where JSON.parse stopped, from its message (V8 says “at position N”, or “line L column C”). */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number; detail: string } {
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 120);
  const lc = /line (\d+) column (\d+)/.exec(detail);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), detail };
  const pos = /position (\d+)/.exec(detail);
  if (pos) return { ...lineOf(text, Number(pos[1])), detail };
  return { ...lineOf(text, text.length), detail };
}

/** Whether a text is JSON rather than YAML: its first character opens an object or an array. */
export function looksLikeJson(text: string): boolean {
  const first = /\S/.exec(text);
  return first !== null && (first[0] === '{' || first[0] === '[');
}

/** The YAML parser, fetched the first time a YAML text comes in (JSON never loads it). */
let yamlModule: Promise<typeof Yaml> | undefined;
const loadYaml = () => (yamlModule ??= import('yaml'));

/**
 * What `kubectl get … -o json` or `-o yaml` printed, as data: a JSON document, or every
 * document of a (multi-document) YAML stream; the YAML parser is loaded only for YAML.
 * Several YAML documents come back as an array. Errors name the line.
 */
export function parseKubernetesText(text: string): Promise<Result<unknown>> {
  return parseKubernetesTextWith(text, loadYaml);
}

/**
 * The same, with the YAML parser given: for code that must not split into chunks (a worker
 * bundled as one file imports `yaml` itself).
 */
export async function parseKubernetesTextWith(text: string, yamlParser: () => Promise<typeof Yaml> | typeof Yaml): Promise<Result<unknown>> {
  if (typeof text !== 'string' || text.trim() === '')
    return fail(snapshotError('', 'the file is empty.', 'le fichier est vide.'));
  if (looksLikeJson(text)) {
    try {
      return ok(JSON.parse(text) as unknown);
    } catch (e) {
      const { line, column, detail } = jsonErrorPlace(text, e);
      return fail(
        snapshotError(`line ${line}`, `not valid JSON at line ${line}, column ${column} (${detail}).`, `JSON non valide ligne ${line}, colonne ${column} (${detail}).`),
      );
    }
  }
  let yaml: typeof Yaml;
  try {
    yaml = await yamlParser();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(snapshotError('', `the YAML parser could not be loaded (${detail}).`, `l’analyseur YAML n’a pas pu être chargé (${detail}).`));
  }
  const docs = yaml.parseAllDocuments(text, { prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const values: unknown[] = [];
  for (const [i, doc] of list.entries()) {
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0].line ?? lineOf(text, error.pos[0]).line;
      const detail = error.message.split('\n')[0]!.slice(0, 120);
      return fail(snapshotError(`line ${line}`, `neither JSON nor valid YAML: line ${line}: ${detail}`, `ni du JSON ni du YAML valide : ligne ${line} : ${detail}`));
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) continue; // an empty document (a trailing ---)
    if (typeof value !== 'object')
      return fail(
        snapshotError(
          `document ${i + 1}`,
          'neither JSON nor YAML objects: the text reads as plain words. Give what `kubectl get nodes,pods -A -o json` (or -o yaml) prints.',
          'ni du JSON ni des objets YAML : le texte se lit comme des mots. Donnez ce qu’affiche `kubectl get nodes,pods -A -o json` (ou -o yaml).',
        ),
      );
    values.push(value);
  }
  if (values.length === 0) return fail(snapshotError('', 'the file holds no documents.', 'le fichier ne contient aucun document.'));
  return ok(values.length === 1 ? values[0] : values);
}
