// Generated from assets/icons/cluster.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Cluster: three linked machines, one of them running the control plane. */
export const clusterIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-fill" x="12.5" y="6.5" width="7" height="7" rx="1.5"/>
  <rect class="k8s-icon-line" fill="none" x="6.5" y="18.5" width="7" height="7" rx="1.5"/>
  <rect class="k8s-icon-line" fill="none" x="18.5" y="18.5" width="7" height="7" rx="1.5"/>
  <path class="k8s-icon-line" fill="none" d="M14 13.5 L11 18.5 M18 13.5 L21 18.5 M13.5 22 H18.5"/>
`;
