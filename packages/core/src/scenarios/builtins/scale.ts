// kubectl scale deployment nginx --replicas=5: from 3 to 5 Pods (reference §2 S3, then S1
// steps 6–11). The Deployment controller updates the ReplicaSet's replicas (an update, PUT).
// Follows kubernetes.io: "Deployments" (scaling), "ReplicaSet",
// "Cluster Architecture", "Container Runtime Interface".
import type { Model } from '../../model.js';
import type { LocalizedText } from '../../text.js';
import type { ScenarioMisfit } from '../types.js';
import { computedScenario, type Plan } from './computed.js';
import { isMisfit, startRollout, type Rollout } from './rollout.js';
import { scheduleAndRun } from './pod-startup.js';

const BEFORE = 3;
const AFTER = 5;

/**
 * S3 from the scale change on: `caller` (kubectl, or the HPA controller) updates the
 * Deployment's scale subresource; the Deployment and ReplicaSet controllers create the
 * missing Pods; the scheduler and the kubelets run them.
 */
export function scaleSteps(start: Rollout, caller: string, before: number, after: number, texts: { submit: LocalizedText; scaled: LocalizedText }): void {
  const { cm, placements, flow, api } = start;
  const missing = after - before;
  api.request('submit', caller, 'PATCH …/deployments/nginx/scale', texts.submit);
  api.persist(
    'persist-deployment',
    'PUT /registry/deployments/default/nginx',
    {
      en: `The API server stores replicas: ${after} in etcd.`,
      fr: `Le serveur d’API enregistre le nouveau nombre de réplicas (${after}) dans etcd.`,
    },
    { replicate: true },
  );
  api.respond('scaled', caller, '200 OK', texts.scaled);
  api.watch('watch-deployment', cm, 'MODIFIED Deployment nginx', {
    en: 'The Deployment controller sees the new replica count.',
    fr: 'Le contrôleur Deployment voit le nouveau nombre de réplicas.',
  });
  api.request('update-replicaset', cm, 'PUT …/replicasets/nginx-…', {
    en: `It updates the ReplicaSet, setting its replicas to ${after}.`,
    fr: `Il met à jour le ReplicaSet : replicas passe à ${after}.`,
  });
  api.persist('persist-replicaset', 'PUT /registry/replicasets/…', {
    en: 'The API server stores the ReplicaSet in etcd.',
    fr: 'Le serveur d’API enregistre le ReplicaSet dans etcd.',
  });
  api.watch('watch-replicaset', cm, 'MODIFIED ReplicaSet', {
    en: `The ReplicaSet controller compares: ${after} wanted, ${before} exist.`,
    fr: `Le contrôleur ReplicaSet compare : ${after} voulus, ${before} existent.`,
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
}

/** The Deployment's Pods, named as the scale scenarios draw them. */
export const deploymentPods = (from: number, count: number) => Array.from({ length: count }, (_, i) => `nginx-${from + i + 1}`);

function plan(model: Model): Plan | ScenarioMisfit {
  // The Deployment's 3 Pods in place of the figure's own; the 2 new ones appear as they are created.
  const start = startRollout(model, deploymentPods(0, BEFORE), deploymentPods(BEFORE, AFTER - BEFORE));
  if (isMisfit(start)) return start;
  scaleSteps(start, start.kubectl, BEFORE, AFTER, {
    submit: {
      en: `kubectl scale deployment nginx --replicas=${AFTER} changes the scale of the Deployment, which runs ${BEFORE} Pods.`,
      fr: `kubectl scale deployment nginx --replicas=${AFTER} change l’échelle du Deployment, qui fait tourner ${BEFORE} Pods.`,
    },
    scaled: {
      en: 'kubectl prints deployment.apps/nginx scaled. Nothing runs yet: the controllers do the rest.',
      fr: 'kubectl affiche deployment.apps/nginx scaled. Rien ne tourne encore : les contrôleurs font le reste.',
    },
  });
  return { adds: start.adds, replaces: start.replaces, steps: start.flow.steps };
}

export const scale = computedScenario(
  {
    id: 'scale',
    title: { en: 'Scaling a Deployment from 3 to 5 replicas', fr: 'Passer un Deployment de 3 à 5 réplicas' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node'],
  },
  plan,
);
