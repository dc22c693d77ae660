// Defines every element of the library: the entry module of the bundle
// (dist/k8s-diagrams.bundle.js) and of `import '@k8s-diagrams/elements/all'`.
import './k8s-cluster.js';
import './k8s-control-plane.js';
import './k8s-worker-node.js';
import './container-stack.js';
import './k8s-icon.js';

export * from './index.js';
