// A Service of type LoadBalancer (reference §2 S15, after S6): kubectl creates it; the API
// server allocates its ClusterIP and a NodePort and stores it in etcd. kube-proxy, watching,
// programs every node's rules for both. The service controller of the
// cloud-controller-manager, watching too, asks the cloud provider's API for a load balancer
// that targets the nodes' NodePort, then writes status.loadBalancer.ingress through the API
// server. Then traffic: client → cloud load balancer → a node's NodePort → that node's rules
// → a ready backend Pod, on another node if need be (externalTrafficPolicy: Cluster, the
// default, SNATs the packet so that the reply comes back the same way).
// Follows kubernetes.io: "Service" (type LoadBalancer, NodePort range 30000–32767, external
// traffic policy), "Cloud Controller Manager" (service controller), "Virtual IPs and Service
// Proxies". Reuses the Service, rules, Pods and delivery of service-traffic.
import type { Model } from '../../model.js';
import type { ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, NEED, unmet, withAdditions, type Plan } from './computed.js';
import { labelOf, viewFigure } from './figure-view.js';
import { Flow } from './flow.js';
import { ownPods, runnableWorkers } from './new-pods.js';
import { addBackends, CLUSTER_IP, deliver, draftService, programRules } from './service-call.js';

const NODE_PORT = 31380;
// A documentation address (RFC 5737), as the provider would hand out a public one.
const PUBLIC_IP = '203.0.113.10';

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const workers = runnableWorkers(view).filter((w) => w.kubeProxy !== undefined);
  const cp = view.primary;
  const ccm = cp?.cloudControllerManager;
  const cloud = ccm === undefined ? undefined : model.edges.find((e) => e.from === ccm && view.byId.get(e.to)?.kind === 'cloud')?.to;
  const misfit = unmet([
    { present: view.kubectl !== undefined, what: NEED.kubectl },
    { present: cp?.etcd !== undefined, what: NEED.etcd },
    {
      present: cloud !== undefined,
      what: { en: 'a cloud-controller-manager and its cloud provider API', fr: 'un cloud-controller-manager et l’API de son fournisseur cloud' },
    },
    {
      present: workers.length > 0,
      what: { en: 'a worker node with kube-proxy and a container runtime', fr: 'un nœud worker avec kube-proxy et un runtime de conteneurs' },
    },
  ]);
  if (misfit)
    return cloud !== undefined
      ? misfit
      : {
          ...misfit,
          remedy: {
            'k8s-cluster': {
              en: 'Set cloud="OVH" (or your provider’s name) to draw the cloud-controller-manager and its cloud.',
              fr: 'Indiquez cloud="OVH" (ou le nom de votre fournisseur) pour dessiner le cloud-controller-manager et son cloud.',
            },
          },
        };
  const api = cp!;
  const kubectl = view.kubectl!;

  // The Service, every node's rules and two backends (service-traffic's), then the cloud's
  // load balancer in front of every node's NodePort, and a client outside the cluster.
  const draft = draftService(view, workers);
  const { adds, service } = draft;
  // The packet never goes through the ClusterIP here: the Service is not drawn (the figure keeps its width).
  adds.components = adds.components.filter((c) => c.id !== service);
  adds.edges = adds.edges.filter((e) => e.from !== service);
  const entry = workers[0]!;
  const target = addBackends(draft, workers, entry);
  const lb = 'cloud-load-balancer';
  const client = 'client';
  adds.components.push({ id: lb, kind: 'cloud-load-balancer' }, { id: client, kind: 'client' });
  adds.edges.push({ from: client, to: lb });
  for (const w of workers) adds.edges.push({ from: lb, to: draft.rules.get(w.node)! });
  const entryRules = draft.rules.get(entry.node)!;
  const node = labelOf(view, entry.node);

  const replaces = ownPods(view, workers);
  const flow = new Flow(withAdditions(model, adds, replaces));
  const talk = new ApiTalk(flow, view, api);
  talk.request('create', kubectl, 'POST …/services (type: LoadBalancer)', {
    en: 'kubectl creates the nginx Service, type: LoadBalancer, in front of the nginx Pods already running.',
    fr: 'kubectl crée le Service nginx, de type LoadBalancer, devant les Pods nginx déjà lancés.',
  });
  flow.step({
    id: 'allocate',
    from: api.apiserver,
    to: api.apiserver,
    kind: 'internal',
    message: `ClusterIP ${CLUSTER_IP} · NodePort ${NODE_PORT}`,
    caption: {
      en: `The API server allocates its ClusterIP, ${CLUSTER_IP}, and a NodePort, ${NODE_PORT}, from the 30000–32767 range.`,
      fr: `Le serveur d’API lui attribue une ClusterIP, ${CLUSTER_IP}, et un NodePort, ${NODE_PORT}, pris entre 30000 et 32767.`,
    },
  });
  talk.persist(
    'persist-service',
    'PUT /registry/services/specs/default/nginx',
    { en: 'It stores the Service in etcd.', fr: 'Il enregistre le Service dans etcd.' },
  );
  talk.respond('created', kubectl, { en: '201 Created · EXTERNAL-IP <pending>', fr: '201 Created · EXTERNAL-IP <pending>' }, {
    en: 'kubectl gets the Service back; its external IP is still pending: no load balancer exists yet.',
    fr: 'kubectl reçoit le Service ; son IP externe est encore en attente : aucun répartiteur n’existe encore.',
  });
  programRules(flow, talk, workers, draft, `${CLUSTER_IP}, :${NODE_PORT} → Pod IPs`, {
    en: `Each kube-proxy programs its node’s rules: the ClusterIP and port ${NODE_PORT} of every node lead to the ready Pods.`,
    fr: `Chaque kube-proxy programme les règles de son nœud : la ClusterIP et le port ${NODE_PORT} de chaque nœud mènent aux Pods prêts.`,
  });
  talk.watch('watch-service-lb', ccm!, 'Service type=LoadBalancer', {
    en: 'The service controller of the cloud-controller-manager, watching Services, sees a LoadBalancer with no load balancer yet.',
    fr: 'Le contrôleur de services du cloud-controller-manager, qui surveille les Services, en voit un de type LoadBalancer sans répartiteur.',
  });
  flow.step({
    id: 'ensure-lb',
    from: ccm!,
    to: cloud!,
    kind: 'request',
    message: `create load balancer → nodes:${NODE_PORT}`,
    caption: {
      en: `It calls the cloud provider’s API: create a load balancer that targets port ${NODE_PORT} of every node.`,
      fr: `Il appelle l’API du fournisseur cloud : créer un répartiteur de charge qui vise le port ${NODE_PORT} de chaque nœud.`,
    },
  });
  flow.step({
    id: 'provision',
    from: lb,
    to: lb,
    kind: 'event',
    message: { en: `provisioned · ${PUBLIC_IP}`, fr: `créé · ${PUBLIC_IP}` },
    caption: {
      en: `The provider sets up the load balancer, with a public address, ${PUBLIC_IP}, and health checks on the nodes.`,
      fr: `Le fournisseur met en place le répartiteur, avec une adresse publique, ${PUBLIC_IP}, et des contrôles de santé des nœuds.`,
    },
    effects: [{ component: lb, state: 'pending' }],
  });
  flow.step({
    id: 'lb-address',
    from: cloud!,
    to: ccm!,
    kind: 'response',
    message: `ingress: ${PUBLIC_IP}`,
    caption: {
      en: 'The cloud API answers the service controller with the load balancer’s address.',
      fr: 'L’API du cloud répond au contrôleur de services avec l’adresse du répartiteur.',
    },
  });
  talk.request('write-status', ccm!, 'PATCH …/services/nginx/status', {
    en: 'It writes that address into the Service’s status.loadBalancer.ingress, through the API server.',
    fr: 'Il inscrit cette adresse dans status.loadBalancer.ingress du Service, via le serveur d’API.',
  });
  talk.persist(
    'persist-status',
    'PUT /registry/services/specs/default/nginx',
    {
      en: `The API server stores the status: kubectl get service now shows EXTERNAL-IP ${PUBLIC_IP}.`,
      fr: `Le serveur d’API enregistre le statut : kubectl get service affiche l’EXTERNAL-IP ${PUBLIC_IP}.`,
    },
    { effects: [{ component: lb, state: 'running' }] },
  );
  flow.step({
    id: 'send',
    from: client,
    to: lb,
    kind: 'request',
    message: `GET http://${PUBLIC_IP}`,
    caption: {
      en: `A client outside the cluster calls the Service’s public address, ${PUBLIC_IP}: the cloud load balancer.`,
      fr: `Un client hors du cluster appelle l’adresse publique du Service, ${PUBLIC_IP} : le répartiteur de charge du cloud.`,
    },
  });
  flow.step({
    id: 'node-port',
    from: lb,
    to: entryRules,
    kind: 'request',
    message: `→ ${node}:${NODE_PORT}`,
    caption: {
      en: `It sends the packet to a healthy node’s NodePort, ${node}:${NODE_PORT}; no process listens there: kube-proxy’s rules catch it.`,
      fr: `Il envoie le paquet au NodePort d’un nœud sain, ${node}:${NODE_PORT} ; aucun processus n’y écoute : les règles de kube-proxy le captent.`,
    },
  });
  flow.step({
    id: 'dnat',
    from: entryRules,
    to: entryRules,
    kind: 'internal',
    message: `DNAT → ${target.chosenName} · SNAT → ${node}`,
    caption: {
      en: `externalTrafficPolicy: Cluster: the rules pick any ready Pod, ${target.chosenName}, and put ${node} as the source (SNAT).`,
      fr: `Avec externalTrafficPolicy à Cluster, les règles choisissent un Pod prêt, ${target.chosenName}, et mettent ${node} en source (SNAT).`,
    },
  });
  deliver(flow, view, entryRules, target, `→ ${target.chosenName}:80`);
  flow.step({
    id: 'reply',
    from: target.chosen,
    to: entryRules,
    kind: 'response',
    message: '200 OK',
    caption: {
      en: `${target.chosenName} answers ${node}, the source it saw: the reply comes back the way the request went.`,
      fr: `${target.chosenName} répond à ${node}, la source qu’il a vue : la réponse revient par le chemin de la requête.`,
    },
  });
  flow.step({
    id: 'un-nat',
    from: entryRules,
    to: lb,
    kind: 'response',
    message: '200 OK',
    caption: {
      en: `${node}’s connection tracking undoes both rewrites and hands the reply to the load balancer…`,
      fr: `Le suivi des connexions de ${node} défait les deux réécritures et rend la réponse au répartiteur…`,
    },
  });
  flow.step({
    id: 'answer',
    from: lb,
    to: client,
    kind: 'response',
    message: '200 OK',
    caption: {
      en: '…which answers the client from the public address it called.',
      fr: '…qui répond au client depuis l’adresse publique qu’il a appelée.',
    },
  });
  return { adds, replaces, steps: flow.steps };
}

export const loadBalancerService = computedScenario(
  {
    id: 'load-balancer-service',
    title: {
      en: 'A Service of type LoadBalancer: the cloud’s load balancer to a Pod',
      fr: 'Un Service de type LoadBalancer : du répartiteur du cloud à un Pod',
    },
    appliesTo: ['k8s-cluster'],
  },
  plan,
);
