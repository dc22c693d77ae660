// Generated from assets/icons/client.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Client outside the cluster: a laptop showing a page. */
export const clientIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-line" fill="none" x="8" y="8" width="16" height="11" rx="1.5"/>
  <path class="k8s-icon-line" fill="none" d="M5.5 23.5 H26.5 L24 19 H8 Z"/>
  <path class="k8s-icon-line" fill="none" d="M11.5 12 H20.5 M11.5 15 H17"/>
`;
