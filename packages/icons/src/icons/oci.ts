// Generated from assets/icons/oci.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** OCI: a specification sheet with a seal of conformance. */
export const ociIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M9 6.5 H18.5 L23 11 V25.5 H9 Z M18.5 6.5 V11 H23 M12 15 H20 M12 19 H15.5"/>
  <circle class="k8s-icon-accent" cx="20" cy="21.5" r="2.5"/>
`;
