// Timers exist in every runtime this package targets (browsers, workers, Node); the DOM
// library stays out of this package on purpose, so declare only these two.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;
