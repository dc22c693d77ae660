import { fail, ok, quote, type DiagramError, type Result } from '../errors.js';
import type { ComponentState } from '../kinds.js';
import { cloneModel, type Model } from '../model.js';
import { findRoute, resolveComponent, type RouteHop } from '../routes.js';
import type { LocalizedText } from '../text.js';
import { validateModel } from '../validate.js';
import { BUILTIN_SCENARIO_IDS, isBuiltinScenarioId } from './builtins/ids.js';
import { isBuiltinScenario } from './builtins/mark.js';
import { withoutParts, type BuiltinScenario } from './builtins/computed.js';
import { checkScenarioShape, checkSteps, isAdditions } from './parse.js';
import { isAuthorText, isRecord, listOf, localized, notApplicable, Problems, scenarioProblem } from './problems.js';
import type { ModelAdditions, Scenario, ScenarioStep, ScenarioStepKind } from './types.js';

/** A step with its components found in the model and the route between them. */
export interface ResolvedStep {
  id: string;
  /** Position in the scenario's list of steps. */
  index: number;
  beat: number;
  kind: ScenarioStepKind;
  /** Component ids (a kind was resolved to the first component of that kind). */
  from: string;
  to: string;
  message?: LocalizedText;
  caption: LocalizedText;
  effects: Array<{ component: string; state: ComponentState }>;
  /** The way along the model's edges from `from` to `to`; [] when they are the same. */
  hops: RouteHop[];
  duration?: number;
  time?: string;
  inferred?: boolean;
}

/** A scenario ready to play on one figure. */
export interface ResolvedScenario {
  id: string;
  title: LocalizedText;
  /** One of BUILTIN_SCENARIOS (its problems on a figure mean “not applicable”). */
  builtin: boolean;
  /** The element's model plus what the scenario adds, validated. */
  model: Model;
  steps: ResolvedStep[];
  /** Step indexes per beat, in order: steps joined by `parallelWith` share a beat. */
  beats: number[][];
}

/** Finds a built-in scenario by id; undefined when it is not (yet) at hand. */
export type BuiltinLookup = (id: string) => Scenario | undefined;

/**
 * Turns an author's `scenario` (a built-in id, or a Scenario object) into steps on this
 * element's model, or reports why it cannot play: `unknown-scenario`, `invalid-scenario`
 * (the message names the step at fault) or `scenario-not-applicable`. Never throws, even
 * when an author's `adds` or `steps` function does. Built-in ids are looked up with
 * `builtins`: `resolveScenario` passes all of them, the elements only the one they loaded.
 */
export function resolveScenarioWith(builtins: BuiltinLookup, input: unknown, model: Model, element: string): Result<ResolvedScenario> {
  let scenario: unknown = input;
  if (typeof input === 'string') {
    const id = input.trim();
    const builtin = isBuiltinScenarioId(id) ? builtins(id) : undefined;
    if (!builtin)
      return fail(
        scenarioProblem(
          'unknown-scenario',
          undefined,
          '',
          isBuiltinScenarioId(id)
            ? `${quote(input)} is a built-in scenario that is not loaded yet.`
            : `${quote(input)} is not a built-in scenario; use one of ${BUILTIN_SCENARIO_IDS.join(', ')}, or pass a scenario object.`,
          isBuiltinScenarioId(id)
            ? `${quote(input)} est un scénario intégré qui n’est pas encore chargé.`
            : `${quote(input)} n’est pas un scénario intégré ; utilisez ${BUILTIN_SCENARIO_IDS.join(', ')}, ou passez un objet scénario.`,
        ),
      );
    scenario = builtin;
  }

  const problems = new Problems();
  if (!checkScenarioShape(scenario, problems)) return fail(...problems.list);
  const builtin = isBuiltinScenario(scenario);
  const id = scenario.id;
  const tag = element.toLowerCase();

  if (scenario.appliesTo && !scenario.appliesTo.includes(tag as never))
    return fail(
      notApplicable(id, tag, 'appliesTo', `it is written for ${listOf(scenario.appliesTo, 'and')}.`, `il est écrit pour ${listOf(scenario.appliesTo, 'et')}.`),
    );

  const additions = callAuthor(id, 'adds', () => (typeof scenario.adds === 'function' ? scenario.adds(cloneModel(model)) : scenario.adds));
  if (!additions.ok) return additions;
  // A built-in may draw its own Pods in place of the figure's (the figure keeps its width).
  const replaced = builtin ? ((scenario as BuiltinScenario).replaces?.(cloneModel(model)) ?? []) : [];
  const merged = mergeAdditions(id, withoutParts(model, replaced), additions.value);
  if (!merged.ok) return merged;

  const produced = callAuthor(id, 'steps', () => (typeof scenario.steps === 'function' ? scenario.steps(cloneModel(model)) : scenario.steps));
  if (!produced.ok) return produced;
  const steps: unknown = produced.value;
  if (isRecord(steps) && 'notApplicable' in steps) {
    const why = localized(steps.notApplicable as never);
    const remedy = isRecord(steps.remedy) ? steps.remedy[tag] : undefined;
    const fix = isAuthorText(remedy) ? localized(remedy) : undefined;
    return fail(notApplicable(id, tag, '', fix ? `${why.en} ${fix.en}` : why.en, fix ? `${why.fr} ${fix.fr}` : why.fr));
  }
  if (!checkSteps(id, steps, problems)) return fail(...problems.list);

  const resolved = resolveSteps(id, steps, merged.value, builtin, tag, problems);
  if (problems.any) return fail(...problems.list);
  return ok({
    id,
    title: localized(scenario.title),
    builtin,
    model: merged.value,
    steps: resolved,
    beats: beatsOf(resolved),
  });
}

/** Runs an author's function (or reads a value), turning a throw into an error. */
function callAuthor<T>(id: string, field: string, body: () => T): Result<T> {
  try {
    return ok(body());
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(scenarioProblem('invalid-scenario', id, field, `its “${field}” function failed: ${detail.slice(0, 160)}`, `sa fonction « ${field} » a échoué : ${detail.slice(0, 160)}`));
  }
}

function mergeAdditions(id: string, model: Model, additions: ModelAdditions | undefined): Result<Model> {
  if (additions === undefined) return ok(model);
  if (!isAdditions(additions))
    return fail(scenarioProblem('invalid-scenario', id, 'adds', '“adds” must be { components: [], edges: [] }.', '« adds » doit être { components: [], edges: [] }.'));
  const checked = validateModel({
    components: [...model.components, ...additions.components],
    edges: [...model.edges, ...(additions.edges ?? [])],
  });
  if (checked.ok) return checked;
  return fail(
    ...checked.errors.map((e) =>
      scenarioProblem('invalid-scenario', id, `adds ${e.path}`, `what it adds to the figure is wrong: ${e.message.en}`, `ce qu’il ajoute au schéma est incorrect : ${e.message.fr}`),
    ),
  );
}

/**
 * Finds each step's components and route. A name missing from a built-in's figure makes
 * the built-in not applicable there; in an author's scenario it is a mistake in the step.
 */
function resolveSteps(id: string, steps: ScenarioStep[], model: Model, builtin: boolean, tag: string, problems: Problems): ResolvedStep[] {
  const missing = (path: string, step: string, name: string): DiagramError =>
    builtin
      ? notApplicable(id, tag, path, `its step ${quote(step)} needs ${quote(name)}, which this figure does not draw.`, `son étape ${quote(step)} a besoin de ${quote(name)}, que ce schéma ne dessine pas.`)
      : scenarioProblem(
          'invalid-scenario',
          id,
          path,
          `step ${quote(step)} names ${quote(name)}, which is not a component of this figure.`,
          `l’étape ${quote(step)} nomme ${quote(name)}, qui n’est pas un composant de ce schéma.`,
        );

  const out: ResolvedStep[] = [];
  let beat = -1;
  steps.forEach((step, index) => {
    if (step.parallelWith === undefined) beat++;
    const path = `steps[${index}]`;
    const from = resolveComponent(model, step.from);
    const to = resolveComponent(model, step.to);
    if (from === undefined) problems.add(missing(`${path}.from`, step.id, step.from));
    if (to === undefined) problems.add(missing(`${path}.to`, step.id, step.to));
    const effects: ResolvedStep['effects'] = [];
    (step.effects ?? []).forEach((effect, e) => {
      const component = resolveComponent(model, effect.component);
      if (component === undefined) problems.add(missing(`${path}.effects[${e}].component`, step.id, effect.component));
      else effects.push({ component, state: effect.state });
    });
    if (from === undefined || to === undefined) return;
    const hops = routeOf(model, step.kind, from, to);
    if (hops === undefined) {
      problems.add(
        scenarioProblem(
          'invalid-scenario',
          id,
          path,
          `step ${quote(step.id)} goes from ${quote(from)} to ${quote(to)}, but no edges lead from one to the other.`,
          `l’étape ${quote(step.id)} va de ${quote(from)} à ${quote(to)}, mais aucune arête ne mène de l’un à l’autre.`,
        ),
      );
      return;
    }
    out.push({
      id: step.id,
      index,
      beat,
      kind: step.kind,
      from,
      to,
      ...(step.message === undefined ? {} : { message: localized(step.message) }),
      caption: localized(step.caption),
      effects,
      hops,
      ...(step.duration! > 0 ? { duration: step.duration } : {}),
      ...(typeof step.time == 'string' ? { time: step.time } : {}),
      ...(step.inferred ? { inferred: true } : {}),
    });
  });
  return out;
}

/**
 * A step's way along the edges. A response goes back over the link its request took: when
 * `to` calls `from` directly, that link, reversed, even if `from` also calls `to` (a kubelet
 * answers the API server that dialled it, not over its own link to the API server).
 */
function routeOf(model: Model, kind: ScenarioStepKind, from: string, to: string): RouteHop[] | undefined {
  if (kind === 'response') {
    const request = findRoute(model, to, from, { directedOnly: true });
    if (request?.length === 1 && request[0]!.edge !== '') return [{ ...request[0]!, from, to, reversed: !request[0]!.reversed }];
  }
  return findRoute(model, from, to);
}

function beatsOf(steps: ResolvedStep[]): number[][] {
  const beats: number[][] = [];
  for (const step of steps) (beats[step.beat] ??= []).push(step.index);
  return beats;
}
