import {
  buildClusterModel,
  clusterOptions,
  controlPlaneOptions,
  diagramError,
  fail,
  inChild,
  messages,
  ok,
  quote,
  workerSpec,
  type AttributeReader,
  type DiagramError,
  type Lang,
  type Model,
  type Result,
  type WorkerSpec,
} from '@k8s-diagrams/core';
import { property } from 'lit/decorators.js';
import { DiagramElement } from '../base/diagram-element.js';
import { ChildrenController } from '../internal/children-controller.js';

/** Reads a child's attribute, or its property once it is upgraded and set from script. */
function childReader(child: Element): AttributeReader {
  return (name) => {
    const prop = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = (child as unknown as Record<string, unknown>)[prop];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return child.getAttribute(name);
  };
}

/** How an error names a child: by its `name`, else its position. */
function childName(child: Element, position: number): string {
  const name = child.getAttribute('name');
  return name ? `<${child.localName} name="${name}">` : `<${child.localName}> #${position}`;
}

/**
 * A Kubernetes cluster: kubectl outside, the control plane (or several behind a load
 * balancer), and the worker nodes under it, each with its kubelet, kube-proxy, container
 * runtime, shim, OCI runtime and pods. Up to 10 workers (and 6 pods each) are drawn in
 * full; above that each worker's pods collapse into one box with a count, so 500 workers
 * stay readable. Workers wrap into rows; zoom with the buttons, `+` `-` `0`, or Ctrl/⌘ and
 * the wheel.
 *
 * Describe it with attributes, or in detail with `<k8s-control-plane>` and
 * `<k8s-worker-node>` children (they override the matching attributes), or with `.model`.
 *
 * @tagname k8s-cluster
 * @summary The cluster figure: control plane and worker nodes.
 *
 * @slot - `<k8s-control-plane>` and `<k8s-worker-node>` children that configure the cluster (they draw nothing themselves).
 *
 * @csspart diagram - The focusable figure (one tab stop; arrow keys move between components).
 * @csspart component - Every drawn component and group (`data-component`, `data-kind`).
 * @csspart group - Groups (the cluster, control-plane and worker nodes).
 * @csspart edge - Every link (`data-edge="<from>-><to>"`).
 * @csspart toolbar - The zoom buttons.
 * @csspart tooltip - The description shown on hover and focus.
 * @csspart legend - The collapsible legend.
 * @csspart loading - Shown while a layout takes longer than 300 ms.
 * @csspart error - Why the input cannot be drawn.
 *
 * @cssprop --k8s-font-family - Font of every label.
 * @cssprop --k8s-component-background - Fill of component boxes.
 * @cssprop --k8s-component-border-color - Border of component boxes.
 * @cssprop --k8s-group-background - Fill of outer groups.
 * @cssprop --k8s-group-nested-background - Fill of groups inside groups.
 * @cssprop --k8s-edge-color - Links and arrowheads.
 * @cssprop --k8s-accent-color - Focus ring and hover.
 *
 * @fires {CustomEvent<SelectDetail>} k8s-select - A component was clicked or chosen with Enter: `{ componentId, kind }`.
 * @fires {CustomEvent<ErrorDetail>} k8s-error - The input cannot be drawn, or an attribute was ignored: `{ code, message, path }`.
 */
export class K8sCluster extends DiagramElement {
  protected static override modelInputs = ['controlPlanes', 'workers', 'pods', 'etcd', 'runtime', 'ociRuntime', 'cloud'];

  /**
   * Control-plane nodes, 1–7; above 1 adds a load balancer (the HA figure).
   * @default 1
   */
  @property({ attribute: 'control-planes' }) controlPlanes: number | `${number}` | null = null;

  /**
   * Worker nodes, 0–500.
   * @default 2
   */
  @property() workers: number | `${number}` | null = null;

  /**
   * Pods per worker, 0–50.
   * @default 2
   */
  @property() pods: number | `${number}` | null = null;

  /**
   * `stacked` (etcd in each control-plane node) or `external` (its own cluster).
   * @default 'stacked'
   */
  @property() etcd: 'stacked' | 'external' | null = null;

  /**
   * The container runtime of every worker: `containerd`, `cri-o` or `cri-dockerd`.
   * @default 'containerd'
   */
  @property() runtime: 'containerd' | 'cri-o' | 'cri-dockerd' | null = null;

  /**
   * The OCI runtime: `runc`, `crun`, `youki`, `kata` or `gvisor`. The default is `runc`, or
   * `crun` with `runtime="cri-o"`.
   * @default 'runc'
   */
  @property({ attribute: 'oci-runtime' }) ociRuntime: 'runc' | 'crun' | 'youki' | 'kata' | 'gvisor' | null = null;

  /** A cloud provider name adds the cloud-controller-manager and the provider's API. */
  @property() cloud: string | null = null;

  constructor() {
    super();
    new ChildrenController(this, () => this.invalidateModel());
  }

  protected override modelFromMarkup(): Result<Model> {
    const base = clusterOptions(this.read);
    if (!base.ok) return base;
    const options = { ...base.value };
    const errors: DiagramError[] = [];

    const planes = [...this.children].filter((c) => c.localName === 'k8s-control-plane');
    if (planes.length > 1)
      errors.push(
        diagramError('invalid-child', 'k8s-control-plane', {
          en: `A cluster takes one <k8s-control-plane> child (use replicas="3" for three nodes); found ${planes.length}.`,
          fr: `Un cluster accepte un seul enfant <k8s-control-plane> (replicas="3" pour trois nœuds) ; ${planes.length} trouvés.`,
        }),
      );
    const plane = planes[0];
    if (plane) {
      const read = childReader(plane);
      const parsed = controlPlaneOptions(read, { etcd: options.etcd, cloud: undefined });
      if (!parsed.ok) errors.push(...parsed.errors.map((e) => inChild(e, childName(plane, 1))));
      else {
        options.controlPlanes = parsed.value.replicas;
        options.etcd = parsed.value.etcd;
        // Without its own `cloud`, the control plane follows the cluster's.
        if (read('cloud') !== null) {
          if (parsed.value.cloud === undefined) delete options.cloud;
          else options.cloud = parsed.value.cloud;
        }
      }
    }

    const nodes = [...this.children].filter((c) => c.localName === 'k8s-worker-node');
    if (nodes.length > 0) {
      const template = options.workers[0] ?? this.workerTemplate();
      const workers: WorkerSpec[] = [];
      const names = new Set<string>();
      nodes.forEach((node, i) => {
        const spec = workerSpec(childReader(node), `worker-${i + 1}`, template);
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
    if (errors.length) return fail(...errors);
    return ok(buildClusterModel(options));
  }

  /** The worker the cluster's own attributes describe (used when `workers="0"`). */
  private workerTemplate(): WorkerSpec {
    const spec = workerSpec((n) => (n === 'name' ? null : this.read(n)), 'worker-1');
    return spec.ok ? spec.value : { name: 'worker-1', pods: 2, runtime: 'containerd', ociRuntime: 'runc' };
  }

  protected override figureName(_model: Model, lang: Lang): string {
    return messages(lang).figure.cluster;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'k8s-cluster': K8sCluster;
  }
}
