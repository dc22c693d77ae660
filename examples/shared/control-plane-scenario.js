// The scenario of the seed page's control-plane figure (`<k8s-control-plane cloud="OVH">`),
// as a Scenario object (ARCHITECTURE.md §2), in English and French. The built-in scenarios need a
// whole cluster (kubectl, workers) or three control-plane nodes; this one stays inside one
// control plane and shows each of its five components at work, in the order of the table
// under the figure: the API server in front, etcd behind it, the controllers and the
// scheduler watching, the cloud-controller-manager calling the provider.
// Facts: reference/kubernetes-flows.md §2 S1 (steps 2–7) and S6 (Service type LoadBalancer);
// kubernetes.io "Components", "Cluster Architecture", "Cloud Controller Manager".
//
// Set it as a property (a Scenario object cannot be an attribute):
//   document.querySelector('#control-plane').scenario = controlPlaneScenario;

/** @type {import('@k8s-diagrams/core').Scenario} */
export const controlPlaneScenario = {
  id: 'control-plane-at-work',
  title: { en: 'The control plane at work', fr: 'Le plan de contrôle au travail' },
  appliesTo: ['k8s-control-plane'],
  steps: [
    {
      id: 'admit',
      from: 'apiserver',
      to: 'apiserver',
      kind: 'internal',
      message: 'POST …/deployments',
      caption: {
        en: 'A Deployment arrives at the API server (from kubectl or another client). It authenticates the caller, authorizes it (RBAC), runs mutating admission, validates the schema, then runs validating admission.',
        fr: 'Un Deployment arrive au serveur d’API (envoyé par kubectl ou un autre client). Il authentifie l’appelant, l’autorise (RBAC), passe l’admission mutante, valide le schéma, puis l’admission validante.',
      },
    },
    {
      id: 'store-deployment',
      from: 'apiserver',
      to: 'etcd',
      kind: 'request',
      message: 'PUT /registry/deployments/…',
      caption: {
        en: 'It writes the Deployment to etcd, the cluster’s key/value store. The API server is the only component that talks to etcd.',
        fr: 'Il écrit le Deployment dans etcd, la base clé/valeur du cluster. Le serveur d’API est le seul composant qui parle à etcd.',
      },
    },
    {
      id: 'watch-deployments',
      from: 'apiserver',
      to: 'controller-manager',
      kind: 'watch',
      message: 'watch Deployments',
      caption: {
        en: 'Nobody gives orders to kube-controller-manager: its controllers watch the API. The Deployment controller sees the new Deployment.',
        fr: 'Personne ne donne d’ordre à kube-controller-manager : ses contrôleurs surveillent l’API. Le contrôleur Deployment voit le nouveau Deployment.',
      },
    },
    {
      id: 'create-pods',
      from: 'controller-manager',
      to: 'apiserver',
      kind: 'request',
      message: 'POST …/replicasets, …/pods',
      caption: {
        en: 'It creates a ReplicaSet; the ReplicaSet controller then creates the 3 Pods it asks for, with no node chosen yet.',
        fr: 'Il crée un ReplicaSet ; le contrôleur ReplicaSet crée à son tour les 3 Pods demandés, sans nœud choisi.',
      },
    },
    {
      id: 'store-pods',
      from: 'apiserver',
      to: 'etcd',
      kind: 'request',
      message: 'PUT /registry/pods/…',
      caption: {
        en: 'The Pods are stored in etcd, Pending: the desired state now says “3 Pods”, the actual state has none running.',
        fr: 'Les Pods sont enregistrés dans etcd, Pending : l’état souhaité dit « 3 Pods », l’état réel n’en compte aucun en marche.',
      },
    },
    {
      id: 'watch-unscheduled',
      from: 'apiserver',
      to: 'scheduler',
      kind: 'watch',
      message: 'watch Pods (no node)',
      caption: {
        en: 'kube-scheduler watches the Pods that have no node. It sees the 3 new ones.',
        fr: 'kube-scheduler surveille les Pods qui n’ont pas de nœud. Il voit les 3 nouveaux.',
      },
    },
    {
      id: 'choose-nodes',
      from: 'scheduler',
      to: 'scheduler',
      kind: 'internal',
      message: { en: 'filter · score', fr: 'filtrer · noter' },
      caption: {
        en: 'For each Pod it filters out the nodes that cannot take it (its requests against allocatable minus what is already requested, taints, affinity rules), then scores those that passed and keeps the best.',
        fr: 'Pour chaque Pod, il écarte les nœuds qui ne peuvent pas l’accueillir (ses demandes face à l’allouable moins le déjà demandé, taints, règles d’affinité), puis note ceux retenus et garde le meilleur.',
      },
    },
    {
      id: 'bind',
      from: 'scheduler',
      to: 'apiserver',
      kind: 'request',
      message: 'POST …/pods/…/binding',
      caption: {
        en: 'It records each choice with a Binding. The scheduler places Pods; it never starts them.',
        fr: 'Il inscrit chaque choix par un Binding. Le scheduler place les Pods ; il ne les lance jamais.',
      },
    },
    {
      id: 'store-binding',
      from: 'apiserver',
      to: 'etcd',
      kind: 'request',
      message: 'spec.nodeName',
      caption: {
        en: 'The node of each Pod is stored in etcd. The kubelet of that node will see it and start the containers (see the worker node below).',
        fr: 'Le nœud de chaque Pod est enregistré dans etcd. Le kubelet de ce nœud le verra et lancera les conteneurs (voir le nœud worker plus bas).',
      },
    },
    {
      id: 'watch-services',
      from: 'apiserver',
      to: 'cloud-controller-manager',
      kind: 'watch',
      message: 'watch Services',
      caption: {
        en: 'A Service of type LoadBalancer was created the same way. The service controller of the cloud-controller-manager sees it.',
        fr: 'Un Service de type LoadBalancer a été créé de la même façon. Le contrôleur de services du cloud-controller-manager le voit.',
      },
    },
    {
      id: 'ask-cloud',
      from: 'cloud-controller-manager',
      to: 'cloud',
      kind: 'request',
      message: { en: 'create LB', fr: 'créer un LB' },
      caption: {
        en: 'It asks the cloud provider’s API (OVH, AWS…) for a load balancer in front of the nodes. It is the only component that knows the provider.',
        fr: 'Il demande à l’API du fournisseur de cloud (OVH, AWS…) un répartiteur de charge devant les nœuds. C’est le seul composant qui connaît le fournisseur.',
      },
    },
    {
      id: 'report-address',
      from: 'cloud-controller-manager',
      to: 'apiserver',
      kind: 'request',
      message: 'PATCH …/services/…/status',
      caption: {
        en: 'It writes the load balancer’s external address into the Service’s status, through the API server like everyone else.',
        fr: 'Il inscrit l’adresse externe du répartiteur dans le statut du Service, en passant par le serveur d’API comme tous les autres.',
      },
    },
    {
      id: 'store-status',
      from: 'apiserver',
      to: 'etcd',
      kind: 'request',
      message: 'PUT /registry/services/…',
      caption: {
        en: 'Stored in etcd, like every other piece of the cluster’s state: etcd is the cluster’s memory.',
        fr: 'Enregistré dans etcd, comme tout l’état du cluster : etcd est la mémoire du cluster.',
      },
    },
  ],
};
