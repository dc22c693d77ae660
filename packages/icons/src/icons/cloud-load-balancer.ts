// Generated from assets/icons/cloud-load-balancer.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Cloud load balancer: a cloud outline above a public address, fanning out to two ports below. */
export const cloudLoadBalancerIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M11 15 H21 A3.5 3.5 0 1 0 20.3 8.1 A5 5 0 0 0 10.6 9.2 A3 3 0 0 0 11 15 Z"/>
  <circle class="k8s-icon-accent" cx="16" cy="18.5" r="2"/>
  <path class="k8s-icon-line" fill="none" d="M14.6 19.9 L9 25.5 M17.4 19.9 L23 25.5"/>
  <polyline class="k8s-icon-line" fill="none" points="9,22.5 9,25.5 12,25.5"/>
  <polyline class="k8s-icon-line" fill="none" points="20,25.5 23,25.5 23,22.5"/>
`;
