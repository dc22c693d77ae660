import type { AuthorText, LocalizedText } from '../../text.js';
import type { ScenarioEffect } from '../types.js';
import type { ControlPlaneView, FigureView } from './figure-view.js';
import type { Flow, Journey } from './flow.js';

/**
 * The exchanges every Kubernetes flow is made of, with one control plane's API server in
 * the middle: clients call it (through the load balancer in HA), watchers pull news from
 * it, and it alone reads and writes etcd (reference §2 S1).
 */
export class ApiTalk {
  constructor(
    private readonly flow: Flow,
    private readonly view: FigureView,
    readonly cp: ControlPlaneView,
  ) {}

  get apiserver(): string {
    return this.cp.apiserver;
  }

  /** `from` calls the API server (each hop its own beat; several callers play together). */
  request(id: string, from: string | readonly Omit<Journey, 'to'>[], message: AuthorText, caption: LocalizedText): void {
    const journeys = typeof from === 'string' ? [{ from, to: this.apiserver }] : from.map((j) => ({ ...j, to: this.apiserver }));
    this.flow.travel(id, 'request', caption, journeys, message);
  }

  /** The API server answers `to`. */
  respond(id: string, to: string, message: AuthorText, caption: LocalizedText): void {
    this.flow.travel(id, 'response', caption, [{ from: this.apiserver, to }], message);
  }

  /** Watchers see a change: drawn as each watcher pulling it from the API server. */
  watch(id: string, to: string | readonly Omit<Journey, 'from'>[], message: AuthorText, caption: LocalizedText): void {
    const journeys = typeof to === 'string' ? [{ from: this.apiserver, to }] : to.map((j) => ({ ...j, from: this.apiserver }));
    this.flow.travel(id, 'watch', caption, journeys, message);
  }

  /**
   * The API server writes to its etcd member; with `replicate`, the next beat shows that
   * member, the Raft leader, sending the entry to every other member it is linked to.
   */
  persist(id: string, message: AuthorText, caption: LocalizedText, options: { effects?: ScenarioEffect[]; replicate?: boolean } = {}): void {
    const etcd = this.cp.etcd;
    if (etcd === undefined) return;
    this.flow.step({
      id,
      from: this.apiserver,
      to: etcd,
      kind: 'request',
      message,
      caption,
      ...(options.effects?.length ? { effects: options.effects } : {}),
    });
    if (options.replicate) replicate(this.flow, this.view, `${id}-raft`, etcd, etcdPeers(this.view, etcd));
  }
}

/** The members an etcd member replicates to (its Raft peers). */
export function etcdPeers(view: FigureView, member: string, except: ReadonlySet<string> = new Set()): string[] {
  return view.model.edges
    .filter((e) => e.kind === 'peer' && (e.from === member || e.to === member))
    .map((e) => (e.from === member ? e.to : e.from))
    .filter((peer) => view.byId.get(peer)?.kind === 'etcd' && !except.has(peer));
}

/** The leader sends the entry to its peers, all in one beat. */
export function replicate(flow: Flow, view: FigureView, id: string, leader: string, peers: readonly string[], caption?: LocalizedText): void {
  if (peers.length === 0) return;
  const majority = Math.floor((etcdPeers(view, leader).length + 1) / 2) + 1;
  flow.beat(
    peers.map((peer) => ({
      id: `${id}@${peer}`,
      from: leader,
      to: peer,
      kind: 'request' as const,
      message: 'AppendEntries',
      caption: caption ?? {
        en: `The etcd leader replicates the entry to the other members; it commits once ${majority} of ${etcdPeers(view, leader).length + 1} have it (Raft).`,
        fr: `Le leader etcd réplique l’entrée vers les autres membres ; elle est validée quand ${majority} sur ${etcdPeers(view, leader).length + 1} l’ont (Raft).`,
      },
    })),
  );
}
