import { isGroupKind, type Model, type ModelComponent } from '@k8s-diagrams/core';
import { kindRank } from './ranks.js';

/** Lookups over a validated model that several layout steps need. */
export class ModelIndex {
  readonly byId = new Map<string, ModelComponent>();
  readonly children = new Map<string | undefined, ModelComponent[]>();
  private readonly ranks = new Map<string, number>();

  constructor(readonly model: Model) {
    for (const c of model.components) this.byId.set(c.id, c);
    for (const c of model.components) {
      const key = c.parent !== undefined && this.byId.has(c.parent) ? c.parent : undefined;
      const list = this.children.get(key) ?? [];
      list.push(c);
      this.children.set(key, list);
    }
  }

  childrenOf(id: string | undefined): ModelComponent[] {
    return this.children.get(id) ?? [];
  }

  isGroup(id: string): boolean {
    const c = this.byId.get(id);
    return c !== undefined && isGroupKind(c.kind);
  }

  /** Ancestors from the parent up to the top level. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    for (let p = this.byId.get(id)?.parent; p !== undefined && this.byId.has(p); p = this.byId.get(p)?.parent) out.push(p);
    return out;
  }

  depth(id: string): number {
    return this.ancestors(id).length;
  }

  /** Deepest group containing both (undefined: the top level). */
  commonAncestor(a: string, b: string): string | undefined {
    const up = new Set(this.ancestors(a));
    return this.ancestors(b).find((p) => up.has(p));
  }

  /** The ancestor of `id` (or `id` itself) that sits directly in `container`. */
  branchUnder(id: string, container: string | undefined): string {
    let current = id;
    for (const p of this.ancestors(id)) {
      if (p === container) return current;
      current = p;
    }
    return current;
  }

  /** A component's place in the flow of work; a group ranks as its highest member. */
  rank(id: string): number {
    const cached = this.ranks.get(id);
    if (cached !== undefined) return cached;
    const c = this.byId.get(id)!;
    let rank = kindRank(c.kind);
    if (isGroupKind(c.kind)) {
      const members = this.childrenOf(id);
      if (members.length > 0) rank = Math.min(...members.map((m) => this.rank(m.id)));
    }
    this.ranks.set(id, rank);
    return rank;
  }
}
