// Generated from assets/icons/control-plane.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Control plane: three mixing-desk sliders, one set apart by the accent colour. */
export const controlPlaneIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M10 7.5 V24.5 M16 7.5 V24.5 M22 7.5 V24.5"/>
  <circle class="k8s-icon-fill" cx="10" cy="19" r="3"/>
  <circle class="k8s-icon-accent" cx="16" cy="12" r="3"/>
  <circle class="k8s-icon-fill" cx="22" cy="16.5" r="3"/>
`;
