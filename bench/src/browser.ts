// Pages in headless system Chromium, served from 127.0.0.1, and calls into their `window.bench`.
import type { Browser, Page } from 'playwright-core';

export interface Site {
  browser: Browser;
  /** http://127.0.0.1:PORT, serving the repository root. */
  url: string;
}

export const VIEWPORT = { width: 1280, height: 900 };

/** A fresh context and page (nothing shared with earlier pages), loaded and ready. */
export async function openPage(site: Site, path: string, onPage?: (page: Page) => void): Promise<Page> {
  const context = await site.browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  [page error ${path}] ${e.message}`));
  onPage?.(page);
  await page.goto(site.url + path);
  await page.waitForFunction('window.bench && window.bench.ready === true', null, { timeout: 60_000 });
  return page;
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** Calls `window.bench[fn](arg)` in the page; fails after `timeoutMs`. */
export async function call<T>(page: Page, fn: string, arg: unknown, timeoutMs = 300_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench.${fn} took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([page.evaluate(([f, a]) => (window as unknown as Record<string, Record<string, (x: unknown) => T>>).bench![f]!(a), [fn, arg] as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Forces a full garbage collection and returns the page's used JS heap (main thread), in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
