import { buildWorkerNodeModel, messages, workerSpec, type Lang, type Model, type Result } from '@k8s-diagrams/core';
import { property } from 'lit/decorators.js';
import { DiagramElement } from '../base/diagram-element.js';

/**
 * A worker node: the kubelet with kube-proxy beside it, the container runtime, its shim and
 * OCI runtime under the kubelet, the pods at the bottom, and the link up to the API
 * server of the control plane. `runtime="cri-o"` brings conmon and crun; `oci-runtime`
 * `kata` and `gvisor` are drawn as their own shims.
 *
 * Inside `<k8s-cluster>`, it draws nothing and describes one of the cluster's workers.
 *
 * @tagname k8s-worker-node
 * @summary The worker node figure.
 *
 * @csspart diagram - The focusable figure (one tab stop; arrow keys move between components).
 * @csspart component - Every drawn component and group (`data-component`, `data-kind`).
 * @csspart group - Groups (the node, the control plane above it).
 * @csspart edge - Every link (`data-edge="<from>-><to>"`).
 * @csspart toolbar - The zoom buttons.
 * @csspart tooltip - The description shown on hover and focus.
 * @csspart legend - The collapsible legend.
 * @csspart loading - Shown while a layout takes longer than 300 ms.
 * @csspart error - Why the input cannot be drawn.
 *
 * @cssprop --k8s-font-family - Font of every label.
 * @cssprop --k8s-component-background - Fill of component boxes.
 * @cssprop --k8s-edge-color - Links and arrowheads.
 * @cssprop --k8s-accent-color - Focus ring and hover.
 *
 * @fires {CustomEvent<SelectDetail>} k8s-select - A component was clicked or chosen with Enter: `{ componentId, kind }`.
 * @fires {CustomEvent<ErrorDetail>} k8s-error - The input cannot be drawn, or an attribute was ignored: `{ code, message, path }`.
 */
export class K8sWorkerNode extends DiagramElement {
  protected static override modelInputs = ['name', 'pods', 'runtime', 'ociRuntime'];

  /**
   * The node's name (a lowercase RFC 1123 label).
   * @default 'worker-1'
   */
  @property({ reflect: true }) name: string | null = null;

  /**
   * Pods on the node, 0–50 (above 6 they collapse into one box with a count).
   * @default 2
   */
  @property() pods: number | `${number}` | null = null;

  /**
   * The container runtime: `containerd`, `cri-o` or `cri-dockerd`.
   * @default 'containerd'
   */
  @property() runtime: 'containerd' | 'cri-o' | 'cri-dockerd' | null = null;

  /**
   * The OCI runtime: `runc`, `crun`, `youki`, `kata` or `gvisor`. The default is `runc`, or
   * `crun` with `runtime="cri-o"`.
   * @default 'runc'
   */
  @property({ attribute: 'oci-runtime' }) ociRuntime: 'runc' | 'crun' | 'youki' | 'kata' | 'gvisor' | null = null;

  get configuresCluster(): boolean {
    return this.parentElement?.localName === 'k8s-cluster';
  }

  protected override shouldDraw(): boolean {
    return !this.configuresCluster;
  }

  protected override modelFromMarkup(): Result<Model> {
    const spec = workerSpec(this.read, 'worker-1');
    return spec.ok ? { ok: true, value: buildWorkerNodeModel(spec.value) } : spec;
  }

  protected override figureName(_model: Model, lang: Lang): string {
    return messages(lang).figure.workerNode;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'k8s-worker-node': K8sWorkerNode;
  }
}
