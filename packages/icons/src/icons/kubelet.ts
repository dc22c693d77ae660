// Generated from assets/icons/kubelet.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** kubelet: a heartbeat trace, the agent that keeps a node's Pods alive and reports their health. */
export const kubeletIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <polyline class="k8s-icon-line" fill="none" points="6,16 10.5,16 13,10 17.5,22 20,16 22.5,16"/>
  <circle class="k8s-icon-accent" cx="24.5" cy="16" r="1.75"/>
`;
