// Generated from assets/icons/c-c-m.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** cloud-controller-manager: a cloud outline with a control loop inside it. */
export const cCMIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M10.5 23 H21.5 A4.5 4.5 0 1 0 21.42 14 A6.5 6.5 0 0 0 8.52 15.52 A4 4 0 0 0 10.5 23 Z"/>
  <path class="k8s-icon-line" fill="none" d="M16 13.75 A3.75 3.75 0 1 1 12.25 17.5"/>
  <polygon class="k8s-icon-fill" points="12.25,15 9.9,18.5 14.6,18.5"/>
`;
