// Service traffic (reference §2 S6): kube-proxy, watching Services and EndpointSlices,
// programs each node's kernel rules; a client Pod's packet to the ClusterIP is rewritten
// (DNAT) by its own node's rules to a backend Pod, on another node if need be, and the
// reply is translated back. kube-proxy is not on the packet's path.
// Follows kubernetes.io: "Service", "Virtual IPs and Service Proxies", "EndpointSlices"
// (a slice lists every selected Pod, each endpoint with its ready condition),
// "Network Plugins".
// Adds a Service (nginx), the kernel rules of every worker, a client Pod and backend Pods.
// Where the figure has a controller-manager and etcd, it first shows the EndpointSlice
// controller at work; the worker-node figure starts at kube-proxy.
import type { Model } from '../../model.js';
import type { ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, unmet, withAdditions, type Plan } from './computed.js';
import { viewFigure } from './figure-view.js';
import { Flow } from './flow.js';
import { callService, CLUSTER_IP, programRules, serviceCallParts, SERVICE_NEEDS, serviceWorkers } from './service-call.js';

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const workers = serviceWorkers(view);
  const misfit = unmet(SERVICE_NEEDS(view, workers));
  if (misfit) return misfit;
  // What the scenario draws: the Service, every node's rules, a client and two backends,
  // in place of the workers' own Pods (the figure keeps its width).
  const call = serviceCallParts(view, workers);
  const flow = new Flow(withAdditions(model, call.adds, call.replaces));
  programRules(flow, new ApiTalk(flow, view, view.primary!), workers, call, `${CLUSTER_IP} → Pod IPs`);
  callService(flow, call);
  return { adds: call.adds, replaces: call.replaces, steps: flow.steps };
}

export const serviceTraffic = computedScenario(
  {
    id: 'service-traffic',
    title: { en: 'Service traffic: from a ClusterIP to a Pod', fr: 'Trafic d’un Service : d’une ClusterIP à un Pod' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node'],
  },
  plan,
);
