// The ELK pipeline for Node, tests and scripts: pure builders and the two-pass cluster layout.
export * from './pipeline.js';
export * from './ranks.js';
export * from './model-index.js';
export * from './to-elk.js';
export * from './from-elk.js';
export * from './peers.js';
export * from './sibling-order.js';
export * from './cluster-layout.js';
export * from './presets.js';
