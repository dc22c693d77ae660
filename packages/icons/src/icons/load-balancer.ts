// Generated from assets/icons/load-balancer.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Load balancer: one stream entering at the top, spread over three arrows. */
export const loadBalancerIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <circle class="k8s-icon-accent" cx="16" cy="9.5" r="2.5"/>
  <path class="k8s-icon-line" fill="none" d="M16 12 V25 M8 25 V16 H24 V25"/>
  <polyline class="k8s-icon-line" fill="none" points="6,23 8,25 10,23"/>
  <polyline class="k8s-icon-line" fill="none" points="14,23 16,25 18,23"/>
  <polyline class="k8s-icon-line" fill="none" points="22,23 24,25 26,23"/>
`;
