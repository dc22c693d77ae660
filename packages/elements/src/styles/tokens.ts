import { css } from 'lit';

/**
 * Each theme's faintest text outside the drawing (the step counter, the legend's summary,
 * `--_muted` below): the backdrop must give it 4.5:1, or the frame paints its own surface.
 * Written out in the stylesheet too (a template without values stays small in the bundle).
 */
export const FAINTEST_TEXT = { light: '#4a5772', dark: '#b2bdd3' } as const;

/** Space around the frame's content when it paints its own surface, in px (as `.frame.backed`). */
export const BACKED_PADDING = 12;

/**
 * Every colour and size as a `--k8s-*` custom property with a fallback, resolved once
 * into private `--_*` variables per theme. An author's token wins in both themes; to tune
 * the dark theme alone, set tokens under the page's own dark selector.
 */
export const tokenStyles = css`
  :host {
    display: block;
    position: relative;
    font-family: var(
      --k8s-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      'Liberation Sans',
      'DejaVu Sans',
      sans-serif
    );
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    --_text: var(--k8s-text-color, #1b2437);
    --_muted: var(--k8s-muted-text-color, #4a5772);
    --_bg: var(--k8s-diagram-background, transparent);
    --_surface: var(--k8s-surface-color, #ffffff);
    --_component-bg: var(--k8s-component-background, #ffffff);
    --_component-border: var(--k8s-component-border-color, #a9b7d0);
    --_component-text: var(--k8s-component-text-color, #1b2437);
    --_group-bg-0: var(--k8s-group-background, #f2f6fd);
    --_group-bg-1: var(--k8s-group-nested-background, #e6eefc);
    --_group-bg-2: var(--k8s-group-deep-background, #dbe6fa);
    --_group-border: var(--k8s-group-border-color, #7d9ee0);
    --_group-title: var(--k8s-group-title-color, #183b86);
    --_edge: var(--k8s-edge-color, #55627a);
    --_edge-width: var(--k8s-edge-width, 1.5px);
    --_peer: var(--k8s-peer-edge-color, #b07800);
    --_removed: var(--k8s-removed-edge-color, #b3261e);
    --_accent: var(--k8s-accent-color, #2456c8);
    --_active: var(--k8s-state-active-color, #1b7a3a);
    --_standby: var(--k8s-state-standby-color, #5d6a82);
    --_down: var(--k8s-state-down-color, #b3261e);
    --_pending: var(--k8s-state-pending-color, #8a5a00);
    --_running: var(--k8s-state-running-color, #1b7a3a);
    --_tooltip-bg: var(--k8s-tooltip-background, #14213d);
    --_tooltip-text: var(--k8s-tooltip-text-color, #ffffff);
    --_error: var(--k8s-error-color, #b3261e);
    --_token: var(--k8s-token-color, #e8590c);
    --_button-bg: var(--k8s-button-background, #ffffff);
    --_button-border: var(--k8s-button-border-color, #a9b7d0);
    color: var(--_text);
    background: var(--_bg);
  }
  .frame.dark {
    --_text: var(--k8s-text-color, #e4e9f4);
    --_muted: var(--k8s-muted-text-color, #b2bdd3);
    --_surface: var(--k8s-surface-color, #111827);
    --_component-bg: var(--k8s-component-background, #1a2335);
    --_component-border: var(--k8s-component-border-color, #53627f);
    --_component-text: var(--k8s-component-text-color, #e9eef8);
    --_group-bg-0: var(--k8s-group-background, #131c2e);
    --_group-bg-1: var(--k8s-group-nested-background, #182338);
    --_group-bg-2: var(--k8s-group-deep-background, #1d2a43);
    --_group-border: var(--k8s-group-border-color, #4f6fae);
    --_group-title: var(--k8s-group-title-color, #a9c2ff);
    --_edge: var(--k8s-edge-color, #9aa8c2);
    --_peer: var(--k8s-peer-edge-color, #e0b040);
    --_removed: var(--k8s-removed-edge-color, #ff8a80);
    --_accent: var(--k8s-accent-color, #7ea6ff);
    --_active: var(--k8s-state-active-color, #6fd08c);
    --_standby: var(--k8s-state-standby-color, #a3aec4);
    --_down: var(--k8s-state-down-color, #ff8a80);
    --_pending: var(--k8s-state-pending-color, #ffc857);
    --_running: var(--k8s-state-running-color, #6fd08c);
    --_tooltip-bg: var(--k8s-tooltip-background, #e9eef8);
    --_tooltip-text: var(--k8s-tooltip-text-color, #111827);
    --_error: var(--k8s-error-color, #ff8a80);
    --_token: var(--k8s-token-color, #ff9a4d);
    --_button-bg: var(--k8s-button-background, #1a2335);
    --_button-border: var(--k8s-button-border-color, #53627f);
    --k8s-icon-background: var(--k8s-dark-icon-background, #3d6fe0);
    color-scheme: dark;
  }
  /* On a backdrop the theme's text would not read on (theme="dark" on a white page, a
     mid-grey page): the frame paints the theme's surface behind everything it holds. */
  .frame.backed {
    background: var(--k8s-diagram-background, var(--_surface));
    padding: 12px;
  }
`;
