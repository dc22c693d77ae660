import { css } from 'lit';

/**
 * Colours for the icon classes. Add to the `static styles` of any component that renders icons
 * (icons carry no colours of their own). Theme them with custom properties:
 * `--k8s-icon-background`, `--k8s-icon-color` and `--k8s-icon-accent`.
 */
export const iconStyles = css`
  .k8s-icon-bg {
    fill: var(--k8s-icon-background, #326ce5);
  }
  .k8s-icon-line {
    fill: none;
    stroke: var(--k8s-icon-color, #ffffff);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .k8s-icon-fill {
    fill: var(--k8s-icon-color, #ffffff);
  }
  .k8s-icon-accent {
    fill: var(--k8s-icon-accent, #9fd0ff);
  }
  .k8s-icon-accent-line {
    fill: none;
    stroke: var(--k8s-icon-accent, #9fd0ff);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .k8s-icon-text {
    fill: var(--k8s-icon-color, #ffffff);
    font: 700 9px system-ui, sans-serif;
  }
  @media (forced-colors: active) {
    .k8s-icon-bg {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .k8s-icon-line,
    .k8s-icon-accent-line {
      stroke: CanvasText;
    }
    .k8s-icon-fill,
    .k8s-icon-accent,
    .k8s-icon-text {
      fill: CanvasText;
    }
  }
`;
