// Generated from assets/icons/kubectl.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** kubectl: a terminal window with a prompt. */
export const kubectlIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-line" fill="none" x="6" y="7" width="20" height="18" rx="3"/>
  <path class="k8s-icon-line" fill="none" d="M6 11.5 H26"/>
  <polyline class="k8s-icon-line" fill="none" points="10,15 13,18 10,21"/>
  <path class="k8s-icon-line" fill="none" d="M15.5 21 H21"/>
`;
