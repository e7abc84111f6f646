/**
 * Runs the build's tasks on worker threads, one task per worker at a time, in the order given; with no workers,
 * in this thread (tests, tiny archives).
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { CACHE_ROOT, codeVersion } from './code-version.js';
import type { BuildPlan } from './build-plan.js';
import type { Task } from './tasks.js';

/** The workers' entry when there is no bundle: it registers tsx's loader, then loads worker.ts. */
const TSX_ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/**
 * The worker threads' code as one ES module, its packages inside, bundled by esbuild once per version of the
 * pipeline's code: two threads are then ready in 0.15 s, where registering tsx and compiling the pipeline in each
 * thread took 1.1 s (0.5 s with the packages loaded file by file). Without esbuild, tsx's loader (worker-entry.mjs).
 */
function workerScript(): URL | Promise<URL> {
  return (script ??= findOrBundle());
}
let script: URL | Promise<URL> | undefined;

/**
 * Makes the workers' bundle now when this version of the code has none yet: `npm run build` does it while it builds
 * a small archive (in its own thread), so that the first large build starts its workers at once (esbuild takes
 * about 0.25 s, in its own process).
 */
export async function prepareWorkers(): Promise<void> {
  await workerScript();
}

function findOrBundle(): URL | Promise<URL> {
  const dir = join(CACHE_ROOT, 'worker');
  const name = `worker-${codeVersion()}.mjs`;
  const file = join(dir, name);
  // Bundled already: the workers are created at once (the caller goes on while they start).
  if (existsSync(file)) return pathToFileURL(file);
  return bundle(dir, name).catch(() => TSX_ENTRY);
}

async function bundle(dir: string, name: string): Promise<URL> {
  const file = join(dir, name);
  const { build } = await import('esbuild');
  const part = `${file}.${process.pid}.part.mjs`;
  await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    outfile: part,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS packages inside (lunr) require Node's own modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  renameSync(part, file);
  for (const old of readdirSync(dir)) {
    if (old !== name && /^worker-\w+\.mjs$/.test(old)) rmSync(join(dir, old), { force: true });
  }
  return pathToFileURL(file);
}

/** Node options without the ones that load tsx (`--import tsx`, and what the tsx command adds). */
export function withoutTsx(options: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const option = options[i];
    if (/^(?:--import|--require|-r|--loader|--experimental-loader)$/.test(option) && /tsx/.test(options[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (/^--(?:import|require|loader|experimental-loader)=.*tsx/.test(option)) continue;
    out.push(option);
  }
  return out;
}

/** The Node options the workers are started with (null: Node refused even those, so they inherit this process's). */
let workerOptions: string[] | null | undefined;

/**
 * A worker thread running `script`, started with this process's Node options but tsx's (see withoutTsx). Node
 * refuses V8's options in a worker's list (`--max-old-space-size`, `--single-threaded`: they hold for the whole
 * process, its workers included), naming them: they are left out and the worker started again; should that fail
 * too, workers inherit the options as they are (and load tsx's hooks for nothing).
 */
export function startWorker(script: URL, options: WorkerOptions): Worker {
  if (workerOptions === null) return new Worker(script, options);
  workerOptions ??= withoutTsx(process.execArgv);
  try {
    return new Worker(script, { ...options, execArgv: workerOptions });
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    const refused = refusedOptions(err);
    workerOptions = workerOptions.filter((option) => !refused.includes(option));
    try {
      return new Worker(script, { ...options, execArgv: workerOptions });
    } catch {
      workerOptions = null;
      return new Worker(script, options);
    }
  }
}

/** The options a refused worker's error names (`… invalid execArgv flags: --a, --b`). */
function refusedOptions(err: unknown): string[] {
  const named = /flags: (.+)$/.exec(err instanceof Error ? err.message : '')?.[1];
  return named?.split(/,\s*/) ?? [];
}

export interface Pool {
  run<T>(task: Task): Promise<T>;
  close(): Promise<void>;
}

/**
 * The pool for a build. Its workers are created before this returns when their bundle is ready (the caller's own
 * work then overlaps their start, about 0.25 s), else once esbuild has made it.
 */
export function startPool(plan: BuildPlan): Pool {
  if (plan.workers === 0) {
    // The tasks' code (every package the posts need) is loaded in this thread only when it runs them.
    const tasks = import('./tasks.js');
    return {
      run: async (task) => (await tasks).runTask(task, { ...plan, workers: 1 }, 0) as any,
      close: async () => {},
    };
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
  const spawn = (script: URL) =>
    Array.from({ length: plan.workers }, (_, w) => {
      // The bundle needs no loader: a worker would otherwise inherit tsx's from this process's options and load
      // its hooks for nothing (each thread was ready 0.30–0.39 s after it was created, now 0.17–0.21 s). The
      // fallback registers tsx itself.
      const data = { workerData: { plan, worker: w } };
      const worker = script.href === TSX_ENTRY.href ? new Worker(script, data) : startWorker(script, data);
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
      pump();
      return worker;
    });
  const script = workerScript();
  const workers: Promise<Worker[]> | Worker[] = script instanceof URL ? spawn(script) : script.then(spawn);
  return {
    run: (task) =>
      new Promise((resolve, reject) => {
        queue.push({ task, resolve, reject });
        pump();
      }),
    close: async () => {
      await Promise.all((await workers).map((w) => w.terminate()));
    },
  };
}
