// Generated from assets/icons/podman.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** podman: a prompt inside a pod. */
export const podmanIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-line" fill="none" x="6" y="10" width="20" height="12" rx="6"/>
  <polyline class="k8s-icon-line" fill="none" points="11,13 14,16 11,19"/>
  <path class="k8s-icon-line" fill="none" d="M16.5 19 H21"/>
`;
