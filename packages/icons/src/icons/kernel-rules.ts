// Generated from assets/icons/kernel-rules.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Kernel rules (iptables, nftables): a filter funnel. */
export const kernelRulesIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M7 7.25 H25 L18 15.25 V22.75 L14 24.75 V15.25 Z"/>
`;
