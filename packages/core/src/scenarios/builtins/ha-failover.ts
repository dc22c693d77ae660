// High availability: a control-plane node fails (reference §2 S5). The load balancer's
// health check drops its API server, etcd keeps quorum and elects a new leader if it lost
// its own, the Leases of the scheduler, controller-manager and cloud-controller-manager go to
// whichever standby retries first, and a write still reaches etcd. Follows kubernetes.io: "Options for Highly Available Topology", "Creating
// Highly Available Clusters with kubeadm", "Leases" (leader election: a candidate acquires an
// expired Lease when it next retries), "Components".
// Plays on <k8s-cluster control-planes="3"> and on <k8s-control-plane replicas="3">
// (there without the final kubectl request, which needs kubectl), stacked or external etcd.
import type { Model } from '../../model.js';
import type { LocalizedText } from '../../text.js';
import type { ScenarioEffect, ScenarioMisfit } from '../types.js';
import { ApiTalk, etcdPeers, replicate } from './api-talk.js';
import { listOf } from '../problems.js';
import { computedScenario, unmet, type Plan } from './computed.js';
import { viewFigure, type ControlPlaneView } from './figure-view.js';
import { Flow } from './flow.js';

const MIN_CONTROL_PLANES = 3;

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const planes = view.controlPlanes.filter((cp) => cp.node !== undefined && cp.etcd !== undefined);
  const count = planes.length;
  const misfit =
    count < MIN_CONTROL_PLANES
      ? {
          ...unmet([
            {
              present: false,
              what: {
                en: `${MIN_CONTROL_PLANES} control-plane nodes behind a load balancer, and this figure has ${count}`,
                fr: `${MIN_CONTROL_PLANES} nœuds de plan de contrôle derrière un répartiteur de charge, et ce schéma en a ${count}`,
              },
            },
          ])!,
          // Each element's own attribute for the count.
          remedy: {
            'k8s-cluster': { en: `Set control-planes="${MIN_CONTROL_PLANES}".`, fr: `Indiquez control-planes="${MIN_CONTROL_PLANES}".` },
            'k8s-control-plane': { en: `Set replicas="${MIN_CONTROL_PLANES}".`, fr: `Indiquez replicas="${MIN_CONTROL_PLANES}".` },
          },
        }
      : unmet([
          { present: view.loadBalancer !== undefined, what: { en: 'a load balancer in front of the API servers', fr: 'un répartiteur de charge devant les serveurs d’API' } },
          {
            present: planes.every((cp) => cp.scheduler !== undefined && cp.controllerManager !== undefined),
            what: { en: 'a scheduler and a controller-manager on every control-plane node', fr: 'un scheduler et un controller-manager sur chaque nœud du plan de contrôle' },
          },
        ]);
  if (misfit) return misfit;
  const lb = view.loadBalancer!;
  // The node that fails is the one whose controllers lead; the next one takes over.
  const failedIndex = Math.max(0, planes.indexOf(view.primary!));
  const failed = planes[failedIndex]!;
  const heir = planes[(failedIndex + 1) % count]!;
  const failedName = nodeName(failedIndex);
  const heirName = nodeName((failedIndex + 1) % count);

  const flow = new Flow(model);
  const before = new ApiTalk(flow, view, failed);
  const after = new ApiTalk(flow, view, heir);
  const leaders = (cp: ControlPlaneView) => [cp.scheduler!, cp.controllerManager!, ...(cp.cloudControllerManager ? [cp.cloudControllerManager] : [])];

  // Before: the leaders renew their Leases through their own API server, etcd replicates.
  flow.beat(
    leaders(failed).map((leader) => ({
      id: `renew@${leader}`,
      from: leader,
      to: failed.apiserver,
      kind: 'request' as const,
      message: 'Lease renew',
      caption: {
        en: `The leaders on ${failedName.en} renew their Leases in kube-system; the instances on the other nodes stand by.`,
        fr: `Les leaders du ${failedName.fr} renouvellent leurs Leases dans kube-system ; les instances des autres nœuds restent en réserve.`,
      },
    })),
  );
  const leader = failed.etcd!;
  before.persist(
    'persist-renew',
    'PUT /registry/leases/kube-system/…',
    {
      en: `Its API server writes the renewals to etcd, whose Raft leader is ${leader}.`,
      fr: `Son serveur d’API écrit les renouvellements dans etcd, dont le leader Raft est ${leader}.`,
    },
    { effects: [{ component: leader, state: 'active' }] },
  );
  replicate(flow, view, 'raft', leader, etcdPeers(view, leader));
  flow.beat(
    planes.map((cp) => ({
      id: `health@${cp.apiserver}`,
      from: lb,
      to: cp.apiserver,
      kind: 'request' as const,
      message: 'GET /readyz',
      caption: {
        en: 'The load balancer checks the health of every API server (a TCP connect on 6443, or GET /readyz).',
        fr: 'Le répartiteur de charge vérifie la santé de chaque serveur d’API (connexion TCP sur 6443, ou GET /readyz).',
      },
    })),
  );

  // The failure.
  const lostMembers = new Set(view.etcdMembers.filter((m) => view.byId.get(m)?.parent === failed.node));
  const down: ScenarioEffect[] = [failed.node!, ...view.model.components.filter((c) => c.parent === failed.node).map((c) => c.id)].map((component) => ({
    component,
    state: 'down',
  }));
  // Everything on the node stops, the cloud-controller-manager too when there is one.
  const stopped: LocalizedText[] = [
    // (“API” alone in French when the etcd clause needs the room.)
    { en: 'API server', fr: lostMembers.size > 0 ? 'serveur d’API' : 'API' },
    ...(lostMembers.size > 0 ? [{ en: 'etcd member', fr: 'membre etcd' }] : []),
    ...leaders(failed).map((id) => ({ en: view.byId.get(id)!.kind, fr: view.byId.get(id)!.kind })),
  ];
  flow.step({
    id: 'node-fails',
    from: failed.node!,
    to: failed.node!,
    kind: 'event',
    message: { en: 'node down', fr: 'nœud en panne' },
    caption: {
      en: `${capitalized(failedName.en)} fails: its ${listOf(stopped.map((p) => p.en), 'and')} stop${lostMembers.size > 0 ? '' : '; external etcd holds'}.`,
      fr: `Le ${failedName.fr} tombe : ${listOf(stopped.map((p) => p.fr), 'et')} s’arrêtent${lostMembers.size > 0 ? '' : ', pas l’etcd externe'}.`,
    },
    effects: down,
  });
  flow.beat(
    planes.map((cp) => ({
      id: `health-again@${cp.apiserver}`,
      from: lb,
      to: cp.apiserver,
      kind: 'request' as const,
      message: cp === failed ? { en: 'GET /readyz: no answer', fr: 'GET /readyz : pas de réponse' } : 'GET /readyz',
      caption: {
        en: `The health check of ${failedName.en}’s API server fails: the load balancer stops sending it requests.`,
        fr: `Le contrôle de santé du serveur d’API du ${failedName.fr} échoue : le répartiteur ne lui envoie plus de requêtes.`,
      },
    })),
  );

  // etcd keeps quorum; if its leader was on the failed node, the others elect a new one.
  const members = view.etcdMembers.length;
  const alive = members - lostMembers.size;
  const quorum: LocalizedText = { en: `${alive} of ${members} members still make a majority`, fr: `${alive} membres sur ${members} forment encore une majorité` };
  let newLeader = leader;
  if (lostMembers.has(leader)) {
    newLeader = heir.etcd!;
    const voters = etcdPeers(view, newLeader, lostMembers);
    flow.beat(
      voters.map((voter) => ({
        id: `request-vote@${voter}`,
        from: newLeader,
        to: voter,
        kind: 'request' as const,
        message: 'RequestVote',
        caption: {
          en: `The leader is gone. After an election timeout, ${newLeader} asks for votes: ${quorum.en}.`,
          fr: `Le leader a disparu. Après un délai d’élection, ${newLeader} demande les votes : ${quorum.fr}.`,
        },
      })),
    );
    flow.beat(
      voters.map((voter, i) => ({
        id: `vote@${voter}`,
        from: voter,
        to: newLeader,
        kind: 'response' as const,
        message: { en: 'vote granted', fr: 'vote accordé' },
        caption: { en: `${newLeader} wins the vote: it is the new leader and etcd accepts writes again.`, fr: `${newLeader} remporte le vote : c’est le nouveau leader, etcd accepte de nouveau les écritures.` },
        ...(i === 0 ? { effects: [{ component: newLeader, state: 'active' as const }] } : {}),
      })),
    );
  }

  // The Leases expire; the standbys on the next node take them through their own API server.
  flow.beat(
    leaders(heir).map((standby) => ({
      id: `acquire@${standby}`,
      from: standby,
      to: heir.apiserver,
      kind: 'request' as const,
      message: 'Lease acquire',
      caption: {
        en: `The Leases expire after 15 s without renewal; each goes to whichever standby retries first (every 2 s): here, on ${heirName.en}.`,
        fr: `Sans renouvellement, les Leases expirent après 15 s ; chacun va à l’instance en réserve qui réessaie la première (toutes les 2 s).`,
      },
    })),
  );
  after.persist(
    'persist-acquire',
    'PUT /registry/leases/kube-system/…',
    {
      en: `The new holders are written to etcd: the scheduler and controller-manager on ${heirName.en} now lead.`,
      fr: `Les nouveaux détenteurs sont écrits dans etcd : le scheduler et le controller-manager du ${heirName.fr} mènent désormais.`,
    },
    { effects: leaders(heir).map((component) => ({ component, state: 'active' as const })) },
  );
  const survivors = etcdPeers(view, newLeader, lostMembers);
  replicate(flow, view, 'raft-after', newLeader, survivors, {
    en: `${newLeader} commits the write once a majority has it: ${quorum.en}.`,
    fr: `${newLeader} valide l’écriture dès qu’une majorité l’a : ${quorum.fr}.`,
  });

  // The cluster keeps working: a client's write reaches etcd through a healthy API server.
  if (view.kubectl !== undefined) {
    after.request('apply', view.kubectl, 'POST /apis/apps/v1/namespaces/default/deployments', {
      en: 'The cluster keeps working: kubectl’s next request reaches a healthy API server through the load balancer.',
      fr: 'Le cluster continue de fonctionner : la requête suivante de kubectl atteint un serveur d’API sain via le répartiteur.',
    });
    after.persist('persist-apply', 'PUT /registry/deployments/default/…', {
      en: 'That API server writes to etcd as usual.',
      fr: 'Ce serveur d’API écrit dans etcd comme d’habitude.',
    });
    replicate(flow, view, 'raft-apply', newLeader, survivors, {
      en: `Raft replicates it: ${quorum.en}. One more failure, and etcd would refuse writes.`,
      fr: `Raft la réplique : ${quorum.fr}. Une panne de plus, et etcd refuserait les écritures.`,
    });
    after.respond('created', view.kubectl, '201 Created', {
      en: 'kubectl gets its answer. Running Pods never stopped: kubelets keep them alive.',
      fr: 'kubectl reçoit sa réponse. Les Pods en cours n’ont jamais cessé : les kubelets les maintiennent.',
    });
  }
  return { steps: flow.steps };
}

/** “control-plane node 2” / “nœud 2 du plan de contrôle”, as the HA figure titles its nodes. */
function nodeName(index: number): LocalizedText {
  return { en: `control-plane node ${index + 1}`, fr: `nœud ${index + 1} du plan de contrôle` };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const haFailover = computedScenario(
  {
    id: 'ha-failover',
    title: { en: 'High availability: a control-plane node fails', fr: 'Haute disponibilité : un nœud du plan de contrôle tombe' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane'],
  },
  plan,
);
