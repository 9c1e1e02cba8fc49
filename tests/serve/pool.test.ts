import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { FairQueue } from '../../src/serve/fair-queue.js';
import { WorkerPool } from '../../src/serve/pool.js';
import type { Job } from '../../src/serve/jobs.js';

/** A job a worker answers at once (a sheet of a file that is no workbook). */
const quick = (tag: string): Job => ({ kind: 'sheet', input: { bytes: new Uint8Array(), fileName: `${tag}.json`, limits: DEFAULT_LIMITS }, sheet: tag });

describe('工作线程的队列：按会话轮流，每个会话和总数都有上限', () => {
  it('一个会话连发的请求不会排在另一个会话的单个请求前面', () => {
    const queue = new FairQueue<string>({ perOwner: 10, maxWaiting: 100 });
    for (const item of ['a1', 'a2', 'a3', 'a4']) queue.push('a', item);
    queue.push('b', 'b1');
    queue.push('c', 'c1');
    const order = Array.from({ length: 6 }, () => queue.shift());
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'a3', 'a4']);
    expect(queue.length).toBe(0);
  });

  it('一个会话进行中和排队的处理超过上限：429；队列满：503；完成后可以再排', () => {
    const queue = new FairQueue<string>({ perOwner: 2, maxWaiting: 3 });
    queue.push('a', 'a1');
    queue.push('a', 'a2');
    expect(() => queue.push('a', 'a3')).toThrow(expect.objectContaining({ status: 429 }));
    queue.shift();
    expect(() => queue.push('a', 'a3')).toThrow(expect.objectContaining({ status: 429 }));
    queue.done('a');
    queue.push('a', 'a3');
    queue.push('b', 'b1');
    expect(() => queue.push('c', 'c1')).toThrow(expect.objectContaining({ status: 503, message: expect.stringMatching(/服务器正忙/) }));
  });

  it('线程池按会话轮流处理，超出每个会话的上限时拒绝（429）', async () => {
    const pool = new WorkerPool(1, {}, { perOwner: 3, maxWaiting: 10 });
    try {
      const finished: string[] = [];
      const run = (owner: string, tag: string) => pool.run(quick(tag), owner).then(() => void finished.push(tag));
      const burst = [run('a', 'a1'), run('a', 'a2'), run('a', 'a3')];
      await expect(pool.run(quick('a4'), 'a')).rejects.toMatchObject({ status: 429, message: expect.stringMatching(/同时进行的处理过多/) });
      const single = run('b', 'b1');
      await Promise.all([...burst, single]);
      expect(finished).toEqual(['a1', 'b1', 'a2', 'a3']);
      await run('a', 'a4');
    } finally {
      await pool.close();
    }
  });
});
