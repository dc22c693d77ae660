// Generated from assets/icons/cni.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** CNI: a network plug. */
export const cniIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M13 6.5 V10.5 M19 6.5 V10.5 M16 20 V25.5"/>
  <path class="k8s-icon-line" fill="none" d="M10 10.5 H22 V14 A6 6 0 0 1 10 14 Z"/>
`;
