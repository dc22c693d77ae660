import { buildControlPlaneModel, controlPlaneOptions, messages, type Lang, type Model, type Result } from '@k8s-diagrams/core';
import { property } from 'lit/decorators.js';
import { DiagramElement } from '../base/diagram-element.js';

/**
 * The control plane of a Kubernetes cluster: kube-apiserver with etcd beside it, the
 * scheduler, the controller manager and the cloud-controller-manager with the provider's
 * API outside the node. `replicas="3"` draws the highly available figure: a load balancer
 * over three control-plane nodes, each scheduler and controller manager either leader or
 * standby, etcd stacked in each node or as an external cluster.
 *
 * Inside `<k8s-cluster>`, it draws nothing and configures the cluster's control plane.
 *
 * @tagname k8s-control-plane
 * @summary The control plane (and high availability) figure.
 *
 * @csspart diagram - The focusable figure (one tab stop; arrow keys move between components).
 * @csspart component - Every drawn component and group (`data-component`, `data-kind`).
 * @csspart group - Groups (control-plane nodes, the external etcd cluster).
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
 * @cssprop --k8s-component-text-color - Component labels.
 * @cssprop --k8s-group-background - Fill of outer groups.
 * @cssprop --k8s-group-nested-background - Fill of groups inside groups.
 * @cssprop --k8s-group-border-color - Border of groups.
 * @cssprop --k8s-group-title-color - Group titles.
 * @cssprop --k8s-edge-color - Links and arrowheads.
 * @cssprop --k8s-edge-width - Link thickness.
 * @cssprop --k8s-peer-edge-color - Raft links between etcd members.
 * @cssprop --k8s-accent-color - Focus ring and hover.
 * @cssprop --k8s-state-active-color - Leader badge.
 * @cssprop --k8s-state-standby-color - Standby badge.
 * @cssprop --k8s-state-down-color - Failed components.
 * @cssprop --k8s-tooltip-background - Description bubble.
 * @cssprop --k8s-icon-background - Icon tiles.
 * @cssprop --k8s-icon-color - Icon glyphs.
 *
 * @fires {CustomEvent<SelectDetail>} k8s-select - A component was clicked or chosen with Enter: `{ componentId, kind }`.
 * @fires {CustomEvent<ErrorDetail>} k8s-error - The input cannot be drawn, or an attribute was ignored: `{ code, message, path }`.
 */
export class K8sControlPlane extends DiagramElement {
  protected static override modelInputs = ['replicas', 'etcd', 'cloud', 'staticPods'];

  /**
   * Control-plane nodes, 1–7; above 1 draws the highly available figure.
   * @default 1
   */
  @property() replicas: number | `${number}` | null = null;

  /**
   * `stacked` (etcd in each control-plane node) or `external` (its own cluster).
   * @default 'stacked'
   */
  @property() etcd: 'stacked' | 'external' | null = null;

  /** Cloud provider shown by the cloud-controller-manager (`OVH`, `AWS`…); `none` removes both. */
  @property() cloud: string | null = null;

  /**
   * Draws each control-plane node's kubelet, which runs the API server, etcd, the scheduler
   * and the controller manager as static Pods (as kubeadm sets them up) and reports to the
   * API like any kubelet. A boolean attribute: present means on. Inside `<k8s-cluster>` it
   * applies to the cluster's control plane.
   * @default false
   */
  @property({ type: Boolean, attribute: 'static-pods', reflect: true }) staticPods = false;

  /** True when this element only configures an enclosing `<k8s-cluster>`. */
  get configuresCluster(): boolean {
    return this.parentElement?.localName === 'k8s-cluster';
  }

  protected override modelFromMarkup(): Result<Model> {
    const options = controlPlaneOptions(this.read);
    return options.ok ? { ok: true, value: buildControlPlaneModel(options.value) } : options;
  }

  protected override figureName(model: Model, lang: Lang): string {
    const ha = model.components.some((c) => c.kind === 'load-balancer');
    return ha ? messages(lang).figure.highAvailability : messages(lang).figure.controlPlane;
  }

  protected override shouldDraw(): boolean {
    return !this.configuresCluster;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'k8s-control-plane': K8sControlPlane;
  }
}
