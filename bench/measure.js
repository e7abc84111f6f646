// What the scale bench measures of a build: wall time and peak memory (resident set of the process and its
// children, polled from /proc every 50 ms), with the same method for our build and for Pagefind's.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Resident memory of a process and its descendants, in KB (Linux /proc). */
function treeRss(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** Runs a command to its end: `{ ms, peakMB, out }`; rejects when it fails. */
export function measure(command, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let peak = 0;
    child.stdout.on('data', (d) => (out += d));
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      if (code) reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${out}`));
      else resolve({ ms, peakMB: peak / 1024, out });
    });
  });
}

const gzCache = new Map();
/** Bytes a file costs over the wire: gzip -9, or as it is when it is compressed already (Pagefind's files). */
export function wireBytes(path) {
  if (!gzCache.has(path)) {
    const raw = readFileSync(path);
    gzCache.set(path, Math.min(raw.length, gzipSync(raw, { level: 9 }).length));
  }
  return gzCache.get(path);
}

export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
