// Generated from assets/icons/cri.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** CRI: a jigsaw piece, the interface any container runtime can fit into. */
export const criIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M6.5 12 H11.25 A3.25 3.25 0 1 1 15.75 12 H20.5 V16.75 A3.25 3.25 0 1 1 20.5 21.25 V26 H6.5 Z"/>
`;
