// Generated from assets/icons/coredns.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** CoreDNS: a signpost whose name board points to one address (a name resolved to an IP). */
export const corednsIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M11 25.5 V6.5"/>
  <path class="k8s-icon-line" fill="none" stroke-linejoin="round" d="M11 8.5 H21.5 L25 12 L21.5 15.5 H11"/>
  <path class="k8s-icon-line" fill="none" d="M7 25.5 H15"/>
  <circle class="k8s-icon-accent" cx="21" cy="22" r="2.5"/>
  <path class="k8s-icon-accent-line" fill="none" stroke-linecap="round" d="M14.5 12 H19"/>
`;
