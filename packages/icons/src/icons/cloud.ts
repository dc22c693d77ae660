// Generated from assets/icons/cloud.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Cloud provider API: a solid cloud. */
export const cloudIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-fill" d="M10.5 23 H21.5 A4.5 4.5 0 1 0 21.42 14 A6.5 6.5 0 0 0 8.52 15.52 A4 4 0 0 0 10.5 23 Z"/>
`;
