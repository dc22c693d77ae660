// DNS, then the Service call (reference §2 S14, then S6): a client Pod resolves
// nginx.default.svc.cluster.local. Its resolv.conf, written by the kubelet (--cluster-dns),
// names the kube-dns Service's ClusterIP; the node's rules, programmed by kube-proxy, send
// the query to a CoreDNS Pod, whose kubernetes plugin watches Services and EndpointSlices
// through the API server and answers with nginx's ClusterIP. Then the call of service-traffic.
// Follows kubernetes.io: "DNS for Services and Pods", "Customizing DNS Service",
// "Virtual IPs and Service Proxies"; CoreDNS's kubernetes plugin documentation.
// Uses the figure's CoreDNS Pods and kube-dns Service (addons="coredns"), or adds them.
import type { Model } from '../../model.js';
import type { ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, unmet, withAdditions, type Plan } from './computed.js';
import { freshId, labelOf, viewFigure } from './figure-view.js';
import { Flow } from './flow.js';
import { callService, CLUSTER_IP, programRules, serviceCallParts, SERVICE_NEEDS, serviceWorkers } from './service-call.js';

// kube-dns's ClusterIP under kubeadm's defaults (the tenth address of 10.96.0.0/12).
const DNS_IP = '10.96.0.10';
const NAME = 'nginx.default.svc.cluster.local';

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const workers = serviceWorkers(view);
  const misfit = unmet(SERVICE_NEEDS(view, workers));
  if (misfit)
    return {
      ...misfit,
      remedy: {
        'k8s-cluster': {
          en: 'Set workers="1" or more (addons="coredns" also draws CoreDNS from the start).',
          fr: 'Indiquez workers="1" ou plus (addons="coredns" dessine aussi CoreDNS dès le départ).',
        },
      },
    };
  const cp = view.primary!;
  // One nginx backend: CoreDNS takes the second one's place, so the figure keeps its width.
  const call = serviceCallParts(view, workers, 1);
  const { adds, taken, client, clientWorker, clientRules } = call;

  // The figure's CoreDNS Pods and the Service in front of them, or one Pod and kube-dns added.
  let pods = model.components.filter((c) => c.kind === 'coredns').map((c) => c.id);
  let dns = model.edges.find((e) => pods.includes(e.to) && view.byId.get(e.from)?.kind === 'service')?.from;
  if (pods.length === 0 || dns === undefined) {
    const entry = model.edges.find((e) => e.from === clientWorker.kubelet && ['apiserver', 'load-balancer'].includes(view.byId.get(e.to)?.kind ?? ''))?.to ?? cp.apiserver;
    dns = freshId(view, 'kube-dns', taken);
    adds.components.push({ id: dns, kind: 'service', label: 'kube-dns', ...(view.cluster ? { parent: view.cluster } : {}) });
    // On the last worker, where the nginx backend runs: the query crosses the pod network.
    const host = workers[workers.length - 1]!;
    const pod = freshId(view, `${host.node}.coredns`, taken);
    adds.components.push({ id: pod, kind: 'coredns', parent: host.node });
    adds.edges.push({ from: host.podParent!, to: pod }, { from: dns, to: pod, kind: 'indirect' }, { from: pod, to: entry });
    pods = [pod];
  }
  // The kube-dns ClusterIP stands for every node's rules too; the client's rules pick a CoreDNS Pod.
  for (const rules of call.rules.values()) adds.edges.push({ from: dns, to: rules, kind: 'indirect' });
  adds.edges.push({ from: client, to: dns });
  // Show the CoreDNS Pod across the pod network when there is one.
  const coredns = pods.find((p) => view.byId.get(p)?.parent !== clientWorker.node) ?? pods[0]!;
  adds.edges.push({ from: clientRules, to: coredns });
  const corednsNode = (view.byId.get(coredns) ?? adds.components.find((c) => c.id === coredns))!.parent!;
  const corednsName = view.byId.has(coredns) ? labelOf(view, coredns) : 'CoreDNS';
  const remote = corednsNode !== clientWorker.node;

  const flow = new Flow(withAdditions(model, adds, call.replaces));
  const api = new ApiTalk(flow, view, cp);
  api.watch(
    'watch-dns',
    pods.map((to) => ({ to, key: to })),
    'Services · EndpointSlices',
    {
      en: 'CoreDNS’s kubernetes plugin watches Services and EndpointSlices through the API server: it knows every Service’s name and ClusterIP.',
      fr: 'Le plugin kubernetes de CoreDNS surveille Services et EndpointSlices via le serveur d’API : il connaît la ClusterIP de chaque Service.',
    },
  );
  programRules(flow, api, call.workers, call, `${DNS_IP}, ${CLUSTER_IP} → Pod IPs`, undefined, false);
  flow.step({
    id: 'resolv-conf',
    from: client,
    to: client,
    kind: 'internal',
    message: `nameserver ${DNS_IP}`,
    caption: {
      en: `The client looks up ${NAME}: its resolv.conf, written by the kubelet, names kube-dns’s ClusterIP, ${DNS_IP}.`,
      fr: `Le client cherche ${NAME} : son resolv.conf, écrit par le kubelet, donne la ClusterIP de kube-dns, ${DNS_IP}.`,
    },
  });
  flow.step({
    id: 'query',
    from: client,
    to: dns,
    kind: 'request',
    message: `A? ${NAME}`,
    caption: {
      en: `It sends the DNS query to ${DNS_IP}, port 53.`,
      fr: `Il envoie la requête DNS à ${DNS_IP}, port 53.`,
    },
  });
  flow.step({
    id: 'dns-dnat',
    from: dns,
    to: clientRules,
    kind: 'request',
    message: 'DNAT',
    caption: {
      en: 'Nothing listens on that ClusterIP either: the client node’s rules, programmed by kube-proxy, send the query to a CoreDNS Pod.',
      fr: 'Rien n’écoute non plus sur cette ClusterIP : les règles du nœud client, programmées par kube-proxy, envoient la requête à un Pod CoreDNS.',
    },
  });
  flow.step({
    id: 'dns-deliver',
    from: clientRules,
    to: coredns,
    kind: 'request',
    message: `→ ${corednsName}:53`,
    caption: remote
      ? {
          en: `The query crosses the pod network to ${corednsName} on ${labelOf(view, corednsNode)}.`,
          fr: `La requête traverse le réseau des Pods jusqu’à ${corednsName} sur ${labelOf(view, corednsNode)}.`,
        }
      : { en: `The query goes to ${corednsName}, on the same node.`, fr: `La requête va à ${corednsName}, sur le même nœud.` },
  });
  flow.step({
    id: 'dns-answer',
    from: coredns,
    to: clientRules,
    kind: 'response',
    message: `A ${CLUSTER_IP}`,
    caption: {
      en: `CoreDNS answers from what it watched: the nginx Service’s ClusterIP, ${CLUSTER_IP}. (For a headless Service, it would list the Pods’ IPs.)`,
      fr: `CoreDNS répond d’après ce qu’il a surveillé : la ClusterIP du Service nginx, ${CLUSTER_IP}. (Service headless : les IP des Pods.)`,
    },
  });
  flow.step({
    id: 'dns-un-nat',
    from: clientRules,
    to: dns,
    kind: 'response',
    message: `src=${DNS_IP}`,
    caption: { en: 'The rules put kube-dns’s ClusterIP back as the source…', fr: 'Les règles remettent la ClusterIP de kube-dns comme source…' },
  });
  flow.step({
    id: 'dns-reply',
    from: dns,
    to: client,
    kind: 'response',
    message: `${NAME} = ${CLUSTER_IP}`,
    caption: { en: '…and the client has the address it asked for.', fr: '…et le client a l’adresse demandée.' },
  });
  callService(flow, call, {
    en: `Now the client calls http://nginx at ${CLUSTER_IP}, as in service-traffic.`,
    fr: `Le client appelle maintenant http://nginx à l’adresse ${CLUSTER_IP}, comme dans service-traffic.`,
  });
  return { adds, replaces: call.replaces, steps: flow.steps };
}

export const dnsLookup = computedScenario(
  {
    id: 'dns-lookup',
    title: { en: 'DNS: resolving a Service’s name, then calling it', fr: 'DNS : résoudre le nom d’un Service, puis l’appeler' },
    appliesTo: ['k8s-cluster', 'k8s-worker-node'],
  },
  plan,
);
