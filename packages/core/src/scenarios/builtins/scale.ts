// kubectl scale deployment nginx --replicas=5: from 3 to 5 Pods (reference §2 S3, then S1
// steps 6–11). The Deployment controller updates the ReplicaSet's replicas (an update, PUT).
// Follows kubernetes.io: "Deployments" (scaling), "ReplicaSet",
// "Cluster Architecture", "Container Runtime Interface".
import type { Model } from '../../model.js';
import type { ScenarioMisfit } from '../types.js';
import { computedScenario, type Plan } from './computed.js';
import { isMisfit, startRollout } from './rollout.js';
import { scheduleAndRun } from './pod-startup.js';

const BEFORE = 3;
const AFTER = 5;

function plan(model: Model): Plan | ScenarioMisfit {
  // The Deployment's 3 Pods in place of the figure's own; the 2 new ones appear as they are created.
  const name = (i: number) => `nginx-${i + 1}`;
  const start = startRollout(model, Array.from({ length: BEFORE }, (_, i) => name(i)), Array.from({ length: AFTER - BEFORE }, (_, i) => name(BEFORE + i)));
  if (isMisfit(start)) return start;
  const { kubectl, cm, adds, replaces, placements, flow, api } = start;
  const missing = AFTER - BEFORE;

  api.request('submit', kubectl, 'PATCH …/deployments/nginx/scale', {
    en: `kubectl scale deployment nginx --replicas=${AFTER} changes the scale of the Deployment, which runs ${BEFORE} Pods.`,
    fr: `kubectl scale deployment nginx --replicas=${AFTER} change l’échelle du Deployment, qui fait tourner ${BEFORE} Pods.`,
  });
  api.persist(
    'persist-deployment',
    'PUT /registry/deployments/default/nginx',
    {
      en: `The API server stores replicas: ${AFTER} in etcd.`,
      fr: `Le serveur d’API enregistre le nouveau nombre de réplicas (${AFTER}) dans etcd.`,
    },
    { replicate: true },
  );
  api.respond('scaled', kubectl, '200 OK', {
    en: 'kubectl prints deployment.apps/nginx scaled. Nothing runs yet: the controllers do the rest.',
    fr: 'kubectl affiche deployment.apps/nginx scaled. Rien ne tourne encore : les contrôleurs font le reste.',
  });
  api.watch('watch-deployment', cm, 'MODIFIED Deployment nginx', {
    en: 'The Deployment controller sees the new replica count.',
    fr: 'Le contrôleur Deployment voit le nouveau nombre de réplicas.',
  });
  api.request('update-replicaset', cm, 'PUT …/replicasets/nginx-…', {
    en: `It updates the ReplicaSet, setting its replicas to ${AFTER}.`,
    fr: `Il met à jour le ReplicaSet : replicas passe à ${AFTER}.`,
  });
  api.persist('persist-replicaset', 'PUT /registry/replicasets/…', {
    en: 'The API server stores the ReplicaSet in etcd.',
    fr: 'Le serveur d’API enregistre le ReplicaSet dans etcd.',
  });
  api.watch('watch-replicaset', cm, 'MODIFIED ReplicaSet', {
    en: `The ReplicaSet controller compares: ${AFTER} wanted, ${BEFORE} exist.`,
    fr: `Le contrôleur ReplicaSet compare : ${AFTER} voulus, ${BEFORE} existent.`,
  });
  api.request('create-pods', cm, `POST …/pods ×${missing}`, {
    en: `It creates the ${missing} missing Pods, with no node yet. (Scaling down, it would delete Pods instead.)`,
    fr: `Il crée les ${missing} Pods manquants, encore sans nœud. (Pour réduire, il supprimerait des Pods.)`,
  });
  api.persist(
    'persist-pods',
    'PUT /registry/pods/default/…',
    { en: 'The new Pods are stored in etcd, Pending.', fr: 'Les nouveaux Pods sont enregistrés dans etcd, Pending.' },
    { effects: placements.map((p) => ({ component: p.pod, state: 'pending' as const })) },
  );
  scheduleAndRun(flow, api, placements);
  return { adds, replaces, steps: flow.steps };
}

export const scale = computedScenario(
  {
    id: 'scale',
    title: { en: 'Scaling a Deployment from 3 to 5 replicas', fr: 'Passer un Deployment de 3 à 5 réplicas' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node'],
  },
  plan,
);
