import '@k8s-diagrams/elements/k8s-cluster.js';
import type { K8sCluster } from '@k8s-diagrams/elements';

const figure = document.querySelector<K8sCluster>('#figure')!;
figure.addEventListener('k8s-error', (e) => console.error(`${e.detail.code}: ${e.detail.message}`));
