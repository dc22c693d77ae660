import { isGroupKind } from '../../kinds.js';
import type { Model } from '../../model.js';
import { findRoute } from '../../routes.js';
import type { AuthorText, LocalizedText } from '../../text.js';
import type { ScenarioEffect, ScenarioStep, ScenarioStepKind } from '../types.js';

/** A step before the flow gives it a unique id and joins it to its beat. */
export interface Draft {
  id: string;
  from: string;
  to: string;
  kind: ScenarioStepKind;
  message?: AuthorText;
  caption: LocalizedText;
  effects?: ScenarioEffect[];
}

/** One trip of a `travel` beat sequence. */
export interface Journey {
  from: string;
  to: string;
  /** Told apart in step ids (`watch-bound@worker-2`). */
  key?: string;
  message?: AuthorText;
  /** Effects once the trip arrives. */
  effects?: ScenarioEffect[];
}

const LB_FORWARD: LocalizedText = {
  en: 'The load balancer forwards it to a healthy API server.',
  fr: 'Le répartiteur de charge le transmet à un serveur d’API en bonne santé.',
};
const LB_RELAY: LocalizedText = {
  en: 'It comes back through the load balancer, on the connection the client opened.',
  fr: 'Il revient par le répartiteur de charge, sur la connexion ouverte par le client.',
};

/**
 * Writes a built-in scenario beat by beat, one step per hop between linked components
 * (ARCHITECTURE.md §2): `beat` for steps whose ends are linked, `travel` for trips that may
 * cross several hops (through the load balancer in HA), each hop in its own beat.
 */
export class Flow {
  readonly steps: ScenarioStep[] = [];
  private readonly ids = new Set<string>();

  /** `model` must already hold what the scenario adds: trips are routed on it. */
  constructor(readonly model: Model) {}

  /** Adds one beat: these steps play together (repeats of the same hop merge into one). */
  beat(drafts: readonly Draft[]): void {
    const merged = new Map<string, Draft>();
    for (const d of drafts) {
      const key = `${d.from}>${d.to}>${d.kind}`;
      const same = merged.get(key);
      if (same) {
        // One hop shared by several trips (apiserver → load balancer): one step, named for all.
        same.id = same.id.replace(/@[^@]*$/, '');
        same.effects = [...(same.effects ?? []), ...(d.effects ?? [])];
      }
      else merged.set(key, { ...d, ...(d.effects ? { effects: [...d.effects] } : {}) });
    }
    let lead: string | undefined;
    for (const d of merged.values()) {
      const id = this.uniqueId(d.id);
      const step: ScenarioStep = { id, from: d.from, to: d.to, kind: d.kind, caption: d.caption };
      if (d.message !== undefined) step.message = d.message;
      if (lead !== undefined) step.parallelWith = lead;
      if (d.effects?.length) step.effects = d.effects;
      this.steps.push(step);
      lead ??= id;
    }
  }

  step(draft: Draft): void {
    this.beat([draft]);
  }

  /**
   * Sends the journeys together along the model's routes: hop i of every journey plays in
   * beat i. Hops leaving the load balancer get its own caption.
   */
  travel(id: string, kind: ScenarioStepKind, caption: LocalizedText, journeys: readonly Journey[], message?: AuthorText): void {
    const legs = journeys.map((j) => ({ journey: j, stops: this.stops(j.from, j.to) }));
    const beats = Math.max(0, ...legs.map((l) => l.stops.length - 1));
    for (let hop = 0; hop < beats; hop++) {
      const drafts: Draft[] = [];
      // A hop several trips share (apiserver → load balancer) carries the general message.
      const trips = new Map<string, number>();
      for (const { stops } of legs) if (hop + 1 < stops.length) trips.set(`${stops[hop]}>${stops[hop + 1]}`, (trips.get(`${stops[hop]}>${stops[hop + 1]}`) ?? 0) + 1);
      for (const { journey, stops } of legs) {
        if (hop + 1 >= stops.length) continue;
        const from = stops[hop]!;
        const to = stops[hop + 1]!;
        const last = hop + 2 === stops.length;
        const viaBalancer = this.model.components.find((c) => c.id === from)?.kind === 'load-balancer';
        const text = (trips.get(`${from}>${to}`) ?? 0) > 1 ? (message ?? journey.message) : (journey.message ?? message);
        drafts.push({
          id: `${id}${beats > 1 ? `.${hop + 1}` : ''}${journey.key ? `@${journey.key}` : ''}`,
          from,
          to,
          kind,
          caption: viaBalancer ? (kind === 'request' ? LB_FORWARD : LB_RELAY) : caption,
          ...(text === undefined ? {} : { message: text }),
          ...(last && journey.effects ? { effects: journey.effects } : {}),
        });
      }
      this.beat(drafts);
    }
  }

  /** The components a trip stops at: the ends of its hops, skipping the groups it passes through. */
  private stops(from: string, to: string): string[] {
    const route = findRoute(this.model, from, to);
    // A built-in names only linked parts; a missing route is left to the resolver to report.
    if (route === undefined || route.length === 0) return [from, to];
    const kindOf = (id: string) => this.model.components.find((c) => c.id === id)?.kind;
    const stops = [from];
    route.forEach((hop, i) => {
      const kind = kindOf(hop.to);
      if (i === route.length - 1 || kind === undefined || !isGroupKind(kind)) stops.push(hop.to);
    });
    return stops;
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}#${n}`;
    this.ids.add(id);
    return id;
  }
}
