// The Horizontal Pod Autoscaler (reference §2 S10, then S3): metrics-server scrapes each
// kubelet's /metrics/resource and serves metrics.k8s.io through the API aggregation layer
// (the API server proxies those requests to it); the HPA controller in
// kube-controller-manager reads the Pods' metrics through the API server, computes
// desired = ceil(current × currentMetric / target) and updates the Deployment's scale
// subresource; then the scale steps. Metrics never go to etcd.
// Follows kubernetes.io: "Horizontal Pod Autoscaling" (algorithm details, 15 s sync
// period, 300 s scale-down stabilization), "Resource metrics pipeline", "Configure the
// Aggregation Layer"; metrics-server's README (15 s resolution).
// Uses the figure's metrics-server (addons="metrics-server"), or adds one on the last worker.
import type { Model } from '../../model.js';
import type { ScenarioMisfit } from '../types.js';
import { computedScenario, type Plan } from './computed.js';
import { freshId } from './figure-view.js';
import { runnableWorkers } from './new-pods.js';
import { isMisfit, startRollout } from './rollout.js';
import { deploymentPods, scaleSteps } from './scale.js';

const BEFORE = 2;
/** Average CPU use, as a percentage of the Pods' CPU request, and the HPA's target. */
const CURRENT = 60;
const TARGET = 50;
const AFTER = Math.ceil((BEFORE * CURRENT) / TARGET);

function plan(model: Model): Plan | ScenarioMisfit {
  let server = '';
  const start = startRollout(model, deploymentPods(0, BEFORE), deploymentPods(BEFORE, AFTER - BEFORE), (view, adds, taken) => {
    const workers = runnableWorkers(view);
    const own = model.components.find((c) => c.kind === 'metrics-server');
    if (own) server = own.id;
    else {
      const w = workers[workers.length - 1]!;
      server = freshId(view, `${w.node}.metrics-server`, taken);
      adds.components.push({ id: server, kind: 'metrics-server', parent: w.node });
      adds.edges.push({ from: w.podParent!, to: server });
    }
    const linked = (from: string, to: string) => [...model.edges, ...adds.edges].some((e) => e.from === from && e.to === to);
    for (const cp of view.controlPlanes) if (!linked(cp.apiserver, server)) adds.edges.push({ from: cp.apiserver, to: server });
    for (const w of view.workers) if (!linked(server, w.kubelet)) adds.edges.push({ from: server, to: w.kubelet });
  });
  if (isMisfit(start))
    return {
      ...start,
      remedy: {
        'k8s-cluster': {
          en: 'Set workers="1" or more (addons="metrics-server" also draws metrics-server from the start).',
          fr: 'Indiquez workers="1" ou plus (addons="metrics-server" dessine aussi metrics-server dès le départ).',
        },
      },
    };
  const { view, cm, flow, api } = start;
  const kubelets = view.workers.map((w) => w.kubelet);

  flow.beat(
    kubelets.map((kubelet) => ({
      id: `scrape@${kubelet}`,
      from: server,
      to: kubelet,
      kind: 'request' as const,
      message: 'GET /metrics/resource',
      caption: {
        en: 'Every 15 s, metrics-server scrapes each kubelet’s /metrics/resource: the CPU and memory its containers use.',
        fr: 'Toutes les 15 s, metrics-server interroge le point /metrics/resource de chaque kubelet : le CPU et la mémoire de ses conteneurs.',
      },
    })),
  );
  flow.beat(
    kubelets.map((kubelet) => ({
      id: `usage@${kubelet}`,
      from: kubelet,
      to: server,
      kind: 'response' as const,
      message: { en: 'CPU · memory', fr: 'CPU · mémoire' },
      caption: {
        en: 'Each kubelet answers; metrics-server keeps only the latest values, in memory: metrics never go to etcd.',
        fr: 'Chaque kubelet répond ; metrics-server garde les dernières valeurs en mémoire : les métriques ne vont jamais dans etcd.',
      },
    })),
  );
  api.request('read-metrics', cm, 'GET …/metrics.k8s.io/…/pods', {
    en: 'Every 15 s, the HPA controller in kube-controller-manager reads the nginx Pods’ metrics through the API server.',
    fr: 'Toutes les 15 s, le contrôleur HPA de kube-controller-manager lit les métriques des Pods nginx via le serveur d’API.',
  });
  flow.step({
    id: 'proxy',
    from: api.apiserver,
    to: server,
    kind: 'request',
    message: { en: 'proxy', fr: 'relais' },
    caption: {
      en: 'metrics.k8s.io is an aggregated API: the API server proxies the request to metrics-server, which serves it.',
      fr: 'metrics.k8s.io est une API agrégée : le serveur d’API relaie la requête à metrics-server, qui la sert.',
    },
  });
  flow.step({
    id: 'pod-metrics',
    from: server,
    to: api.apiserver,
    kind: 'response',
    message: `PodMetrics ×${BEFORE}`,
    caption: {
      en: `metrics-server answers with the ${BEFORE} Pods’ usage: on average ${CURRENT}% of their CPU request.`,
      fr: `metrics-server répond avec l’usage des ${BEFORE} Pods : en moyenne ${CURRENT}\u00a0% de leur demande de CPU.`,
    },
  });
  api.respond('metrics', cm, { en: `CPU ${CURRENT}%`, fr: `CPU ${CURRENT}\u00a0%` }, {
    en: 'The API server passes the answer back to the HPA controller.',
    fr: 'Le serveur d’API renvoie la réponse au contrôleur HPA.',
  });
  flow.step({
    id: 'desired',
    from: cm,
    to: cm,
    kind: 'internal',
    message: `ceil(${BEFORE} × ${CURRENT} / ${TARGET}) = ${AFTER}`,
    caption: {
      en: `The target is ${TARGET}% of the CPU request: desired = ceil(current × currentMetric / target) = ceil(${BEFORE} × ${CURRENT} / ${TARGET}) = ${AFTER} replicas.`,
      fr: `La cible est ${TARGET}\u00a0% de la demande de CPU : ${BEFORE} réplicas à ${CURRENT}\u00a0% en demandent ${AFTER} (arrondi au-dessus de ${BEFORE} × ${CURRENT} / ${TARGET}).`,
    },
  });
  scaleSteps(start, cm, BEFORE, AFTER, {
    submit: {
      en: `It updates the Deployment’s scale subresource to ${AFTER} replicas. (Scaling down would first wait out a 300 s stabilization window.)`,
      fr: `Il met à jour la sous-ressource scale du Deployment : ${AFTER} réplicas. (Pour réduire, il attendrait une fenêtre de stabilisation de 300 s.)`,
    },
    scaled: {
      en: 'The API server confirms the new scale; the controllers, the scheduler and the kubelets do the rest, as in scale.',
      fr: 'Le serveur d’API confirme la nouvelle échelle ; les contrôleurs, le scheduler et les kubelets font le reste, comme dans scale.',
    },
  });
  return { adds: start.adds, replaces: start.replaces, steps: flow.steps };
}

export const autoscale = computedScenario(
  {
    id: 'autoscale',
    title: { en: 'Horizontal Pod Autoscaler: from metrics to more replicas', fr: 'Autoscaling horizontal : des métriques à plus de réplicas' },
    appliesTo: ['k8s-cluster'],
  },
  plan,
);
