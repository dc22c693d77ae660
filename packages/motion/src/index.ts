export type { Box, MotionStep, Player, PlayerOptions, PlayerState } from './types.js';
export { createPlayer, clampSpeed, MIN_SPEED, MAX_SPEED, DEFAULT_BEAT_DURATION, STEP_MOTION_LIMIT } from './player.js';
export { pathForStep, loopAround, borderToward, LOOP_MARGIN } from './path.js';
export { motionSteps } from './motion-steps.js';
export { labelPlace } from './tokens.js';
