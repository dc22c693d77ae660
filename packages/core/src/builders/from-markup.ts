import { diagramError, fail, inChild, ok, quote, type DiagramError, type Result } from '../errors.js';
import type { Model } from '../model.js';
import { buildClusterModel, type WorkerSpec } from './cluster.js';
import { clusterOptions, controlPlaneOptions, workerSpec, type AttributeReader } from './from-attributes.js';

/**
 * A child element as the cluster reads it: its tag and its attributes. The element passes
 * its live children; the renderer in Node passes parsed HTML, so both draw the same model.
 */
export interface MarkupChild {
  localName: string;
  read: AttributeReader;
}

/** How an error names a child: by its `name`, else its position. */
function childName(child: MarkupChild, position: number): string {
  const name = child.read('name');
  return name ? `<${child.localName} name="${name}">` : `<${child.localName}> #${position}`;
}

/**
 * `<k8s-cluster>` attributes and its `<k8s-control-plane>` / `<k8s-worker-node>` children →
 * the cluster model, or every error (children override the matching attributes).
 */
export function clusterModelFromMarkup(read: AttributeReader, children: readonly MarkupChild[]): Result<Model> {
  const base = clusterOptions(read);
  if (!base.ok) return base;
  const options = { ...base.value };
  const errors: DiagramError[] = [];

  const planes = children.filter((c) => c.localName === 'k8s-control-plane');
  if (planes.length > 1)
    errors.push(
      diagramError('invalid-child', 'k8s-control-plane', {
        en: `A cluster takes one <k8s-control-plane> child (use replicas="3" for three nodes); found ${planes.length}.`,
        fr: `Un cluster accepte un seul enfant <k8s-control-plane> (replicas="3" pour trois nœuds) ; ${planes.length} trouvés.`,
      }),
    );
  const plane = planes[0];
  if (plane) {
    const parsed = controlPlaneOptions(plane.read, { etcd: options.etcd, cloud: undefined });
    if (!parsed.ok) errors.push(...parsed.errors.map((e) => inChild(e, childName(plane, 1))));
    else {
      options.controlPlanes = parsed.value.replicas;
      options.etcd = parsed.value.etcd;
      if (parsed.value.staticPods) options.staticPods = true;
      // Without its own `cloud`, the control plane follows the cluster's.
      if (plane.read('cloud') !== null) {
        if (parsed.value.cloud === undefined) delete options.cloud;
        else options.cloud = parsed.value.cloud;
      }
    }
  }

  const nodes = children.filter((c) => c.localName === 'k8s-worker-node');
  if (nodes.length > 0) {
    const template = options.workers[0] ?? clusterWorkerTemplate(read);
    const workers: WorkerSpec[] = [];
    const names = new Set<string>();
    nodes.forEach((node, i) => {
      const spec = workerSpec(node.read, `worker-${i + 1}`, template);
      if (!spec.ok) return errors.push(...spec.errors.map((e) => inChild(e, childName(node, i + 1))));
      if (names.has(spec.value.name))
        return errors.push(
          inChild(
            diagramError('invalid-attribute', 'name', {
              en: `two worker nodes are named ${quote(spec.value.name)}; names must be unique.`,
              fr: `deux nœuds workers s'appellent ${quote(spec.value.name)} ; les noms doivent être uniques.`,
            }),
            childName(node, i + 1),
          ),
        );
      names.add(spec.value.name);
      workers.push(spec.value);
    });
    options.workers = workers;
  }
  if (options.addons?.length && options.workers.length === 0)
    errors.push(
      diagramError('invalid-attribute', 'addons', {
        en: `addons="${options.addons.join(',')}" runs Pods on worker nodes, and this cluster has none; set workers to 1 or more.`,
        fr: `addons="${options.addons.join(',')}" exécute des Pods sur les nœuds workers, et ce cluster n'en a aucun ; indiquez workers à 1 ou plus.`,
      }),
    );
  if (errors.length) return fail(...errors);
  return ok(buildClusterModel(options));
}

/** The worker the cluster's own attributes describe (used when `workers="0"`). */
function clusterWorkerTemplate(read: AttributeReader): WorkerSpec {
  const spec = workerSpec((n) => (n === 'name' ? null : read(n)), 'worker-1');
  return spec.ok ? spec.value : { name: 'worker-1', pods: 2, runtime: 'containerd', ociRuntime: 'runc' };
}
