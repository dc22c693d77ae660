// The snapshot worker: parses large snapshots and audit logs and builds their model or
// scenario off the page's main thread. Bundled on its own (snapshot.worker.js beside the
// entry module), started only for a file too large to read on the page at once.
// It imports the YAML parser itself: a worker is bundled as one file (bundlers such as Vite
// build workers without chunks), so nothing in it may be loaded with import().
import * as YAML from 'yaml';
import { parseKubernetesTextWith } from '@k8s-diagrams/core';
import { runJob, type Job } from './snapshot-work.js';

const parse = (text: string) => parseKubernetesTextWith(text, () => YAML);

addEventListener('message', (event: MessageEvent<{ id: number; job: Job }>) => {
  const { id, job } = event.data;
  void runJob(job, parse).then((result) => postMessage({ id, result }));
});
