export const SPEED_RANGE = { min: 0.25, max: 4 } as const;

/** What an author's `speed` means: a speed to use (clamped into range), or not a number. */
export type SpeedReading = { speed: number; outOfRange: boolean } | { notANumber: true };

/**
 * Reads `speed` as an attribute or property gives it: nothing is 1; a number, or a string
 * holding one, is clamped to 0.25–4.
 */
export function readSpeed(raw: unknown): SpeedReading {
  if (raw === null || raw === undefined || raw === '') return { speed: 1, outOfRange: false };
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : Number.NaN;
  if (Number.isNaN(value)) return { notANumber: true };
  const speed = Math.min(SPEED_RANGE.max, Math.max(SPEED_RANGE.min, value));
  return { speed, outOfRange: speed !== value };
}
