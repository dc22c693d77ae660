// Rolling update (reference §2 S9): kubectl set image deployment/nginx nginx=nginx:1.27 on
// a Deployment of 3 replicas. The Deployment controller creates a new ReplicaSet (its own
// pod-template-hash) and moves the replicas over within maxSurge (25% of 3, rounded up: 1)
// and maxUnavailable (25% of 3, rounded down: 0): the new ReplicaSet grows by one, its Pod is
// scheduled and run (S1 steps 6–11), and only once that Pod is Ready, and counted available
// in the ReplicaSet's status, is the old ReplicaSet scaled down by one; its Pod stops
// gracefully (S11) while the next new Pod starts, as the controller counts the ReplicaSets'
// replicas, not the Pods still terminating. Until new = 3, old = 0; the old ReplicaSet stays,
// at 0, for kubectl rollout undo. Follows kubernetes.io: "Deployments" (rolling update,
// max surge, max unavailable, pod-template-hash, revision history, rollout status),
// "ReplicaSet", "Pod Lifecycle" (termination of Pods).
// The figure's own Pods give way to the two ReplicaSets' Pods, named after their ReplicaSet.
import type { Model } from '../../model.js';
import type { ScenarioMisfit } from '../types.js';
import { computedScenario, type Plan } from './computed.js';
import { stopGracefully } from './graceful-stop.js';
import { scheduleAndRun, type Placement } from './pod-startup.js';
import { isMisfit, ON_CLUSTER, startRollout } from './rollout.js';
import { together, track } from './tracks.js';

const REPLICAS = 3;
// Names as kubectl shows them, the hashes shortened: ReplicaSet <deployment>-<pod-template-hash>.
const OLD = 'nginx-5d8c';
const NEW = 'nginx-7b4f';
const podName = (rs: string, i: number) => `${rs}-${i + 1}`;

function plan(model: Model): Plan | ScenarioMisfit {
  const names = (rs: string) => Array.from({ length: REPLICAS }, (_, i) => podName(rs, i));
  const start = startRollout(model, names(OLD), names(NEW));
  if (isMisfit(start)) return { ...start, remedy: ON_CLUSTER };
  const { view, kubectl, cp, cm, adds, replaces, placements, existing, flow, api } = start;
  const pulled = new Set<string>();
  const startNew = (f: typeof flow, a: typeof api, i: number) => {
    const pod = placements[i]!;
    const wanted = i + 1;
    a.request(`create-${wanted}`, cm, 'POST …/pods', {
      en: `The ReplicaSet controller creates ${podName(NEW, i)} from the new template (image nginx:1.27), with no node yet.`,
      fr: `Le contrôleur ReplicaSet crée ${podName(NEW, i)} d’après le nouveau modèle (image nginx:1.27), encore sans nœud.`,
    });
    a.persist(
      `persist-create-${wanted}`,
      'PUT /registry/pods/default/…',
      { en: `${podName(NEW, i)} is stored in etcd, Pending.`, fr: `${podName(NEW, i)} est enregistré dans etcd, Pending.` },
      { effects: [{ component: pod.pod, state: 'pending' }] },
    );
    // The new image is pulled once per node.
    const pull = !pulled.has(pod.worker.node);
    pulled.add(pod.worker.node);
    scheduleAndRun(f, a, [pod], { prefix: `new-${wanted}-`, pull });
  };
  const stopOld = (f: typeof flow, a: typeof api, stop: Placement, i: number) =>
    stopGracefully(f, a, stop, podName(OLD, i), { prefix: `old-${i + 1}-` });

  api.request('submit', kubectl, 'PATCH …/deployments/nginx', {
    en: 'kubectl set image deployment/nginx nginx=nginx:1.27 changes the Pod template of the Deployment (3 replicas).',
    fr: 'kubectl set image passe le conteneur nginx du Deployment (3 réplicas) à l’image nginx:1.27 : son modèle de Pod change.',
  });
  api.persist(
    'persist-deployment',
    'PUT /registry/deployments/default/nginx',
    { en: 'The API server stores the new template in etcd.', fr: 'Le serveur d’API enregistre le nouveau modèle dans etcd.' },
    { replicate: true },
  );
  api.respond('updated', kubectl, '200 OK', {
    en: 'kubectl prints deployment.apps/nginx image updated. Nothing has changed on the nodes yet.',
    fr: 'kubectl affiche deployment.apps/nginx image updated. Rien n’a encore changé sur les nœuds.',
  });
  api.watch('watch-deployment', cm, 'MODIFIED Deployment nginx', {
    en: `The Deployment controller sees the new template: its hash is not the one of ReplicaSet ${OLD}, revision 1.`,
    fr: `Le contrôleur Deployment voit le nouveau modèle : son empreinte n’est pas celle du ReplicaSet ${OLD}, révision 1.`,
  });
  flow.step({
    id: 'strategy',
    from: cm,
    to: cm,
    kind: 'internal',
    message: 'maxSurge 1 · maxUnavailable 0',
    caption: {
      en: 'RollingUpdate on 3 replicas: maxSurge 25% rounds up to 1, maxUnavailable 25% down to 0. At most 4 Pods, 3 always available.',
      fr: 'RollingUpdate, 3 réplicas : maxSurge 25 % arrondi au-dessus vaut 1, maxUnavailable 25 % arrondi au-dessous 0. 4 Pods au plus, 3 disponibles.',
    },
  });
  api.request('create-replicaset', cm, `POST …/replicasets (${NEW})`, {
    en: `It creates ReplicaSet ${NEW}, revision 2, labelled pod-template-hash=7b4f, with replicas 1: 3 old + 1 new = 4.`,
    fr: `Il crée le ReplicaSet ${NEW}, révision 2, étiqueté pod-template-hash=7b4f, avec 1 réplica : 3 anciens + 1 nouveau = 4.`,
  });
  api.persist('persist-replicaset', 'PUT /registry/replicasets/…', {
    en: 'The API server stores the new ReplicaSet in etcd.',
    fr: 'Le serveur d’API enregistre le nouveau ReplicaSet dans etcd.',
  });
  api.watch('watch-new-replicaset', cm, `ADDED ReplicaSet ${NEW}`, {
    en: 'The ReplicaSet controller sees it: 1 Pod wanted, none exists.',
    fr: 'Le contrôleur ReplicaSet le voit : 1 Pod voulu, aucun n’existe.',
  });
  startNew(flow, api, 0);

  for (let i = 0; i < REPLICAS; i++) {
    const round = i + 1;
    const ready = podName(NEW, i);
    const oldLeft = REPLICAS - round;
    const grows = round < REPLICAS;
    // Readiness gates each step: the Pod Ready, then counted available in its ReplicaSet's status.
    api.watch(`ready-${round}`, cm, `MODIFIED Pod ${ready}: Ready`, {
      en: `The ReplicaSet controller sees ${ready} Ready: its readiness probe passed (minReadySeconds 0, so it is available).`,
      fr: `Le contrôleur ReplicaSet voit ${ready} Ready : sa sonde de disponibilité a réussi (minReadySeconds 0, il est donc disponible).`,
    });
    api.request(`available-${round}`, cm, `PUT …/replicasets/${NEW}/status`, {
      en: `It writes the ReplicaSet’s status: ${round} available.`,
      fr: `Il écrit l’état du ReplicaSet : ${round} disponible${round > 1 ? 's' : ''}.`,
    });
    api.persist(`persist-available-${round}`, 'PUT /registry/replicasets/…', {
      en: 'The API server stores the status in etcd.',
      fr: 'Le serveur d’API enregistre l’état dans etcd.',
    });
    api.watch(`watch-available-${round}`, cm, `MODIFIED ReplicaSet ${NEW}`, {
      en: `The Deployment controller sees 4 Pods available, one more than 3 (maxUnavailable 0): one old Pod may go.`,
      fr: `Le contrôleur Deployment voit 4 Pods disponibles, un de plus que 3 (maxUnavailable 0) : un ancien Pod peut partir.`,
    });
    api.request(
      `scale-${round}`,
      cm,
      grows ? 'PUT …/replicasets ×2' : `PUT …/replicasets/${OLD}`,
      grows
        ? {
            en: `It scales ${OLD} down to ${oldLeft}; with ${oldLeft} + ${round} = 3, maxSurge lets it scale ${NEW} up to ${round + 1}.`,
            fr: `Il réduit ${OLD} à ${oldLeft} ; avec ${oldLeft} + ${round} = 3, maxSurge lui permet de passer ${NEW} à ${round + 1}.`,
          }
        : {
            en: `It scales ${OLD} down to 0: new = 3, old = 0.`,
            fr: `Il réduit ${OLD} à 0 : nouveau = 3, ancien = 0.`,
          },
    );
    api.persist(`persist-scale-${round}`, 'PUT /registry/replicasets/…', {
      en: grows ? 'The API server stores both ReplicaSets in etcd.' : 'The API server stores the ReplicaSet in etcd.',
      fr: grows ? 'Le serveur d’API enregistre les deux ReplicaSets dans etcd.' : 'Le serveur d’API enregistre le ReplicaSet dans etcd.',
    });
    api.watch(`watch-scale-${round}`, cm, grows ? 'MODIFIED ReplicaSet ×2' : `MODIFIED ReplicaSet ${OLD}`, {
      en: grows
        ? `The ReplicaSet controller sees ${OLD} with one Pod too many and ${NEW} with one too few.`
        : `The ReplicaSet controller sees ${OLD} with one Pod too many.`,
      fr: grows
        ? `Le contrôleur ReplicaSet voit ${OLD} avec un Pod de trop et ${NEW} avec un de moins.`
        : `Le contrôleur ReplicaSet voit ${OLD} avec un Pod de trop.`,
    });
    const old = existing[i]!;
    api.request(`delete-${round}`, cm, `DELETE …/pods/${podName(OLD, i)}`, {
      en: `It deletes one old Pod, ${podName(OLD, i)}, gracefully.`,
      fr: `Il supprime un ancien Pod, ${podName(OLD, i)}, en douceur.`,
    });
    api.persist(
      `persist-delete-${round}`,
      'PUT /registry/pods/…',
      {
        en: 'The API server sets its deletionTimestamp in etcd: it is Terminating, no longer counted, not gone yet.',
        fr: 'Le serveur d’API pose son deletionTimestamp dans etcd : il est en cours d’arrêt, plus compté, pas encore supprimé.',
      },
      { effects: [{ component: old.pod, state: 'terminating' }] },
    );
    // The old Pod stops while the next new one starts: the controllers count replicas, not terminating Pods.
    together(flow, [
      track(flow, view, cp, (f, a) => stopOld(f, a, old, i)),
      ...(grows ? [track(flow, view, cp, (f, a) => startNew(f, a, round), 1)] : []),
    ]);
  }
  api.request('status', cm, 'PUT …/deployments/nginx/status', {
    en: 'The Deployment controller writes the status: 3 updated, 3 available. Old ReplicaSet kept at 0 for kubectl rollout undo.',
    fr: 'Le contrôleur Deployment écrit l’état : 3 à jour, 3 disponibles. L’ancien ReplicaSet reste à 0 pour kubectl rollout undo.',
  });
  api.persist('persist-status', 'PUT /registry/deployments/default/nginx', {
    en: 'The API server stores it in etcd; up to 10 old ReplicaSets are kept (revisionHistoryLimit).',
    fr: 'Le serveur d’API l’enregistre dans etcd ; jusqu’à 10 anciens ReplicaSets sont gardés (revisionHistoryLimit).',
  });
  api.watch('rollout-status', kubectl, 'MODIFIED Deployment: 3 of 3 updated', {
    en: 'kubectl rollout status, which watches the Deployment, prints deployment "nginx" successfully rolled out.',
    fr: 'kubectl rollout status, qui surveille le Deployment, affiche que le déploiement de nginx est terminé.',
  });
  return { adds, replaces, steps: flow.steps };
}

export const rollingUpdate = computedScenario(
  {
    id: 'rolling-update',
    title: { en: 'Rolling update: from nginx:1.26 to nginx:1.27, one Pod at a time', fr: 'Mise à jour progressive : de nginx:1.26 à nginx:1.27, un Pod à la fois' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node'],
  },
  plan,
);
