// Generated from assets/icons/nerdctl.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** nerdctl: a prompt wearing glasses, a nerd's command line. */
export const nerdctlIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <circle class="k8s-icon-line" fill="none" cx="11" cy="11" r="3.25"/>
  <circle class="k8s-icon-line" fill="none" cx="21" cy="11" r="3.25"/>
  <path class="k8s-icon-line" fill="none" d="M14.25 11 Q16 9.5 17.75 11 M7.75 11 H6.5 M24.25 11 H25.5"/>
  <polyline class="k8s-icon-line" fill="none" points="9,17 12.5,20.5 9,24"/>
  <path class="k8s-icon-line" fill="none" d="M15 24 H23"/>
`;
