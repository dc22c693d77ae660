import type { Kind } from './kinds.js';
import type { LocalizedText } from './text.js';

/** Icon names: the seed page's nine file names, then one per remaining kind. */
export const ICON_NAMES = [
  'control-plane',
  'api',
  'etcd',
  'sched',
  'c-m',
  'c-c-m',
  'node',
  'kubelet',
  'k-proxy',
  'pod',
  'kubectl',
  'load-balancer',
  'cloud',
  'containerd',
  'cri-o',
  'runc',
  'cri-dockerd',
  'dockerd',
  'docker-cli',
  'nerdctl',
  'crictl',
  'podman',
  'cri',
  'oci',
  'shim',
  'crun',
  'youki',
  'kata',
  'gvisor',
  'cni',
  'service',
  'kernel-rules',
  'streaming-server',
  'log-files',
  'coredns',
  'metrics-server',
  'cluster',
  'layer',
  'cloud-load-balancer',
  'client',
] as const;
export type IconName = (typeof ICON_NAMES)[number];

export interface CatalogEntry {
  readonly kind: Kind;
  readonly icon: IconName;
  /** Names of software stay as they are; only descriptive labels are translated. */
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}

const same = (name: string): LocalizedText => ({ en: name, fr: name });

/**
 * Every kind with its icon, label and role, written for this project (facts from the
 * seed page and kubernetes.io; wording our own).
 */
const ENTRIES: Readonly<Record<Kind, readonly [label: string | LocalizedText, en: string, fr: string, icon?: IconName]>> = {
  kubectl: [
    'kubectl',
    'Command-line client: sends your requests to the API server over HTTPS.',
    "Client en ligne de commande : envoie vos requêtes au serveur d’API en HTTPS.",
  ],
  'load-balancer': [
    { en: 'load balancer', fr: 'répartiteur de charge' },
    'Spreads API traffic over the control-plane nodes and stops sending to an API server that fails its health check.',
    "Répartit le trafic de l’API entre les nœuds du plan de contrôle et écarte un serveur d’API qui échoue à son contrôle de santé.",
  ],
  apiserver: [
    'kube-apiserver',
    "The cluster's REST front door: every read and write goes through it, and it is the only component that talks to etcd.",
    "La porte d’entrée REST du cluster : chaque lecture et chaque écriture passent par lui, et lui seul parle à etcd.",
    'api',
  ],
  etcd: [
    'etcd',
    'Consistent key-value store holding all cluster state: configuration and the desired and observed state of every node and Pod. Its members agree on each write through Raft.',
    "Base clés-valeurs cohérente qui garde tout l’état du cluster : la configuration et l’état voulu et observé de chaque nœud et de chaque Pod. Ses membres valident chaque écriture par consensus Raft.",
  ],
  scheduler: [
    'kube-scheduler',
    'Watches for Pods that have no node yet, filters and scores the nodes (resources, taints, affinity), then records its choice as a binding.',
    'Repère les Pods encore sans nœud, filtre et classe les nœuds (ressources, taints, affinités), puis enregistre son choix sous forme de binding.',
    'sched',
  ],
  'controller-manager': [
    'kube-controller-manager',
    'Runs the built-in control loops (nodes, Deployments, ReplicaSets, EndpointSlices, service accounts…); each one moves the actual state towards the desired state.',
    "Fait tourner les boucles de contrôle intégrées (nœuds, Deployments, ReplicaSets, EndpointSlices, comptes de service…) ; chacune rapproche l’état réel de l’état voulu.",
    'c-m',
  ],
  'cloud-controller-manager': [
    'cloud-controller-manager',
    "Connects the cluster to its cloud provider's API (OVH, AWS…): node lifecycle, routes, and load balancers for Services.",
    "Relie le cluster à l’API de son fournisseur cloud (OVH, AWS…) : cycle de vie des nœuds, routes et répartiteurs de charge des Services.",
    'c-c-m',
  ],
  cloud: [
    { en: 'cloud provider API', fr: 'API du fournisseur cloud' },
    'The provider API that the cloud-controller-manager calls to manage machines, routes and load balancers.',
    "L’API du fournisseur que le cloud-controller-manager appelle pour gérer machines, routes et répartiteurs de charge.",
  ],
  kubelet: [
    'kubelet',
    "The node agent: watches the Pods bound to its node, runs them through the CRI, and reports their status and the node's heartbeat.",
    "L’agent du nœud : surveille les Pods affectés à son nœud, les lance via le CRI et rapporte leur état ainsi que les battements de cœur du nœud.",
  ],
  'kube-proxy': [
    'kube-proxy',
    "Watches Services and EndpointSlices and programs the node's iptables or nftables rules, so that Service traffic reaches a ready Pod.",
    "Surveille Services et EndpointSlices et programme les règles iptables ou nftables du nœud pour que le trafic d’un Service atteigne un Pod prêt.",
    'k-proxy',
  ],
  containerd: [
    'containerd',
    'High-level container runtime: its CRI plugin serves the kubelet; it pulls and stores images, has the CNI plugin set up the Pod network, and hands containers to a shim.',
    'Runtime de conteneurs de haut niveau : son plugin CRI répond au kubelet ; il télécharge et stocke les images, fait configurer le réseau du Pod par le plugin CNI et confie les conteneurs à un shim.',
  ],
  'cri-o': [
    'CRI-O',
    "Lightweight runtime made only for Kubernetes' CRI: pulls images and starts containers through conmon and crun (its default OCI runtime since v1.31).",
    'Runtime léger conçu uniquement pour le CRI de Kubernetes : télécharge les images et lance les conteneurs via conmon et crun (son runtime OCI par défaut depuis la v1.31).',
  ],
  'cri-dockerd': [
    'cri-dockerd',
    'External adapter that lets the kubelet drive Docker Engine through the CRI, since dockershim was removed from Kubernetes in 1.24.',
    'Adaptateur externe qui permet au kubelet de piloter Docker Engine via le CRI depuis le retrait de dockershim dans Kubernetes 1.24.',
  ],
  dockerd: [
    'dockerd',
    "Docker Engine's daemon: serves the docker CLI's REST API and delegates containers to containerd.",
    "Le démon de Docker Engine : sert l’API REST de la commande docker et délègue les conteneurs à containerd.",
  ],
  'docker-cli': [
    { en: 'docker CLI', fr: 'CLI docker' },
    'The docker command: talks to dockerd over its Unix socket.',
    'La commande docker : dialogue avec dockerd via son socket Unix.',
  ],
  nerdctl: [
    'nerdctl',
    'Docker-compatible command line that talks to containerd directly, without dockerd.',
    'Ligne de commande compatible avec Docker qui parle directement à containerd, sans dockerd.',
  ],
  crictl: [
    'crictl',
    'Debugging tool for any CRI runtime: it speaks the same gRPC API as the kubelet.',
    'Outil de débogage pour tout runtime CRI : il parle la même API gRPC que le kubelet.',
  ],
  podman: [
    'podman',
    'Container engine without a daemon: each container runs under conmon with crun or runc.',
    'Moteur de conteneurs sans démon : chaque conteneur tourne sous conmon avec crun ou runc.',
  ],
  cri: [
    { en: 'CRI (gRPC API)', fr: 'CRI (API gRPC)' },
    'Container Runtime Interface: the gRPC API, over a Unix socket, between the kubelet and a high-level runtime. An interface, not a runtime.',
    "Container Runtime Interface : l’API gRPC, sur un socket Unix, entre le kubelet et un runtime de haut niveau. Une interface, pas un runtime.",
  ],
  oci: [
    { en: 'OCI specifications', fr: 'spécifications OCI' },
    'Open Container Initiative, under the Linux Foundation: the runtime, image and distribution specifications; runc is the reference runtime.',
    "Open Container Initiative, sous l’égide de la Linux Foundation : les spécifications runtime, image et distribution. runc en est l’implémentation de référence.",
  ],
  shim: [
    'containerd-shim-runc-v2',
    "Starts the OCI runtime, then stays the parent of the containers after it exits: under the CRI, one containerd shim per Pod; with CRI-O and podman, one conmon per container.",
    "Lance le runtime OCI puis reste le parent des conteneurs une fois celui-ci terminé : avec le CRI, un shim containerd par Pod ; avec CRI-O et podman, un conmon par conteneur.",
  ],
  runc: [
    'runc',
    'Reference implementation of the OCI runtime specification, written in Go: creates namespaces and cgroups from a bundle, starts the process, and exits.',
    'Implémentation de référence de la spécification runtime OCI, écrite en Go : crée namespaces et cgroups à partir d’un bundle, démarre le processus, puis se termine.',
  ],
  crun: [
    'crun',
    'OCI runtime written in C, small and fast; the default of CRI-O since v1.31.',
    'Runtime OCI écrit en C, léger et rapide ; celui de CRI-O par défaut depuis la v1.31.',
  ],
  youki: [
    'youki',
    'OCI runtime written in Rust that can stand in for runc.',
    'Runtime OCI écrit en Rust, capable de remplacer runc.',
  ],
  kata: [
    'Kata Containers',
    'Runs each Pod inside a lightweight virtual machine; plugs in as its own shim (containerd-shim-kata-v2), not under the runc shim.',
    'Exécute chaque Pod dans une machine virtuelle légère ; se branche comme son propre shim (containerd-shim-kata-v2), pas sous celui de runc.',
  ],
  gvisor: [
    'gVisor (runsc)',
    "A kernel in user space that intercepts the containers' system calls; plugs in as its own shim (containerd-shim-runsc-v1).",
    'Un noyau en espace utilisateur qui intercepte les appels système des conteneurs ; se branche comme son propre shim (containerd-shim-runsc-v1).',
  ],
  cni: [
    { en: 'CNI plugin', fr: 'plugin CNI' },
    'Container Network Interface plugin: the runtime calls it when a Pod sandbox is created, and it gives the Pod its network interface and IP address.',
    "Plugin Container Network Interface : le runtime l’appelle à la création du sandbox d’un Pod, et il donne au Pod son interface réseau et son adresse IP.",
  ],
  pod: [
    'Pod',
    'The smallest unit Kubernetes runs: a sandbox, whose network the CNI plugin sets up, and containers sharing it and volumes.',
    'La plus petite unité que Kubernetes exécute : un sandbox, dont le plugin CNI configure le réseau, et des conteneurs qui le partagent avec des volumes.',
  ],
  service: [
    'Service',
    'A stable virtual IP address and DNS name in front of a changing set of ready Pods.',
    'Une adresse IP virtuelle et un nom DNS stables devant un ensemble changeant de Pods prêts.',
  ],
  'kernel-rules': [
    { en: 'iptables / nftables rules', fr: 'règles iptables / nftables' },
    "The node's packet rules, written by kube-proxy: they translate a Service IP into one backend Pod's IP. kube-proxy itself is not on the packet's path.",
    "Les règles de paquets du nœud, écrites par kube-proxy : elles traduisent l’IP d’un Service en l’IP d’un Pod. kube-proxy lui-même n’est pas sur le chemin des paquets.",
  ],
  coredns: [
    'CoreDNS',
    'The cluster DNS, Pods behind the kube-dns Service: it watches Services through the API server and answers their names.',
    'Le DNS du cluster, des Pods derrière le Service kube-dns : il surveille les Services via le serveur d’API et répond à leurs noms.',
  ],
  'metrics-server': [
    'metrics-server',
    'A Pod that scrapes the kubelets’ CPU and memory use and serves metrics.k8s.io, proxied by the API server (aggregation layer).',
    'Un Pod qui collecte le CPU et la mémoire des kubelets et sert metrics.k8s.io, relayé par le serveur d’API (couche d’agrégation).',
  ],
  'streaming-server': [
    { en: 'streaming server', fr: 'serveur de streaming' },
    'Served by the container runtime for CRI Exec, Attach and PortForward: the kubelet connects to the URL it returns and relays the stream.',
    'Servi par le runtime de conteneurs pour les appels CRI Exec, Attach et PortForward : le kubelet se connecte à l’URL rendue et relaie le flux.',
  ],
  'log-files': [
    '/var/log/pods',
    'The containers’ log files: the runtime writes each container’s stdout and stderr there, and the kubelet reads them for kubectl logs.',
    'Les fichiers de journaux des conteneurs : le runtime y écrit la sortie standard et d’erreur de chacun, le kubelet les lit pour kubectl logs.',
  ],
  'cloud-load-balancer': [
    { en: 'cloud load balancer', fr: 'répartiteur de charge cloud' },
    'A load balancer the cloud provider runs for a Service of type LoadBalancer: its public address sends traffic to the NodePort of the nodes.',
    "Un répartiteur de charge que le fournisseur cloud fait tourner pour un Service de type LoadBalancer : son adresse publique envoie le trafic au NodePort des nœuds.",
  ],
  client: [
    { en: 'client', fr: 'client' },
    'Someone outside the cluster (a browser, another application) calling one of its public addresses.',
    "Quelqu’un hors du cluster (un navigateur, une autre application) qui appelle l’une de ses adresses publiques.",
  ],
  cluster: [
    { en: 'Kubernetes cluster', fr: 'Cluster Kubernetes' },
    'Machines run as one: a control plane that decides, and worker nodes that run the Pods.',
    'Des machines pilotées comme une seule : un plan de contrôle qui décide et des nœuds workers qui exécutent les Pods.',
  ],
  'control-plane': [
    { en: 'Control plane', fr: 'Plan de contrôle' },
    'Keeps the whole cluster in its desired state: stores it, schedules Pods, replaces lost ones and scales applications.',
    "Maintient tout le cluster dans l’état voulu : le stocke, planifie les Pods, remplace ceux qui sont perdus et met les applications à l’échelle.",
  ],
  node: [
    { en: 'Worker node', fr: 'Nœud worker' },
    'A machine that runs Pods, with a kubelet, a kube-proxy and a container runtime.',
    'Une machine qui exécute des Pods, avec un kubelet, un kube-proxy et un runtime de conteneurs.',
  ],
  layer: [
    { en: 'Layer', fr: 'Couche' },
    'Parts that play the same role.',
    'Des parties qui jouent le même rôle.',
  ],
};

/**
 * The catalog written above as [label (one string: the same in every language), description
 * in English, in French, icon when not named like the kind]: the same entries in fewer bytes
 * of the entry module.
 */
export const CATALOG: Readonly<Record<Kind, CatalogEntry>> = Object.fromEntries(
  Object.entries(ENTRIES).map(([kind, [label, en, fr, icon]]) => [kind, { kind, icon: icon ?? kind, label: typeof label === 'string' ? same(label) : label, description: { en, fr } }]),
) as Record<Kind, CatalogEntry>;

/** Readable names authors may use for `<k8s-icon name>` besides the icon names. */
export const ICON_ALIASES: Readonly<Record<string, IconName>> = {
  apiserver: 'api',
  'kube-apiserver': 'api',
  scheduler: 'sched',
  'kube-scheduler': 'sched',
  'controller-manager': 'c-m',
  'kube-controller-manager': 'c-m',
  'cloud-controller-manager': 'c-c-m',
  'kube-proxy': 'k-proxy',
  worker: 'node',
  'worker-node': 'node',
  lb: 'load-balancer',
  docker: 'docker-cli',
  conmon: 'shim',
  'containerd-shim': 'shim',
  runsc: 'gvisor',
  'kata-containers': 'kata',
  iptables: 'kernel-rules',
  nftables: 'kernel-rules',
};

const iconNames: ReadonlySet<string> = new Set(ICON_NAMES);

/** The icon for an author-given name (an icon name or an alias), or undefined. */
export function resolveIconName(name: string): IconName | undefined {
  const key = name.trim().toLowerCase();
  if (iconNames.has(key)) return key as IconName;
  return ICON_ALIASES[key];
}

/** The kind an icon stands for, so an icon can borrow the kind's label. */
export function kindForIcon(icon: IconName): Kind {
  for (const entry of Object.values(CATALOG)) if (entry.icon === icon) return entry.kind;
  // Every icon belongs to one kind; a test keeps it so.
  throw new Error(`no kind for icon ${icon}`);
}

/** Icon names and aliases closest to a mistyped one (for "did you mean"), nearest first. */
export function suggestIconNames(name: string, count = 3): string[] {
  const key = name.trim().toLowerCase();
  const candidates = [...ICON_NAMES, ...Object.keys(ICON_ALIASES)];
  return candidates
    .map((c) => ({ c, d: c.startsWith(key) ? 0.5 : editDistance(key, c) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(c.length / 3)))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, count)
    .map(({ c }) => c);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
