// Generated from assets/icons/containerd.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** containerd: a ribbed shipping container seen from the side. */
export const containerdIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-line" fill="none" x="6" y="9" width="20" height="14" rx="2"/>
  <path class="k8s-icon-line" fill="none" d="M11 12.5 V19.5 M16 12.5 V19.5 M21 12.5 V19.5"/>
`;
