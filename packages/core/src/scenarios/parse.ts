import { quote } from '../errors.js';
import { COMPONENT_STATES, isComponentState } from '../kinds.js';
import { isAuthorText, isRecord, scenarioProblem, type Problems } from './problems.js';
import { SCENARIO_ELEMENTS, SCENARIO_STEP_KINDS, type Scenario, type ScenarioStep } from './types.js';

const invalid = (id: string | undefined, path: string, en: string, fr: string) =>
  scenarioProblem('invalid-scenario', id, path, en, fr);

/**
 * Checks the outside of a scenario given as data: an object with an id, a title, known
 * `appliesTo` elements, `adds` and `steps` of the right shape. Steps themselves are
 * checked by `checkSteps` once a function of the model has produced them.
 */
export function checkScenarioShape(input: unknown, problems: Problems): input is Scenario {
  if (!isRecord(input)) {
    problems.add(
      invalid(
        undefined,
        '',
        `expected a built-in scenario id or an object { id, title, steps }, got ${quote(input)}.`,
        `un identifiant de scénario intégré ou un objet { id, title, steps } est attendu, et non ${quote(input)}.`,
      ),
    );
    return false;
  }
  const id = typeof input.id === 'string' && input.id.trim() !== '' ? input.id : undefined;
  const before = problems.list.length;
  if (id === undefined)
    problems.add(invalid(undefined, 'id', 'the scenario needs an “id” (a non-empty string).', 'le scénario a besoin d’un « id » (une chaîne non vide).'));
  if (!isAuthorText(input.title))
    problems.add(invalid(id, 'title', 'the “title” must be a string or { en, fr }.', 'le « title » doit être une chaîne ou { en, fr }.'));
  if (input.appliesTo !== undefined) {
    const known: readonly string[] = SCENARIO_ELEMENTS;
    if (!Array.isArray(input.appliesTo) || input.appliesTo.some((e) => typeof e !== 'string' || !known.includes(e)))
      problems.add(
        invalid(
          id,
          'appliesTo',
          `“appliesTo” must list elements among ${SCENARIO_ELEMENTS.join(', ')}.`,
          `« appliesTo » doit citer des éléments parmi ${SCENARIO_ELEMENTS.join(', ')}.`,
        ),
      );
  }
  if (input.adds !== undefined && typeof input.adds !== 'function' && !isAdditions(input.adds))
    problems.add(invalid(id, 'adds', '“adds” must be { components: [], edges: [] }.', '« adds » doit être { components: [], edges: [] }.'));
  if (typeof input.steps !== 'function' && !Array.isArray(input.steps))
    problems.add(invalid(id, 'steps', '“steps” must be a list of steps.', '« steps » doit être une liste d’étapes.'));
  return problems.list.length === before;
}

export function isAdditions(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.components) && (value.edges === undefined || Array.isArray(value.edges));
}

/**
 * Checks every step's fields, that step ids are unique, and that `parallelWith` names a
 * step of the beat being built (the step just before, or one it plays with): a step
 * cannot join a later step, nor a beat that already ended.
 */
export function checkSteps(scenarioId: string, steps: unknown, problems: Problems): steps is ScenarioStep[] {
  const before = problems.list.length;
  if (!Array.isArray(steps) || steps.length === 0) {
    problems.add(invalid(scenarioId, 'steps', 'it has no steps.', 'il n’a aucune étape.'));
    return false;
  }
  const kinds: readonly string[] = SCENARIO_STEP_KINDS;
  const seen = new Map<string, number>();
  /** Ids of the steps in the beat being built. */
  let currentBeat = new Set<string>();
  steps.forEach((raw: unknown, i) => {
    const path = `steps[${i}]`;
    if (!isRecord(raw)) {
      problems.add(invalid(scenarioId, path, `step ${i + 1} is not an object.`, `l’étape ${i + 1} n’est pas un objet.`));
      currentBeat = new Set();
      return;
    }
    const id = typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : undefined;
    const name = id === undefined ? `${i + 1}` : quote(id);
    if (id === undefined)
      problems.add(invalid(scenarioId, `${path}.id`, `step ${i + 1} needs an “id”.`, `l’étape ${i + 1} a besoin d’un « id ».`));
    else if (seen.has(id))
      problems.add(invalid(scenarioId, `${path}.id`, `two steps are called ${name}.`, `deux étapes s’appellent ${name}.`));
    for (const end of ['from', 'to'] as const)
      if (typeof raw[end] !== 'string' || raw[end].trim() === '')
        problems.add(
          invalid(scenarioId, `${path}.${end}`, `step ${name} needs “${end}”: a component id or kind.`, `l’étape ${name} a besoin de « ${end} » : un identifiant ou un type de composant.`),
        );
    if (typeof raw.kind !== 'string' || !kinds.includes(raw.kind))
      problems.add(
        invalid(
          scenarioId,
          `${path}.kind`,
          `step ${name} has kind ${quote(raw.kind)}; use one of ${SCENARIO_STEP_KINDS.join(', ')}.`,
          `l’étape ${name} est de type ${quote(raw.kind)} ; utilisez ${SCENARIO_STEP_KINDS.join(', ')}.`,
        ),
      );
    if (!isAuthorText(raw.caption))
      problems.add(invalid(scenarioId, `${path}.caption`, `step ${name} needs a “caption”: a string or { en, fr }.`, `l’étape ${name} a besoin d’une « caption » : une chaîne ou { en, fr }.`));
    if (raw.message !== undefined && !isAuthorText(raw.message))
      problems.add(invalid(scenarioId, `${path}.message`, `the “message” of step ${name} must be a string or { en, fr }.`, `le « message » de l’étape ${name} doit être une chaîne ou { en, fr }.`));
    if (raw.effects !== undefined && !validEffects(raw.effects))
      problems.add(
        invalid(
          scenarioId,
          `${path}.effects`,
          `the “effects” of step ${name} must be [{ component, state }] with a state among ${COMPONENT_STATES.join(', ')}.`,
          `les « effects » de l’étape ${name} doivent être [{ component, state }] avec un état parmi ${COMPONENT_STATES.join(', ')}.`,
        ),
      );

    const partner = raw.parallelWith;
    if (partner === undefined) {
      currentBeat = new Set();
    } else if (typeof partner !== 'string' || !seen.has(partner)) {
      const later = typeof partner === 'string' && steps.some((s: unknown) => isRecord(s) && s.id === partner);
      problems.add(
        invalid(
          scenarioId,
          `${path}.parallelWith`,
          later
            ? `step ${name} plays with ${quote(partner)}, which comes after it; parallelWith names an earlier step.`
            : `step ${name} plays with ${quote(partner)}, which is not a step of this scenario.`,
          later
            ? `l’étape ${name} est jouée avec ${quote(partner)}, qui vient après elle ; parallelWith nomme une étape précédente.`
            : `l’étape ${name} est jouée avec ${quote(partner)}, qui n’est pas une étape de ce scénario.`,
        ),
      );
    } else if (!currentBeat.has(partner)) {
      problems.add(
        invalid(
          scenarioId,
          `${path}.parallelWith`,
          `step ${name} plays with ${quote(partner)}, but other steps come between them; put parallel steps next to each other.`,
          `l’étape ${name} est jouée avec ${quote(partner)}, mais d’autres étapes les séparent ; placez les étapes parallèles côte à côte.`,
        ),
      );
    }
    if (id !== undefined) {
      seen.set(id, i);
      currentBeat.add(id);
    }
  });
  return problems.list.length === before;
}

function validEffects(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every((e: unknown) => isRecord(e) && typeof e.component === 'string' && e.component.trim() !== '' && isComponentState(e.state))
  );
}
