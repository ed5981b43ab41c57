/**
 * At most `limit` tasks at once, the rest queued in order. Graph allows 4 concurrent requests per app per
 * mailbox, so every HTTP request NextStep makes goes through one of these.
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  /** Highest number of tasks seen running together (for tests and the bench). */
  peak = 0;

  constructor(readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
    this.peak = Math.max(this.peak, this.active);
    try {
      return await task();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
}
