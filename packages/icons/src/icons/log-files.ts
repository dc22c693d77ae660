// Generated from assets/icons/log-files.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Log files: a page with a folded corner, written line after line. */
export const logFilesIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" stroke-linejoin="round" d="M9 6.5 H19 L24 11.5 V25.5 H9 Z M19 6.5 V11.5 H24"/>
  <path class="k8s-icon-accent-line" fill="none" stroke-linecap="round" d="M12.5 15.5 H20.5 M12.5 19 H20.5 M12.5 22.5 H17"/>
`;
