// The snapshot worker: parses large snapshots and audit logs and builds their model or
// scenario off the page's main thread. Bundled on its own (snapshot.worker.js beside the
// entry module), started only for a file too large to read on the page at once.
import { runJob, type Job } from './snapshot-work.js';

addEventListener('message', (event: MessageEvent<{ id: number; job: Job }>) => {
  const { id, job } = event.data;
  void runJob(job).then((result) => postMessage({ id, result }));
});
