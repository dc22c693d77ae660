import { CATALOG, ICON_SIZE, iconRequest, kindForIcon, localize, type DiagramError, type IconName } from '@k8s-diagrams/core';
import { iconStyles } from '@k8s-diagrams/icons';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { fire, type ErrorDetail } from '../internal/events.js';
import { LanguageController } from '../internal/language-controller.js';
import { warnOnce } from '../internal/warn.js';
import { iconsReady, iconTemplate } from '../render/icons.js';
// The typed events (HTMLElementEventMap), generated from the manifest by `pnpm build`.
import '../types.generated.js';

export { ICON_SIZE };

/**
 * One Kubernetes icon with an accessible name: the seed page's `<KubernetesIcon>` as a web
 * component. `name` takes the seed's icon names (`api`, `etcd`, `sched`, `c-m`, `c-c-m`,
 * `node`, `kubelet`, `k-proxy`, `control-plane`) or a readable alias (`kube-apiserver`,
 * `scheduler`…). The host has `role="img"`; its name is `label`, else the catalog's label
 * in the page's language.
 *
 * @tagname k8s-icon
 * @summary A single icon from the library's original set.
 *
 * @csspart icon - The SVG.
 * @csspart error - Shown instead of the icon when `name` or `size` is not valid.
 *
 * @cssprop --k8s-icon-background - Tile colour.
 * @cssprop --k8s-icon-color - Glyph colour.
 * @cssprop --k8s-icon-accent - Accent colour of some glyphs.
 *
 * @attr {string} lang - Language of the default accessible name: its primary subtag (`fr-FR` is French); default: the nearest ancestor's `lang`, then `<html lang>`, then English.
 *
 * @fires {CustomEvent<ErrorDetail>} k8s-error - `name` or `size` is not valid: `{ code, message, path }`.
 */
export class K8sIcon extends LitElement {
  static override styles = [
    iconStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        line-height: 0;
      }
      :host([hidden]) {
        display: none;
      }
      svg {
        display: block;
      }
      .error {
        display: inline-block;
        max-width: 16em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        vertical-align: middle;
        line-height: 1.3;
        font: 12px system-ui, sans-serif;
        color: var(--k8s-error-color, #b3261e);
        border: 1px dashed currentColor;
        border-radius: 4px;
        padding: 2px 4px;
      }
    `,
  ];

  /**
   * The icon: one of the seed page's names (`api`, `etcd`, `sched`, `c-m`, `c-c-m`, `node`,
   * `kubelet`, `k-proxy`, `control-plane`), another kind's icon, or a readable alias
   * (`kube-apiserver`, `scheduler`…). Case and surrounding spaces do not matter.
   */
  @property({ reflect: true }) name:
    | 'control-plane' | 'api' | 'etcd' | 'sched' | 'c-m' | 'c-c-m' | 'node' | 'kubelet' | 'k-proxy'
    | 'pod' | 'kubectl' | 'load-balancer' | 'cloud' | 'containerd' | 'cri-o' | 'runc'
    | 'cri-dockerd' | 'dockerd' | 'docker-cli' | 'nerdctl' | 'crictl' | 'podman' | 'cri' | 'oci'
    | 'shim' | 'crun' | 'youki' | 'kata' | 'gvisor' | 'cni' | 'service' | 'kernel-rules'
    | 'streaming-server' | 'log-files' | 'coredns' | 'metrics-server' | 'cluster' | 'layer' | 'cloud-load-balancer' | 'client'
    | 'apiserver' | 'kube-apiserver' | 'scheduler' | 'kube-scheduler' | 'controller-manager'
    | 'kube-controller-manager' | 'cloud-controller-manager' | 'kube-proxy' | 'worker'
    | 'worker-node' | 'lb' | 'docker' | 'conmon' | 'containerd-shim' | 'runsc' | 'kata-containers'
    | 'iptables' | 'nftables'
    | null = null;

  /** Accessible name; defaults to the label of what the icon stands for. */
  @property() label: string | null = null;

  /**
   * Size in px, 8–512.
   * @default 24
   */
  @property() size: number | `${number}` | null = null;

  private readonly language = new LanguageController(this);
  private error?: DiagramError;
  private icon?: IconName;
  private pixels: number = ICON_SIZE.default;
  private ownsAriaLabel = false;
  /** The fetch of a lazy icon (`render/icons.ts`) this one waits for, drawn once it is in. */
  private iconLoad: Promise<void> | undefined;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.language.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'img');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('name') && !changed.has('size') && !changed.has('label') && this.hasUpdated) {
      this.updateName();
      return;
    }
    const request = iconRequest(this.name, this.size === null ? null : String(this.size));
    this.icon = request.icon;
    this.pixels = request.pixels;
    this.iconLoad = request.icon ? iconsReady([request.icon])?.then(() => this.requestUpdate()) : undefined;
    const error = request.errors[0];
    const changedError = error?.message.en !== this.error?.message.en;
    this.error = error;
    if (error && changedError) {
      warnOnce(this, `<k8s-icon> ${error.message.en}`);
      fire<ErrorDetail>(this, 'k8s-error', { code: error.code, message: error.message[this.language.lang], path: error.path });
    }
    this.updateName();
  }

  /** Keeps the host's accessible name in step with `label`, the icon and the language. */
  private updateName(): void {
    const authored = this.hasAttribute('aria-label') && !this.ownsAriaLabel;
    if (authored) return;
    const lang = this.language.lang;
    const name = this.label?.trim() || (this.icon ? localize(CATALOG[kindForIcon(this.icon)].label, lang) : this.error ? this.error.message[lang] : '');
    this.setAttribute('aria-label', name);
    this.ownsAriaLabel = true;
  }

  /** Settles once the icon is drawn, a lazy one included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.iconLoad) return done;
    await this.iconLoad;
    return super.getUpdateComplete();
  }

  protected override render() {
    if (this.error || !this.icon) {
      // Compact, since icons sit in sentences and table cells: the full message is in the
      // tooltip, the accessible name, the console and the k8s-error event.
      const message = this.error?.message[this.language.lang] ?? '';
      const culprit = this.error?.path === 'size' ? `size="${String(this.size)}"` : `name="${this.name ?? ''}"`;
      return html`<span class="error" part="error" title=${message}>⚠ ${culprit}</span>`;
    }
    const px = this.pixels;
    return html`<svg part="icon" width=${px} height=${px} viewBox="0 0 32 32" aria-hidden="true" focusable="false">${iconTemplate(this.icon)}</svg>${nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'k8s-icon': K8sIcon;
  }
}
