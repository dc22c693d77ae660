// Generated from assets/icons/client.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Client outside the cluster: a laptop whose screen shows a globe. */
export const clientIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-line" fill="none" x="8" y="8" width="16" height="11" rx="1.5"/>
  <path class="k8s-icon-line" fill="none" d="M5.5 23.5 H26.5 L24 19 H8 Z"/>
  <circle class="k8s-icon-line" fill="none" cx="16" cy="13.5" r="3"/>
  <path class="k8s-icon-line" fill="none" d="M13 13.5 H19 M16 10.5 C14.6 12.3 14.6 14.7 16 16.5 C17.4 14.7 17.4 12.3 16 10.5"/>
`;
