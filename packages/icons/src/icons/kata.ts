// Generated from assets/icons/kata.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Kata Containers: a container on a screen, running in its own lightweight virtual machine. */
export const kataIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-line" fill="none" x="6" y="7" width="20" height="14" rx="2.5"/>
  <path class="k8s-icon-line" fill="none" d="M16 21 V25 M11.5 25 H20.5"/>
  <rect class="k8s-icon-fill" x="12.5" y="10.5" width="7" height="7" rx="1"/>
`;
