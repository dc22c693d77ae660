// Generated from assets/icons/k-proxy.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** kube-proxy: two opposed arrows, traffic forwarded both ways. */
export const kProxyIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M8 12 H24 M24 20 H8"/>
  <polyline class="k8s-icon-line" fill="none" points="20,8 24,12 20,16"/>
  <polyline class="k8s-icon-line" fill="none" points="12,16 8,20 12,24"/>
`;
