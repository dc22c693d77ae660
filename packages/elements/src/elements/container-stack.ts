import { buildContainerStackModel, messages, resolveHighlight, type Lang, type Model, type Result } from '@k8s-diagrams/core';
import { property } from 'lit/decorators.js';
import { DiagramElement } from '../base/diagram-element.js';

/**
 * The container ecosystem in six bands, top to bottom: clients (kubectl, docker CLI,
 * nerdctl, crictl, podman); the orchestrator (the kubelet); the CRI; the high-level engines
 * behind it (containerd, CRI-O, and Docker Engine's dockerd behind cri-dockerd); the shims
 * (containerd's, conmon, Kata's and gVisor's), which stay the containers' parents; and OCI:
 * the runtime specification with runc, its reference implementation, crun and youki. Every
 * link points down but the engines' own; dockershim is drawn as the removed path it is.
 *
 * `highlight="kubelet>containerd>runc"` emphasises the route through those components.
 *
 * @tagname container-stack
 * @summary The container ecosystem figure.
 *
 * @csspart diagram - The focusable figure (one tab stop; arrow keys move between components).
 * @csspart component - Every drawn component and band (`data-component`, `data-kind`).
 * @csspart group - The bands.
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
 * @cssprop --k8s-removed-edge-color - The removed dockershim path.
 * @cssprop --k8s-accent-color - Focus ring, hover and the highlighted route.
 *
 * @fires {CustomEvent<SelectDetail>} k8s-select - A component was clicked or chosen with Enter: `{ componentId, kind }`.
 * @fires {CustomEvent<ErrorDetail>} k8s-error - The input cannot be drawn, or an attribute was ignored: `{ code, message, path }`.
 */
export class ContainerStack extends DiagramElement {
  protected static override modelInputs = ['highlight'];

  /** Components to emphasise, in order, joined by `>` (ids or kinds): `kubelet>containerd>runc`. */
  @property() highlight: string | null = null;

  protected override modelFromMarkup(): Result<Model> {
    return { ok: true, value: buildContainerStackModel() };
  }

  protected override decorate(model: Model): Result<void> {
    const highlight = resolveHighlight(model, this.highlight);
    if (!highlight.ok) return highlight;
    this.emphasis = highlight.value;
    return { ok: true, value: undefined };
  }

  protected override figureName(_model: Model, lang: Lang): string {
    return messages(lang).figure.containerStack;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'container-stack': ContainerStack;
  }
}
