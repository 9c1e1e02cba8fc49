import { Refused } from './errors.js';

/** How many jobs one session may have running or waiting, and how many may wait in all. */
export interface QueueLimits {
  perOwner: number;
  maxWaiting: number;
}

/**
 * At most 4 jobs of one session at once (the page runs 2 at a time: a multi-file upload, “全部生成”, with room for a
 * click), at most 64 waiting in all.
 */
export const DEFAULT_QUEUE_LIMITS: QueueLimits = { perOwner: 4, maxWaiting: 64 };

/**
 * Jobs waiting for a worker, taken in turn by owner (a session): the owner with the fewest jobs running first, then
 * the one served longest ago, so one session's burst waits behind another's single job instead of before it. Too
 * many of one owner's is refused (429), a full queue too (503).
 */
export class FairQueue<T> {
  /** Each owner's waiting jobs, oldest first; the Map's order is the turn order. */
  private readonly waiting = new Map<string, T[]>();
  /** Each owner's jobs running or waiting. */
  private readonly held = new Map<string, number>();
  /** When each owner with jobs under way was last served (a counter). */
  private readonly served = new Map<string, number>();
  private tick = 0;
  private count = 0;

  constructor(private readonly limits: QueueLimits = DEFAULT_QUEUE_LIMITS) {}

  /** Jobs waiting. */
  get length(): number {
    return this.count;
  }

  /** Queues an owner's job, or refuses it when the owner has too many under way or the queue is full. */
  push(owner: string, item: T): void {
    const held = this.held.get(owner) ?? 0;
    if (held >= this.limits.perOwner) throw new Refused(429, `同时进行的处理过多（每个浏览器最多 ${this.limits.perOwner} 项）：请等当前的处理完成后再试`);
    if (this.count >= this.limits.maxWaiting) throw new Refused(503, '服务器正忙（等待处理的请求已满）：请稍后再试');
    this.held.set(owner, held + 1);
    const list = this.waiting.get(owner);
    if (list) list.push(item);
    else this.waiting.set(owner, [item]);
    this.count++;
  }

  /** The next job: the oldest of the owner with the fewest jobs running, among equals the one served longest ago. */
  shift(): T | undefined {
    let chosen: { owner: string; list: T[]; running: number; served: number } | undefined;
    for (const [owner, list] of this.waiting) {
      const running = (this.held.get(owner) ?? 0) - list.length;
      const served = this.served.get(owner) ?? 0;
      if (!chosen || running < chosen.running || (running === chosen.running && served < chosen.served)) chosen = { owner, list, running, served };
    }
    if (!chosen) return undefined;
    const item = chosen.list.shift();
    if (chosen.list.length === 0) this.waiting.delete(chosen.owner);
    this.served.set(chosen.owner, ++this.tick);
    this.count--;
    return item;
  }

  /** One of the owner's jobs has finished (done, failed or dropped): it may queue another. */
  done(owner: string): void {
    const held = (this.held.get(owner) ?? 1) - 1;
    if (held > 0) this.held.set(owner, held);
    else {
      this.held.delete(owner);
      this.served.delete(owner);
    }
  }

  /** Removes and returns every waiting job. */
  drain(): T[] {
    const all = [...this.waiting.values()].flat();
    this.waiting.clear();
    this.count = 0;
    this.served.clear();
    return all;
  }
}
