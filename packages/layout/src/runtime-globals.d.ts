// Globals every runtime this package targets has (browsers, workers, Node 17+); the DOM
// library stays out of this package on purpose, so declare only these.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function structuredClone<T>(value: T): T;
