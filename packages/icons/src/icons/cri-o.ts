// Generated from assets/icons/cri-o.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** CRI-O: a crate drawn as a cube, its lid in the accent colour. */
export const criOIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <polygon class="k8s-icon-accent" points="16,6.5 24.5,11.25 16,16 7.5,11.25"/>
  <polygon class="k8s-icon-line" fill="none" points="16,6.5 24.5,11.25 24.5,20.75 16,25.5 7.5,20.75 7.5,11.25"/>
  <polyline class="k8s-icon-line" fill="none" points="7.5,11.25 16,16 24.5,11.25"/>
  <path class="k8s-icon-line" fill="none" d="M16 16 V25.5"/>
`;
