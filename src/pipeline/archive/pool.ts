/**
 * Runs the build's tasks on worker threads, one task per worker at a time, in the order given; with no workers,
 * in this thread (tests, tiny archives).
 */
import { Worker } from 'node:worker_threads';
import { type BuildPlan, type Task, runTask } from './tasks.js';

export interface Pool {
  run<T>(task: Task): Promise<T>;
  close(): Promise<void>;
}

export function startPool(plan: BuildPlan): Pool {
  if (plan.workers === 0) {
    return { run: async (task) => runTask(task, { ...plan, workers: 1 }, 0) as any, close: async () => {} };
  }
  const idle: Worker[] = [];
  const queue: { task: Task; resolve: (v: any) => void; reject: (e: Error) => void }[] = [];
  const pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void; worker: Worker }>();
  let next = 0;
  const pump = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const { task, resolve, reject } = queue.shift()!;
      const id = next++;
      pending.set(id, { resolve, reject, worker });
      worker.postMessage({ id, task });
    }
  };
  const workers = Array.from({ length: plan.workers }, (_, w) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { plan, worker: w } });
    worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const job = pending.get(id)!;
      pending.delete(id);
      idle.push(worker);
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(result);
      pump();
    });
    worker.on('error', (err) => {
      for (const [id, job] of pending) {
        if (job.worker !== worker) continue;
        pending.delete(id);
        job.reject(err);
      }
    });
    idle.push(worker);
    return worker;
  });
  return {
    run: (task) =>
      new Promise((resolve, reject) => {
        queue.push({ task, resolve, reject });
        pump();
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
