// In-page helpers shared by the benchmark pages (plain JS, served as-is; not counted in
// the bytes rows: only library and Mermaid files are).

/** Long tasks (> 50 ms) on this page's main thread since it loaded. */
export const tasks = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) tasks.push({ startTime: e.startTime, duration: e.duration });
});
observer.observe({ type: 'longtask', buffered: true });

export const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Long tasks that overlap [from, to], once the browser has reported them. */
export async function tasksBetween(from, to) {
  await settle(100);
  for (const e of observer.takeRecords()) tasks.push({ startTime: e.startTime, duration: e.duration });
  return tasks.filter((t) => t.startTime < to && t.startTime + t.duration > from);
}

/** Runs `work` with a time limit, so one stuck render cannot hang the whole run. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const host = () => document.getElementById('host');
