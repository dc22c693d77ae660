// kubectl logs, exec and port-forward (reference §2 S8), the one path from the control plane
// to a node: kubectl asks the API server for a Pod subresource (get on pods/log; create on
// pods/exec and pods/portforward, upgraded to a stream: WebSockets in current kubectl, SPDY
// before); the API server dials the kubelet of the Pod's node on :10250 with its kubelet
// client certificate, and the kubelet authorizes it through the API server (webhook).
// Logs: the kubelet reads the files the runtime wrote under /var/log/pods, no CRI call.
// Exec and port-forward: CRI Exec / PortForward return a URL on the runtime's streaming
// server; the kubelet connects to it and proxies the stream. Follows kubernetes.io:
// "Communication between Nodes and the Control Plane", "Kubelet authentication/authorization",
// "Logging Architecture", "Container Runtime Interface"; containerd's CRI plugin (streaming
// server, exec through the shim over ttRPC); CRI-O runs the OCI runtime's exec itself.
// Adds, only while it plays: the API server → kubelet link, the node's streaming server and
// its log files. On a figure without kubectl (the worker-node figure) the API server's
// authorization of kubectl's request stands for kubectl's part.
import { CATALOG } from '../../catalog.js';
import type { Model } from '../../model.js';
import type { AuthorText, LocalizedText } from '../../text.js';
import type { ModelAdditions, ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, NEED, unmet, withAdditions, type Plan } from './computed.js';
import { freshId, labelOf, viewFigure, type FigureView, type WorkerView } from './figure-view.js';
import { Flow } from './flow.js';
import { runnableWorkers } from './new-pods.js';
import { isOciBinary } from './runtime-hops.js';

interface Place {
  view: FigureView;
  worker: WorkerView;
  pod: string;
  name: string;
  node: string;
  streaming: string;
  logs: string;
  /** From the streaming server down to what starts the exec'd process. */
  down: string[];
  /** From the Pod back up to the streaming server. */
  up: string[];
}

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const worker = runnableWorkers(view).find((w) => w.pods.length > 0 && w.podParent !== undefined && w.runtime.length > 1);
  const misfit = unmet([
    { present: view.primary !== undefined, what: NEED.apiserver },
    { present: worker !== undefined, what: { en: 'a worker node running a Pod', fr: 'un nœud worker qui fait tourner un Pod' } },
  ]);
  if (misfit)
    return {
      ...misfit,
      remedy: {
        'k8s-cluster': { en: 'Set pods="1" or more.', fr: 'Indiquez pods="1" ou plus.' },
        'k8s-worker-node': { en: 'Set pods="1" or more.', fr: 'Indiquez pods="1" ou plus.' },
      },
    };
  const w = worker!;
  const cp = view.primary!;
  const adds: ModelAdditions = { components: [], edges: [] };
  const taken = new Set<string>();
  // A Pod drawn on its own; where the figure shows only a count badge (many workers), one of them.
  let pod = w.pods.find((p) => view.byId.get(p)?.count === undefined);
  if (pod === undefined) {
    pod = freshId(view, `${w.node}.nginx`, taken);
    adds.components.push({ id: pod, kind: 'pod', label: 'nginx', parent: w.node });
    adds.edges.push({ from: w.podParent!, to: pod });
  }
  const streaming = freshId(view, `${w.node}.streaming-server`, taken);
  const logs = freshId(view, `${w.node}.log-files`, taken);
  adds.components.push({ id: streaming, kind: 'streaming-server', parent: w.node }, { id: logs, kind: 'log-files', parent: w.node });
  const server = w.runtime[0]!;
  const serverKind = view.byId.get(server)?.kind;
  // Who writes the log files: CRI-O's conmon, Docker Engine behind cri-dockerd, else the CRI server (containerd).
  const writer = serverKind === 'cri-o' ? w.podParent! : serverKind === 'cri-dockerd' ? w.runtime[1]! : server;
  adds.edges.push(
    // The one call from the control plane to a node, drawn only while the scenario plays.
    { from: cp.apiserver, to: w.kubelet },
    { from: writer, to: logs },
    { from: w.kubelet, to: logs },
    { from: w.kubelet, to: streaming },
    // Port-forward: the streaming server dials the port inside the Pod's network namespace.
    { from: streaming, to: pod },
  );
  const below = w.runtime.slice(1);
  const oci = below.find((id) => isOciBinary(model, id));
  let down: string[];
  let up: string[];
  if (serverKind === 'cri-o' && oci !== undefined) {
    // CRI-O runs the OCI runtime's exec itself and holds the process's stdio.
    adds.edges.push({ from: streaming, to: oci });
    down = [streaming, oci];
    up = [pod, streaming];
  } else {
    adds.edges.push({ from: streaming, to: below[0]! });
    down = [streaming, ...below];
    up = [pod, ...below.slice(0, below.indexOf(w.podParent!) + 1).reverse(), streaming];
  }

  const flow = new Flow(withAdditions(model, adds));
  const api = new ApiTalk(flow, view, cp);
  const at: Place = { view, worker: w, pod, name: view.byId.has(pod) ? labelOf(view, pod) : 'nginx', node: labelOf(view, w.node), streaming, logs, down, up };
  logsPart(flow, api, at, writer);
  execPart(flow, api, at);
  portForwardPart(flow, api, at);
  return { adds, steps: flow.steps };
}

/** kubectl's request reaching the API server, which authorizes it (or that alone, without kubectl). */
function ask(flow: Flow, api: ApiTalk, view: FigureView, id: string, message: AuthorText, caption: LocalizedText, authz: { message: string; caption: LocalizedText }): void {
  if (view.kubectl !== undefined) api.request(id, view.kubectl, message, caption);
  flow.step({ id: `${id}-authz`, from: api.apiserver, to: api.apiserver, kind: 'internal', message: authz.message, caption: authz.caption });
}

/** The API server dials the kubelet on :10250. */
function dial(flow: Flow, api: ApiTalk, at: Place, id: string, message: string, caption: LocalizedText): void {
  flow.step({ id, from: api.apiserver, to: at.worker.kubelet, kind: 'request', message, caption });
}

/** The stream comes back from the kubelet to the API server, then to kubectl. */
function back(flow: Flow, api: ApiTalk, at: Place, id: string, message: AuthorText, caption: LocalizedText, last: LocalizedText): void {
  flow.step({ id: `${id}-to-apiserver`, from: at.worker.kubelet, to: api.apiserver, kind: 'response', message, caption });
  if (at.view.kubectl !== undefined) api.respond(`${id}-to-kubectl`, at.view.kubectl, message, last);
}

function logsPart(flow: Flow, api: ApiTalk, at: Place, writer: string): void {
  const { name, worker } = at;
  flow.step({
    id: 'write-logs',
    from: writer,
    to: at.logs,
    kind: 'request',
    message: 'stdout · stderr',
    caption: {
      en: `kubectl logs. All along, ${nameOf(at.view, writer)} has written each container’s stdout and stderr to a file under /var/log/pods.`,
      fr: `kubectl logs. Depuis le début, ${nameOf(at.view, writer)} écrit la sortie standard et d’erreur de chaque conteneur dans /var/log/pods.`,
    },
  });
  ask(flow, api, at.view, 'logs', `GET pods/${name}/log`, {
    en: `kubectl logs ${name}: kubectl asks the API server for the Pod’s log subresource.`,
    fr: `kubectl logs ${name} : kubectl demande au serveur d’API la sous-ressource log du Pod.`,
  }, {
    message: 'get pods/log: allowed',
    caption: {
      en: `The API server authenticates the user, authorizes get on pods/log (RBAC), and finds the Pod’s node: ${at.node}.`,
      fr: `Le serveur d’API authentifie l’utilisateur, autorise get sur pods/log (RBAC) et trouve le nœud du Pod : ${at.node}.`,
    },
  });
  dial(flow, api, at, 'logs-dial', 'GET :10250/containerLogs/…', {
    en: `The API server dials the kubelet of ${at.node} over HTTPS on port 10250, with its kubelet client certificate: control plane to node.`,
    fr: `Le serveur d’API appelle le kubelet de ${at.node} en HTTPS sur le port 10250, avec son certificat client : du plan de contrôle au nœud.`,
  });
  flow.step({
    id: 'kubelet-authz',
    from: worker.kubelet,
    to: worker.kubelet,
    kind: 'internal',
    message: { en: 'authn · authz (webhook)', fr: 'authn · authz (webhook)' },
    caption: {
      en: 'The kubelet checks the client certificate and has the API server authorize the call (a SubjectAccessReview, the webhook mode).',
      fr: 'Le kubelet vérifie le certificat client et fait autoriser l’appel par le serveur d’API (une SubjectAccessReview, le mode webhook).',
    },
  });
  flow.step({
    id: 'read-logs',
    from: worker.kubelet,
    to: at.logs,
    kind: 'request',
    message: { en: `read ${name}/…/0.log`, fr: `lecture ${name}/…/0.log` },
    caption: {
      en: 'The kubelet reads the container’s log file itself: logs do not go through a CRI call.',
      fr: 'Le kubelet lit lui-même le fichier de journaux du conteneur : les journaux ne passent par aucun appel CRI.',
    },
  });
  flow.step({
    id: 'log-lines',
    from: at.logs,
    to: worker.kubelet,
    kind: 'response',
    message: { en: 'log lines', fr: 'lignes de journal' },
    caption: { en: 'It gets the lines, with their timestamps and stream names.', fr: 'Il obtient les lignes, avec leur horodatage et le nom de leur flux.' },
  });
  back(flow, api, at, 'logs', { en: 'log lines', fr: 'lignes de journal' }, {
    en: 'The kubelet sends them back to the API server, on the connection it opened.',
    fr: 'Le kubelet les renvoie au serveur d’API, sur la connexion que celui-ci a ouverte.',
  }, { en: 'The API server passes them on; kubectl prints them.', fr: 'Le serveur d’API les transmet ; kubectl les affiche.' });
}

function execPart(flow: Flow, api: ApiTalk, at: Place): void {
  const { name, worker, view } = at;
  const server = worker.runtime[0]!;
  ask(flow, api, view, 'exec', `POST pods/${name}/exec`, {
    en: `kubectl exec -it ${name} -- sh: kubectl asks for the exec subresource and upgrades the connection to a stream (WebSocket; SPDY before).`,
    fr: `kubectl exec : kubectl demande la sous-ressource exec de ${name} et passe la connexion en flux (WebSocket ; SPDY auparavant).`,
  }, {
    message: 'create pods/exec: allowed',
    caption: {
      en: 'The API server authorizes create on pods/exec: being able to read a Pod does not let one run commands in it.',
      fr: 'Le serveur d’API autorise create sur pods/exec : pouvoir lire un Pod ne permet pas d’y lancer des commandes.',
    },
  });
  dial(flow, api, at, 'exec-dial', 'POST :10250/exec/… (stream)', {
    en: `The API server opens a stream to the kubelet of ${at.node}, on port 10250.`,
    fr: `Le serveur d’API ouvre un flux vers le kubelet de ${at.node}, sur le port 10250.`,
  });
  streamUrl(flow, view, worker, 'exec', 'Exec');
  flow.step({
    id: 'exec-connect',
    from: worker.kubelet,
    to: at.streaming,
    kind: 'request',
    message: 'GET /exec/<token>',
    caption: {
      en: '…the kubelet connects to it, and will proxy the stream between it and the API server.',
      fr: '…le kubelet s’y connecte, et relaiera le flux entre lui et le serveur d’API.',
    },
  });
  for (let i = 0; i + 1 < at.down.length; i++) {
    const from = at.down[i]!;
    const to = at.down[i + 1]!;
    flow.step({ id: `exec-down-${i + 1}`, from, to, kind: 'request', ...execHop(view, from, to, server, i === 0) });
  }
  flow.step({
    id: 'exec-started',
    from: at.pod,
    to: at.pod,
    kind: 'event',
    message: { en: 'sh running', fr: 'sh lancé' },
    caption: {
      en: `A new process, sh, runs inside the container of ${name}, next to its main process; its stdin, stdout and stderr are the stream.`,
      fr: `Un nouveau processus, sh, tourne dans le conteneur de ${name}, à côté du principal ; ses entrées et sorties sont le flux.`,
    },
    effects: [{ component: at.pod, state: 'active' }],
  });
  for (let i = 0; i + 1 < at.up.length; i++)
    flow.step({
      id: `exec-up-${i + 1}`,
      from: at.up[i]!,
      to: at.up[i + 1]!,
      kind: 'response',
      message: 'stdout · stderr',
      caption: {
        en: 'The output travels back up the stream, and the user’s keystrokes down it, until the shell exits.',
        fr: 'La sortie remonte le flux, et les frappes de l’utilisateur le descendent, jusqu’à la fin du shell.',
      },
    });
  flow.step({
    id: 'exec-relay',
    from: at.streaming,
    to: worker.kubelet,
    kind: 'response',
    message: 'stdout · stderr',
    caption: { en: 'The streaming server hands it to the kubelet…', fr: 'Le serveur de streaming le passe au kubelet…' },
  });
  back(flow, api, at, 'exec', 'stdout · stderr', {
    en: '…which proxies it to the API server on the stream it opened.',
    fr: '…qui le relaie au serveur d’API sur le flux que celui-ci a ouvert.',
  }, { en: 'The API server relays it to kubectl: the user sees the shell’s output.', fr: 'Le serveur d’API le relaie à kubectl : l’utilisateur voit la sortie du shell.' });
}

function portForwardPart(flow: Flow, api: ApiTalk, at: Place): void {
  const { name, worker, view } = at;
  ask(flow, api, view, 'port-forward', `POST pods/${name}/portforward`, {
    en: `kubectl port-forward pod/${name} 8080:80: the same path, on the portforward subresource, upgraded to a stream.`,
    fr: `kubectl port-forward : le même chemin, sur la sous-ressource portforward de ${name}, en flux.`,
  }, {
    message: 'create pods/portforward: allowed',
    caption: { en: 'The API server authorizes create on pods/portforward.', fr: 'Le serveur d’API autorise create sur pods/portforward.' },
  });
  dial(flow, api, at, 'port-forward-dial', 'POST :10250/portForward/…', {
    en: 'It opens a stream to the kubelet, on port 10250 again.',
    fr: 'Il ouvre un flux vers le kubelet, de nouveau sur le port 10250.',
  });
  streamUrl(flow, view, worker, 'port-forward', 'PortForward');
  flow.step({
    id: 'port-forward-connect',
    from: worker.kubelet,
    to: at.streaming,
    kind: 'request',
    message: 'GET /portforward/<token>',
    caption: { en: '…and connects to it.', fr: '…et s’y connecte.' },
  });
  flow.step({
    id: 'port-forward-dial-pod',
    from: at.streaming,
    to: at.pod,
    kind: 'request',
    message: 'connect :80',
    caption: {
      en: `The streaming server connects to port 80 inside the network namespace of ${name}: no Service, no node port.`,
      fr: `Le serveur de streaming se connecte au port 80 dans l’espace de noms réseau de ${name} : ni Service, ni port de nœud.`,
    },
  });
  flow.step({
    id: 'port-forward-bytes',
    from: at.pod,
    to: at.streaming,
    kind: 'response',
    message: 'HTTP 200',
    caption: { en: 'The Pod’s answer travels back the same way…', fr: 'La réponse du Pod revient par le même chemin…' },
  });
  flow.step({
    id: 'port-forward-relay',
    from: at.streaming,
    to: worker.kubelet,
    kind: 'response',
    message: 'HTTP 200',
    caption: { en: '…to the kubelet…', fr: '…jusqu’au kubelet…' },
  });
  back(flow, api, at, 'port-forward', 'HTTP 200', {
    en: '…to the API server…',
    fr: '…puis au serveur d’API…',
  }, {
    en: '…to kubectl, which serves it on localhost:8080.',
    fr: '…puis à kubectl, qui le sert sur localhost:8080.',
  });
}

/** CRI Exec or PortForward, answered with a URL on the runtime's streaming server. */
function streamUrl(flow: Flow, view: FigureView, worker: WorkerView, id: string, call: string): void {
  const server = worker.runtime[0]!;
  flow.step({
    id: `${id}-cri`,
    from: worker.kubelet,
    to: server,
    kind: 'request',
    message: `CRI ${call}`,
    caption: { en: `The kubelet calls ${call} over the CRI…`, fr: `Le kubelet appelle ${call} par le CRI…` },
  });
  flow.step({
    id: `${id}-url`,
    from: server,
    to: worker.kubelet,
    kind: 'response',
    message: { en: 'streaming URL', fr: 'URL de streaming' },
    caption: {
      en: `…${nameOf(view, server)} answers with a URL on its streaming server, which it serves itself…`,
      fr: `…${nameOf(view, server)} répond par une URL de son serveur de streaming, qu’il sert lui-même…`,
    },
  });
}

/** A part's name as drawn: its label, else its kind's (containerd, CRI-O). */
function nameOf(view: FigureView, id: string): string {
  const c = view.byId.get(id);
  return typeof c?.label === 'string' || c?.label !== undefined || c === undefined ? labelOf(view, id) : CATALOG[c.kind].label.en;
}

/** What travels down one hop from the streaming server to what starts the exec'd process. */
function execHop(view: FigureView, from: string, to: string, server: string, fromStreaming: boolean): { message: string; caption: LocalizedText } {
  const kind = (id: string) => view.byId.get(id)?.kind;
  const b = kind(to);
  const serverName = nameOf(view, server);
  if (b === 'dockerd')
    return { message: 'POST /containers/…/exec', caption: { en: 'cri-dockerd has Docker Engine create an exec.', fr: 'cri-dockerd fait créer un exec par Docker Engine.' } };
  if (b === 'containerd')
    return { message: 'gRPC Exec', caption: { en: 'dockerd has containerd run it.', fr: 'dockerd le fait exécuter par containerd.' } };
  if (b === 'shim' || b === 'kata' || b === 'gvisor')
    return {
      message: 'ttRPC Exec',
      caption: {
        en: `${kind(from) === 'containerd' ? 'containerd' : serverName} has the Pod’s shim start a new process in the container, over ttRPC.`,
        fr: `${kind(from) === 'containerd' ? 'containerd' : serverName} fait lancer par le shim du Pod un nouveau processus dans le conteneur, en ttRPC.`,
      },
    };
  const who = fromStreaming ? serverName : 'The shim';
  const qui = fromStreaming ? serverName : 'Le shim';
  return {
    message: `${b} exec`,
    caption: {
      en: `${who} runs ${b} exec: ${b} joins the container’s namespaces and cgroups, starts sh and exits.`,
      fr: `${qui} lance ${b} exec : ${b} rejoint les namespaces et cgroups du conteneur, lance sh puis s’arrête.`,
    },
  };
}

export const kubectlExec = computedScenario(
  {
    id: 'kubectl-exec',
    title: { en: 'kubectl logs, exec and port-forward: the API server dials a kubelet', fr: 'kubectl logs, exec et port-forward : le serveur d’API appelle un kubelet' },
    appliesTo: ['k8s-cluster', 'k8s-worker-node'],
  },
  plan,
);
