// Generated from assets/icons/c-m.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** kube-controller-manager: two arrows chasing each other round a state dot, a control loop. */
export const cMIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M8 16 A8 8 0 0 1 21.66 10.34 M24 16 A8 8 0 0 1 10.34 21.66"/>
  <polyline class="k8s-icon-line" fill="none" points="17.66,10.34 21.66,10.34 21.66,6.34"/>
  <polyline class="k8s-icon-line" fill="none" points="14.34,21.66 10.34,21.66 10.34,25.66"/>
  <circle class="k8s-icon-accent" cx="16" cy="16" r="2.5"/>
`;
