// kubectl apply of a Deployment with 3 replicas, until its containers run (reference §2 S1).
// Follows kubernetes.io: "Cluster Architecture", "Components", "Communication between
// Nodes and the Control Plane", "Controlling Access to the Kubernetes API" and "Admission
// Control" (authentication, authorization, mutating admission, schema validation, validating
// admission, then persistence), "Container Runtime Interface", "Network Plugins".
import type { Model } from '../../model.js';
import type { ScenarioMisfit } from '../types.js';
import { computedScenario, type Plan } from './computed.js';
import { isMisfit, startRollout } from './rollout.js';
import { scheduleAndRun } from './pod-startup.js';

const REPLICAS = 3;

function plan(model: Model): Plan | ScenarioMisfit {
  // The Deployment's Pods take the place of the figure's own, and appear as they are created.
  const start = startRollout(model, [], Array.from({ length: REPLICAS }, (_, i) => `nginx-${i + 1}`));
  if (isMisfit(start)) return start;
  const { kubectl, cm, adds, replaces, placements, flow, api } = start;

  api.request('submit', kubectl, 'POST /apis/apps/v1/namespaces/default/deployments', {
    en: 'kubectl apply -f nginx.yaml sends the Deployment (3 replicas) to the API server over HTTPS.',
    fr: 'kubectl apply -f nginx.yaml envoie le Deployment (3 réplicas) au serveur d’API en HTTPS.',
  });
  flow.step({
    id: 'admit',
    from: api.apiserver,
    to: api.apiserver,
    kind: 'internal',
    message: { en: 'authn → authz → mutating → schema → validating', fr: 'authn → authz → mutation → schéma → validation' },
    caption: {
      en: 'In this order: authentication (who asks), authorization (RBAC), mutating admission, schema validation, validating admission.',
      fr: 'Dans l’ordre : authentification (qui demande), autorisation (RBAC), admission mutante, validation du schéma, admission validante.',
    },
  });
  api.persist(
    'persist-deployment',
    'PUT /registry/deployments/default/nginx',
    {
      en: 'It stores the Deployment in etcd. Only the API server talks to etcd; every other part goes through the API.',
      fr: 'Il enregistre le Deployment dans etcd. Seul le serveur d’API parle à etcd ; tous les autres passent par l’API.',
    },
    { replicate: true },
  );
  api.respond('created', kubectl, '201 Created', {
    en: 'kubectl gets the stored object back and prints deployment.apps/nginx created.',
    fr: 'kubectl reçoit l’objet enregistré et affiche deployment.apps/nginx created.',
  });
  api.watch('watch-deployment', cm, 'ADDED Deployment nginx', {
    en: 'The Deployment controller in kube-controller-manager watches Deployments: it sees the new one.',
    fr: 'Le contrôleur Deployment de kube-controller-manager surveille les Deployments : il voit le nouveau.',
  });
  api.request('create-replicaset', cm, 'POST …/replicasets', {
    en: 'It creates a ReplicaSet from the Deployment’s Pod template.',
    fr: 'Il crée un ReplicaSet d’après le modèle de Pod du Deployment.',
  });
  api.persist('persist-replicaset', 'PUT /registry/replicasets/…', {
    en: 'The API server stores the ReplicaSet in etcd.',
    fr: 'Le serveur d’API enregistre le ReplicaSet dans etcd.',
  });
  api.watch('watch-replicaset', cm, 'ADDED ReplicaSet', {
    en: 'The ReplicaSet controller sees it: 3 Pods wanted, none exist yet.',
    fr: 'Le contrôleur ReplicaSet le voit : 3 Pods voulus, aucun n’existe encore.',
  });
  api.request('create-pods', cm, `POST …/pods ×${REPLICAS}`, {
    en: 'It creates 3 Pods from the template, with no node chosen yet (spec.nodeName is empty).',
    fr: 'Il crée 3 Pods d’après le modèle, sans nœud choisi (spec.nodeName est vide).',
  });
  api.persist(
    'persist-pods',
    'PUT /registry/pods/default/…',
    {
      en: 'The Pods are stored in etcd, Pending: they wait for a node.',
      fr: 'Les Pods sont enregistrés dans etcd, Pending : ils attendent un nœud.',
    },
    { effects: placements.map((p) => ({ component: p.pod, state: 'pending' as const })) },
  );
  scheduleAndRun(flow, api, placements, { pull: true });
  return { adds, replaces, steps: flow.steps };
}

export const kubectlApply = computedScenario(
  {
    id: 'kubectl-apply',
    title: {
      en: 'kubectl apply: from a manifest to running containers',
      fr: 'kubectl apply : du manifeste aux conteneurs qui tournent',
    },
    appliesTo: ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node'],
  },
  plan,
);
