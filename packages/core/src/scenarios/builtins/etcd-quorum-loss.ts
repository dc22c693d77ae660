// etcd loses quorum (reference §2 S16), after ha-failover (S5): with one control-plane
// node already down, a second one fails; the last etcd member cannot elect a leader, so
// no write commits, every request the API server sends to etcd times out, and /readyz
// fails its etcd check. Pods already running keep running; then a member comes back,
// quorum returns and writes commit again. Follows kubernetes.io: "Operating etcd clusters"
// (failure tolerance: a cluster of 3 tolerates 1 failure), "Options for Highly Available
// Topology", and etcd's Raft (a leader needs the votes of a majority).
import type { Model } from '../../model.js';
import type { ScenarioEffect, ScenarioMisfit } from '../types.js';
import { ApiTalk, etcdPeers, replicate } from './api-talk.js';
import { computedScenario, unmet, type Plan } from './computed.js';
import { viewFigure, type ControlPlaneView } from './figure-view.js';
import { Flow } from './flow.js';

const MIN_CONTROL_PLANES = 3;

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const planes = view.controlPlanes.filter((cp) => cp.node !== undefined && cp.etcd !== undefined && view.byId.get(cp.etcd)?.parent === cp.node);
  if (planes.length !== MIN_CONTROL_PLANES || view.loadBalancer === undefined)
    return {
      ...unmet([
        {
          present: false,
          what: {
            en: `${MIN_CONTROL_PLANES} control-plane nodes with stacked etcd behind a load balancer, and this figure has ${planes.length}`,
            fr: `${MIN_CONTROL_PLANES} nœuds de plan de contrôle avec etcd empilé derrière un répartiteur de charge, et ce schéma en a ${planes.length}`,
          },
        },
      ])!,
      remedy: {
        'k8s-cluster': { en: `Set control-planes="${MIN_CONTROL_PLANES}".`, fr: `Indiquez control-planes="${MIN_CONTROL_PLANES}".` },
        'k8s-control-plane': { en: `Set replicas="${MIN_CONTROL_PLANES}".`, fr: `Indiquez replicas="${MIN_CONTROL_PLANES}".` },
      },
    };
  const lb = view.loadBalancer;
  const first = planes[0]!;
  const second = planes[1]!;
  const last = planes[2]!;
  const flow = new Flow(model);
  const api = new ApiTalk(flow, view, last);
  const partsOf = (cp: ControlPlaneView) => [cp.node!, ...model.components.filter((c) => c.parent === cp.node).map((c) => c.id)];
  const down = (cp: ControlPlaneView): ScenarioEffect[] => partsOf(cp).map((component) => ({ component, state: 'down' }));

  flow.step({
    id: 'first-down',
    from: first.node!,
    to: first.node!,
    kind: 'event',
    message: { en: 'node 1 down', fr: 'nœud 1 en panne' },
    caption: {
      en: 'As in ha-failover, control-plane node 1 is down: 2 of 3 etcd members still make a majority.',
      fr: 'Comme dans ha-failover, le nœud 1 du plan de contrôle est en panne : 2 membres etcd sur 3 forment encore une majorité.',
    },
    effects: [...down(first), { component: second.etcd!, state: 'active' }],
  });
  flow.step({
    id: 'second-down',
    from: second.node!,
    to: second.node!,
    kind: 'event',
    message: { en: 'node 2 down', fr: 'nœud 2 en panne' },
    caption: {
      en: 'Now control-plane node 2 fails too: its API server and its etcd member, the leader, stop.',
      fr: 'Puis le nœud 2 du plan de contrôle tombe à son tour : son serveur d’API et son membre etcd, le leader, s’arrêtent.',
    },
    effects: down(second),
  });
  const peers = etcdPeers(view, last.etcd!);
  flow.beat(
    peers.map((peer) => ({
      id: `request-vote@${peer}`,
      from: last.etcd!,
      to: peer,
      kind: 'request' as const,
      message: { en: 'RequestVote: no answer', fr: 'RequestVote : pas de réponse' },
      caption: {
        en: `${last.etcd} asks for votes and gets none: 1 of 3 members is no majority, so no leader can be elected.`,
        fr: `${last.etcd} demande des votes et n’en reçoit aucun : 1 membre sur 3 n’est pas une majorité, aucun leader n’est élu.`,
      },
    })),
  );
  if (view.kubectl !== undefined)
    api.request('apply', view.kubectl, 'POST …/deployments', {
      en: 'kubectl sends a write; the load balancer passes it to the API server still up.',
      fr: 'kubectl envoie une écriture ; le répartiteur la passe au serveur d’API encore en marche.',
    });
  api.persist(
    'write-times-out',
    { en: 'PUT /registry/…: timeout', fr: 'PUT /registry/… : délai dépassé' },
    {
      en: 'The API server’s request to etcd times out: without a leader no write commits, and linearizable reads fail too.',
      fr: 'La requête du serveur d’API à etcd expire : sans leader aucune écriture n’est validée, et les lectures linéarisables échouent aussi.',
    },
  );
  if (view.kubectl !== undefined)
    api.respond('error', view.kubectl, { en: 'Error: request timed out', fr: 'Erreur : délai dépassé' }, {
      en: 'kubectl gets an error: etcdserver: request timed out. The API cannot change anything.',
      fr: 'kubectl reçoit une erreur, le délai d’etcd étant dépassé. L’API ne peut plus rien changer.',
    });
  flow.step({
    id: 'readyz-fails',
    from: lb,
    to: last.apiserver,
    kind: 'request',
    message: { en: 'GET /readyz: 500 (etcd)', fr: 'GET /readyz : 500 (etcd)' },
    caption: {
      en: 'Its /readyz fails its etcd check: the load balancer may drop this API server as well.',
      fr: 'Son /readyz échoue au contrôle etcd : le répartiteur de charge peut écarter ce serveur d’API aussi.',
    },
    effects: [{ component: last.apiserver, state: 'unknown' }],
  });
  const writers = [last.scheduler, last.controllerManager].filter((id): id is string => id !== undefined);
  flow.beat(
    writers.map((w) => ({
      id: `lease-fails@${w}`,
      from: w,
      to: last.apiserver,
      kind: 'request' as const,
      message: { en: 'Lease acquire: fails', fr: 'Lease acquire : échoue' },
      caption: {
        en: 'The standby scheduler and controller-manager cannot write their Leases: no controller acts, nothing new is scheduled.',
        fr: 'Le scheduler et le controller-manager en réserve ne peuvent écrire leurs Leases : aucun contrôleur n’agit, rien n’est planifié.',
      },
    })),
  );
  if (view.workers.length > 0)
    flow.beat(
      view.workers.map((w) => ({
        id: `keep-running@${w.node}`,
        from: w.kubelet,
        to: w.kubelet,
        kind: 'internal' as const,
        message: { en: 'Pods keep running', fr: 'les Pods continuent' },
        caption: {
          en: 'Pods already running keep running: each kubelet keeps its containers alive, even without the API.',
          fr: 'Les Pods déjà lancés continuent de tourner : chaque kubelet maintient ses conteneurs, même sans l’API.',
        },
      })),
    );
  flow.step({
    id: 'second-back',
    from: second.node!,
    to: second.node!,
    kind: 'event',
    message: { en: 'node 2 back', fr: 'nœud 2 de retour' },
    caption: {
      en: 'Control-plane node 2 comes back: its etcd member rejoins, and 2 of 3 make a majority again.',
      fr: 'Le nœud 2 du plan de contrôle revient : son membre etcd rejoint le cluster, 2 sur 3 forment de nouveau une majorité.',
    },
    effects: partsOf(second).map((component) => ({ component, state: 'running' as const })),
  });
  flow.step({
    id: 'vote',
    from: last.etcd!,
    to: second.etcd!,
    kind: 'request',
    message: 'RequestVote',
    caption: { en: `${last.etcd} asks ${second.etcd} for its vote.`, fr: `${last.etcd} demande son vote à ${second.etcd}.` },
  });
  flow.step({
    id: 'granted',
    from: second.etcd!,
    to: last.etcd!,
    kind: 'response',
    message: { en: 'vote granted', fr: 'vote accordé' },
    caption: { en: `${last.etcd} is the new leader: etcd accepts writes again.`, fr: `${last.etcd} est le nouveau leader : etcd accepte de nouveau les écritures.` },
    effects: [{ component: last.etcd!, state: 'active' }, { component: last.apiserver, state: 'running' }],
  });
  const acquirers = [last.scheduler, last.controllerManager].filter((id): id is string => id !== undefined);
  flow.beat(
    acquirers.map((w) => ({
      id: `acquire@${w}`,
      from: w,
      to: last.apiserver,
      kind: 'request' as const,
      message: 'Lease acquire',
      caption: {
        en: 'The scheduler and controller-manager on node 3 take the Leases: the cluster resumes.',
        fr: 'Le scheduler et le controller-manager du nœud 3 prennent les Leases : le cluster reprend.',
      },
    })),
  );
  api.persist('persist-acquire', 'PUT /registry/leases/kube-system/…', {
    en: 'The write reaches etcd and commits.',
    fr: 'L’écriture atteint etcd et est validée.',
  }, { effects: acquirers.map((component) => ({ component, state: 'active' as const })) });
  replicate(flow, view, 'raft', last.etcd!, [second.etcd!], {
    en: `${last.etcd} replicates it to ${second.etcd}: 2 of 3 have it, a majority.`,
    fr: `${last.etcd} la réplique vers ${second.etcd} : 2 sur 3 l’ont, une majorité.`,
  });
  return { steps: flow.steps };
}

export const etcdQuorumLoss = computedScenario(
  {
    id: 'etcd-quorum-loss',
    title: { en: 'etcd loses quorum: a second control-plane node fails', fr: 'etcd perd le quorum : un deuxième nœud du plan de contrôle tombe' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane'],
  },
  plan,
);
