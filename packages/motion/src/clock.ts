import { timeout, type Timer } from 'd3-timer';

/**
 * The clock of one beat, in beat time (milliseconds at speed 1): d3-timer fires `onEnd`
 * when the beat is over. While halted it holds no timer at all, so a paused or suspended
 * player asks for no frames.
 */
export class BeatClock {
  private timer: Timer | undefined;
  private startedAt = 0;
  private rate = 1;
  /** Beat time that had passed when the clock last started. */
  private before = 0;

  constructor(
    /** The beat's length; set it between beats (each beat may last its own time). */
    public length: number,
    private readonly onEnd: () => void,
  ) {}

  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Beat time elapsed so far. */
  get elapsed(): number {
    if (!this.timer) return this.before;
    return Math.min(this.length, this.before + (performance.now() - this.startedAt) * this.rate);
  }

  /** Runs (or keeps running) at `rate` times speed 1. */
  run(rate: number): void {
    this.halt();
    this.rate = rate;
    this.startedAt = performance.now();
    this.timer = timeout(() => {
      this.timer = undefined;
      this.before = this.length;
      this.onEnd();
    }, Math.max(0, (this.length - this.before) / rate));
  }

  halt(): void {
    if (!this.timer) return;
    this.before = this.elapsed;
    this.timer.stop();
    this.timer = undefined;
  }

  /** Moves a halted clock to `time` beat-milliseconds into the beat. */
  seek(time: number): void {
    if (!this.timer) this.before = Math.min(this.length, Math.max(0, time));
  }

  /** Halts and goes back to the start of a beat. */
  rewind(): void {
    this.halt();
    this.before = 0;
  }
}
