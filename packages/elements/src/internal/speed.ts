/** The playback speeds `speed` accepts; others clamp to these. */
export const SPEED_RANGE = { min: 0.25, max: 4 } as const;

/** A `speed` out of range (then clamped) or not a number (the speed `kept`), as written. */
export interface SpeedProblem {
  text: string;
  kept: number;
}
