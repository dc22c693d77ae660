// The ELK layout worker: a module worker that only loads elkjs's worker build, which answers
// `{ id, cmd, graph }` messages. Bundled on its own (elk.worker.js beside the entry module),
// fetched only when a topology has no precomputed layout.
import 'elkjs/lib/elk-worker.min.js';
