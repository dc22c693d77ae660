// Generated from assets/icons/sched.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** kube-scheduler: a map pin, the place chosen for a Pod. */
export const schedIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M16 25.5 C13 22.3 9 18.1 9 13.5 A7 7 0 0 1 23 13.5 C23 18.1 19 22.3 16 25.5 Z"/>
  <circle class="k8s-icon-accent" cx="16" cy="13.5" r="2.5"/>
`;
