import { clusterModelFromMarkup, messages, type AttributeReader, type Lang, type Model, type Result } from '@k8s-diagrams/core';
import { property } from 'lit/decorators.js';
import { DiagramElement } from '../base/diagram-element.js';
import { ChildrenController } from '../internal/children-controller.js';
import type * as SnapshotChunk from '../snapshot/snapshot-chunk.js';

let snapshotChunk: Promise<typeof SnapshotChunk> | undefined;

/** Reads a child's attribute, or its property once it is upgraded and set from script. */
function childReader(child: Element): AttributeReader {
  return (name) => {
    const prop = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = (child as unknown as Record<string, unknown>)[prop];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return child.getAttribute(name);
  };
}

/**
 * A Kubernetes cluster: kubectl outside, the control plane (or several behind a load
 * balancer), and the worker nodes under it, each with its kubelet, kube-proxy, container
 * runtime, shim, OCI runtime and pods. Up to 10 workers (and 6 pods each) are drawn in
 * full; above that each worker's pods collapse into one box with a count, so 1000 workers
 * stay readable. Workers wrap into rows; zoom with the buttons, `+` `-` `0`, or Ctrl/⌘ and
 * the wheel.
 *
 * Describe it with attributes, or in detail with `<k8s-control-plane>` and
 * `<k8s-worker-node>` children (they override the matching attributes), or with `.model`.
 * Or draw your own cluster: `src` (or `.objects`, or an inline `<script
 * type="application/json">` child) takes what `kubectl get nodes,pods -A -o json` prints,
 * and `audit-src` (or `.auditEvents`) replays an audit log as the figure's scenario.
 *
 * @tagname k8s-cluster
 * @summary The cluster figure: control plane and worker nodes.
 *
 * @slot - `<k8s-control-plane>` and `<k8s-worker-node>` children that configure the cluster (they draw nothing themselves), or a `<script type="application/json">` snapshot.
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
  protected static override modelInputs = ['controlPlanes', 'workers', 'pods', 'etcd', 'runtime', 'ociRuntime', 'cloud', 'addons', 'src', 'objects', 'namespaces', 'auditSrc', 'auditEvents', 'timeScale', 'auditOptions'];

  /**
   * A cluster snapshot to draw instead of the attributes: the URL (relative to the page) of
   * what `kubectl get nodes,pods -A -o json` (or `-o yaml`) printed. Fetch errors are
   * `fetch-failed`, unreadable files `invalid-snapshot`.
   */
  @property() src: string | null = null;

  /** The snapshot as data (a List, NodeList/PodList, an array of them) or as its text (JSON or YAML), instead of `src`. */
  @property({ attribute: false }) objects: unknown = null;

  /** Only the Pods of these namespaces are drawn from a snapshot: `namespaces="default,shop"`. */
  @property() namespaces: string | null = null;

  /**
   * An audit log (audit.k8s.io/v1 Events, one per line as `--audit-log-path` writes them, or
   * an EventList) replayed as the figure's scenario: each request a step, in the log's time.
   */
  @property({ attribute: 'audit-src' }) auditSrc: string | null = null;

  /** The audit log as data (Events, an EventList, or its text), instead of `audit-src`. */
  @property({ attribute: false }) auditEvents: unknown = null;

  /** How many times faster than the log's clock the audit replay runs (default 1; long gaps are cut short anyway). */
  @property({ attribute: 'time-scale' }) timeScale: string | number | null = null;

  /** More audit replay options: `{ noise, redact, minBeatMs, maxGapMs, maxRequests }` (see the README). */
  @property({ attribute: false }) auditOptions: Record<string, unknown> | null = null;

  /**
   * Control-plane nodes, 1–7; above 1 adds a load balancer (the HA figure).
   * @default 1
   */
  @property({ attribute: 'control-planes' }) controlPlanes: number | `${number}` | null = null;

  /**
   * Worker nodes, 0–1000.
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

  /**
   * Cluster add-ons to draw on the workers, separated by commas or spaces: `coredns` (two
   * CoreDNS Pods behind the kube-dns Service, watching the API) and `metrics-server` (a Pod
   * the API servers proxy metrics.k8s.io to, scraping every kubelet). Any other value is an
   * `invalid-attribute` error naming the valid ones. Without it, no add-on is drawn.
   * @default ''
   */
  @property() addons: string | null = null;

  constructor() {
    super();
    new ChildrenController(this, () => this.invalidateModel());
  }

  protected override modelFromMarkup(): Result<Model> | Promise<Result<Model>> {
    // A snapshot or an audit log: read by a chunk fetched only then.
    if (this.src || this.objects || this.auditSrc || this.auditEvents || this.querySelector(':scope>script[type]'))
      return (snapshotChunk ??= import('../snapshot/snapshot-chunk.js')).then((chunk) => chunk.snapshotModel(this as never, () => this.markupModel()));
    return this.markupModel();
  }

  private markupModel(): Result<Model> {
    return clusterModelFromMarkup(
      this.read,
      [...this.children].map((child) => ({ localName: child.localName, read: childReader(child) })),
    );
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
