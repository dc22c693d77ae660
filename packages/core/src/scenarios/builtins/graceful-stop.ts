import type { LocalizedText } from '../../text.js';
import type { ApiTalk } from './api-talk.js';
import type { Flow } from './flow.js';
import type { Placement } from './pod-startup.js';

export interface StopOptions {
  /** Prefix for step ids, so a scenario can stop several Pods. */
  prefix?: string;
  /** What the kubelet's watch sees, when the scenario has more to say. */
  watchCaption?: LocalizedText;
}

/**
 * A Pod whose deletionTimestamp is set, stopped by its kubelet (reference §2 S11): the
 * kubelet sees the change through its watch, runs the preStop hook, calls CRI StopContainer
 * with the grace period left (the runtime sends SIGTERM, then SIGKILL when it runs out),
 * then StopPodSandbox, and deletes the Pod with grace 0; only then is the object removed.
 * Follows kubernetes.io "Pod Lifecycle" (termination of Pods) and "Container Lifecycle Hooks".
 */
export function stopGracefully(flow: Flow, api: ApiTalk, stop: Placement, name: string, options: StopOptions = {}): void {
  const p = options.prefix ?? '';
  const { kubelet } = stop.worker;
  const runtime = stop.worker.runtime[0]!;
  api.watch(`${p}watch-deleting`, kubelet, 'MODIFIED Pod (deletionTimestamp)', options.watchCaption ?? {
    en: `The kubelet of ${stop.worker.node} sees ${name} terminating through its watch: 30 s of grace start.`,
    fr: `Le kubelet de ${stop.worker.node} voit par sa surveillance que ${name} doit s’arrêter : 30 s de grâce commencent.`,
  });
  flow.step({
    id: `${p}pre-stop`,
    from: kubelet,
    to: kubelet,
    kind: 'internal',
    message: 'preStop hook',
    caption: {
      en: 'It runs the preStop hook, if the container has one (an exec or an HTTP GET), within the grace period.',
      fr: 'Il exécute le hook preStop, si le conteneur en a un (une commande ou un HTTP GET), dans le délai de grâce.',
    },
  });
  flow.step({
    id: `${p}stop-container`,
    from: kubelet,
    to: runtime,
    kind: 'request',
    message: 'StopContainer (grace 30 s)',
    caption: {
      en: 'Then CRI StopContainer with the grace left: the runtime sends SIGTERM, then SIGKILL if it still runs at the end.',
      fr: 'Puis StopContainer (CRI) avec le reste du délai : le runtime envoie SIGTERM, puis SIGKILL s’il tourne encore à la fin.',
    },
  });
  stopSandboxAndDelete(flow, api, stop, name, p);
}

/**
 * The end of every graceful stop: its containers stopped, the kubelet stops the sandbox,
 * then deletes the Pod with grace 0, and the object leaves etcd (watchers get DELETED).
 */
export function stopSandboxAndDelete(flow: Flow, api: ApiTalk, stop: Placement, name: string, p = ''): void {
  const { kubelet } = stop.worker;
  const runtime = stop.worker.runtime[0]!;
  flow.step({
    id: `${p}stop-sandbox`,
    from: kubelet,
    to: runtime,
    kind: 'request',
    message: 'StopPodSandbox',
    caption: {
      en: 'Its containers stopped, StopPodSandbox stops the pause container and releases the Pod’s network (CNI).',
      fr: 'Ses conteneurs arrêtés, StopPodSandbox arrête le conteneur pause et libère le réseau du Pod (CNI).',
    },
    effects: [{ component: stop.pod, state: 'down' }],
  });
  api.request(`${p}final-delete`, kubelet, `DELETE …/pods/${name} (grace 0)`, {
    en: 'The kubelet deletes the Pod with a grace period of 0: everything on the node is stopped.',
    fr: 'Le kubelet supprime le Pod avec un délai de grâce de 0 : tout est arrêté sur le nœud.',
  });
  api.persist(`${p}persist-final-delete`, 'DELETE /registry/pods/…', {
    en: 'The API server removes the object from etcd: only now do watchers get DELETED.',
    fr: 'Le serveur d’API retire l’objet d’etcd : c’est seulement maintenant que les observateurs reçoivent DELETED.',
  });
}
