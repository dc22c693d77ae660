import { diagramError, fail, ok, quote, type DiagramError, type Result } from './errors.js';
import { isComponentState, isEdgeKind, isGroupKind, isKind, COMPONENT_STATES, EDGE_KINDS } from './kinds.js';
import { cloneModel, type Model, type ModelComponent } from './model.js';

/** Reporting stops after this many problems: the first ones are what the author needs. */
const MAX_REPORTED = 8;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isAuthorText = (v: unknown): boolean =>
  typeof v === 'string' ||
  (isRecord(v) && typeof v.en === 'string' && (v.fr === undefined || typeof v.fr === 'string'));

function invalid(path: string, en: string, fr: string): DiagramError {
  return diagramError('invalid-model', path, { en: `model ${path}: ${en}`, fr: `modèle ${path} : ${fr}` });
}

/**
 * Checks a model given as data (`.model`) and returns a fresh copy, or every problem found
 * (up to a few) with the path of the culprit. Never throws: a model that cannot be read (a
 * getter or proxy that throws) is an `invalid-model` too.
 */
export function validateModel(input: unknown): Result<Model> {
  try {
    return checkModel(input);
  } catch (e) {
    let detail = 'an error';
    try {
      detail = String(e instanceof Error ? e.message : e).slice(0, 160);
    } catch {
      // What was thrown cannot even be read: say so in general.
    }
    return fail(
      diagramError('invalid-model', '', {
        en: `the model could not be read: ${detail}`,
        fr: `le modèle n’a pas pu être lu : ${detail}`,
      }),
    );
  }
}

function checkModel(input: unknown): Result<Model> {
  const errors: DiagramError[] = [];
  const report = (e: DiagramError) => {
    if (errors.length < MAX_REPORTED) errors.push(e);
  };
  if (!isRecord(input)) return fail(invalid('', 'expected an object { components, edges }.', 'un objet { components, edges } est attendu.'));
  if (!Array.isArray(input.components))
    return fail(invalid('components', 'expected an array.', 'un tableau est attendu.'));
  if (input.edges !== undefined && !Array.isArray(input.edges))
    return fail(invalid('edges', 'expected an array.', 'un tableau est attendu.'));

  const byId = new Map<string, ModelComponent>();
  input.components.forEach((raw: unknown, i: number) => {
    const path = `components[${i}]`;
    if (!isRecord(raw)) return report(invalid(path, 'expected an object.', 'un objet est attendu.'));
    const { id, kind, label, parent, state, count } = raw;
    if (typeof id !== 'string' || id.trim() === '' || id.length > 120 || id.includes('->'))
      return report(invalid(`${path}.id`, `${quote(id)} is not a usable id (a non-empty string without “->”).`, `${quote(id)} n'est pas un identifiant utilisable (une chaîne non vide sans « -> »).`));
    if (byId.has(id)) return report(invalid(`${path}.id`, `duplicate id ${quote(id)}.`, `identifiant ${quote(id)} en double.`));
    if (!isKind(kind)) report(invalid(`${path}.kind`, `unknown kind ${quote(kind)} for ${quote(id)}.`, `type ${quote(kind)} inconnu pour ${quote(id)}.`));
    if (label !== undefined && !isAuthorText(label))
      report(invalid(`${path}.label`, 'expected a string or { en, fr }.', 'une chaîne ou { en, fr } est attendue.'));
    if (parent !== undefined && typeof parent !== 'string')
      report(invalid(`${path}.parent`, 'expected the id of a group.', "l'identifiant d'un groupe est attendu."));
    if (state !== undefined && !isComponentState(state))
      report(invalid(`${path}.state`, `unknown state ${quote(state)}; use one of ${COMPONENT_STATES.join(', ')}.`, `état ${quote(state)} inconnu ; utilisez ${COMPONENT_STATES.join(', ')}.`));
    if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 1 && (count as number) <= 100000))
      report(invalid(`${path}.count`, 'expected a whole number of at least 1.', 'un nombre entier supérieur ou égal à 1 est attendu.'));
    byId.set(id, raw as unknown as ModelComponent);
  });

  byId.forEach((c, id) => {
    if (c.parent === undefined) return;
    const parent = byId.get(c.parent);
    if (!parent) return report(invalid(`components[${quote(id)}].parent`, `${quote(c.parent)} does not exist.`, `${quote(c.parent)} n'existe pas.`));
    if (!isGroupKind(parent.kind))
      return report(invalid(`components[${quote(id)}].parent`, `${quote(c.parent)} is a ${parent.kind}, not a group.`, `${quote(c.parent)} est un ${parent.kind}, pas un groupe.`));
    // Walk up: a cycle would make the nesting infinite.
    const seen = new Set([id]);
    for (let p: ModelComponent | undefined = parent; p; p = p.parent ? byId.get(p.parent) : undefined) {
      if (seen.has(p.id)) return report(invalid(`components[${quote(id)}].parent`, 'groups contain each other in a cycle.', 'des groupes se contiennent en boucle.'));
      seen.add(p.id);
    }
  });

  const edges: unknown[] = (input.edges as unknown[] | undefined) ?? [];
  const seenEdges = new Set<string>();
  edges.forEach((raw, i) => {
    const path = `edges[${i}]`;
    if (!isRecord(raw)) return report(invalid(path, 'expected an object { from, to }.', 'un objet { from, to } est attendu.'));
    const { from, to, kind } = raw;
    for (const [end, value] of [['from', from], ['to', to]] as const) {
      if (typeof value !== 'string' || !byId.has(value))
        report(invalid(`${path}.${end}`, `the edge points to ${quote(value)}, which is not a component.`, `l'arête mène à ${quote(value)}, qui n'est pas un composant.`));
    }
    if (from === to) report(invalid(path, 'an edge cannot link a component to itself.', 'une arête ne peut pas relier un composant à lui-même.'));
    if (kind !== undefined && !isEdgeKind(kind))
      report(invalid(`${path}.kind`, `unknown edge kind ${quote(kind)}; use one of ${EDGE_KINDS.join(', ')}.`, `type d'arête ${quote(kind)} inconnu ; utilisez ${EDGE_KINDS.join(', ')}.`));
    const key = `${String(from)}->${String(to)}`;
    if (seenEdges.has(key)) report(invalid(path, `duplicate edge ${quote(key)}.`, `arête ${quote(key)} en double.`));
    seenEdges.add(key);
  });

  if (errors.length > 0) return fail(...errors);
  return ok(cloneModel({ components: input.components as ModelComponent[], edges: edges as Model['edges'] }));
}
