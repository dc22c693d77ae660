// The layout package's main entry stays small (presets, the engine, drawing metrics):
// the ELK pipeline is loaded on demand, ELK itself only through the injected factory.
export * from './elk-types.js';
export * from './geometry.js';
export * from './metrics.js';
export * from './box-sizes.js';
export * from './preset-geometry.js';
export * from './engine.js';
export * from './presets.generated.js';
export * from './more-presets.js';
