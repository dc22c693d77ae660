// Generated from assets/icons/crun.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** crun: a play button inside a C (the OCI runtime written in C). */
export const crunIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M23.89 10.21 A9 9 0 1 0 23.89 21.79"/>
  <polygon class="k8s-icon-fill" points="14,11.5 22,16 14,20.5"/>
`;
