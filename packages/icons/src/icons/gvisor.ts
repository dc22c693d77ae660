// Generated from assets/icons/gvisor.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** gVisor: a container behind a shield, a kernel in user space guarding the host. */
export const gvisorIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M16 6.5 L24.5 9.5 V15.5 C24.5 20.5 20.8 24 16 25.5 C11.2 24 7.5 20.5 7.5 15.5 V9.5 Z"/>
  <rect class="k8s-icon-fill" x="12.5" y="12" width="7" height="7" rx="1"/>
`;
