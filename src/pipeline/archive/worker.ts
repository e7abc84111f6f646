/** A worker thread of the streaming build: runs the tasks it is sent (tasks.ts) and answers with their results. */
import { parentPort, workerData } from 'node:worker_threads';
import { type BuildPlan, type Task, runTask } from './tasks.js';

const { plan, worker } = workerData as { plan: BuildPlan; worker: number };

parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  try {
    parentPort!.postMessage({ id, result: runTask(task, plan, worker) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
