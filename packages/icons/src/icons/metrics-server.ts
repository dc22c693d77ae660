// Generated from assets/icons/metrics-server.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** metrics-server: a gauge over three bars, the resource usage it gathers from the kubelets. */
export const metricsServerIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M8 15 A8 8 0 0 1 24 15"/>
  <path class="k8s-icon-accent-line" fill="none" stroke-linecap="round" d="M16 15 L20.5 9.5"/>
  <circle class="k8s-icon-fill" cx="16" cy="15" r="1.5"/>
  <rect class="k8s-icon-fill" x="9" y="21" width="3" height="4" rx="0.5"/>
  <rect class="k8s-icon-fill" x="14.5" y="19" width="3" height="6" rx="0.5"/>
  <rect class="k8s-icon-accent" x="20" y="17.5" width="3" height="7.5" rx="0.5"/>
`;
