/**
 * Peak memory of the page while something runs: the RSS of Chromium's renderer processes (from
 * /proc, so ArrayBuffers and the worker count too) and the page's JS heap (CDP Performance metrics).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const INTERVAL_MS = 100;

/** The renderer processes of the Chromium running on `profile`. */
async function rendererPids(profile: string): Promise<number[]> {
  const { stdout } = await promisify(execFile)('ps', ['-eo', 'pid=,ppid=,args=']);
  const rows = stdout
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }));
  const main = rows.find((r) => r.args.includes(`--user-data-dir=${profile}`) && !r.args.includes('--type='));
  if (!main) return [];
  const family = new Set([main.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows)
      if (family.has(r.ppid) && !family.has(r.pid)) {
        family.add(r.pid);
        grew = true;
      }
  }
  return rows.filter((r) => family.has(r.pid) && r.args.includes('--type=renderer')).map((r) => r.pid);
}

async function rss(pids: number[]): Promise<number> {
  let total = 0;
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status);
    if (kb) total += Number(kb[1]) * 1024;
  }
  return total;
}

/** Peak growth over the values at the start of sampling, in bytes. */
export interface MemoryGrowth {
  rssGrowth: number;
  heapGrowth: number;
}

/**
 * Starts sampling; peakSoFar() gives the peak growth up to now (sampling goes on), stop() the
 * peak growth over the whole run.
 */
export async function sampleMemory(
  profile: string,
  page: Page,
): Promise<{ peakSoFar(): MemoryGrowth; stop(): Promise<MemoryGrowth> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  const pids = await rendererPids(profile);
  const [rssStart, heapStart] = [await rss(pids), await heap()];
  let [rssPeak, heapPeak] = [rssStart, heapStart];
  let running = true;
  const loop = (async () => {
    while (running) {
      rssPeak = Math.max(rssPeak, await rss(await rendererPids(profile)));
      heapPeak = Math.max(heapPeak, await heap().catch(() => 0));
      await new Promise((r) => setTimeout(r, INTERVAL_MS));
    }
  })();
  return {
    peakSoFar: () => ({ rssGrowth: rssPeak - rssStart, heapGrowth: heapPeak - heapStart }),
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return { rssGrowth: rssPeak - rssStart, heapGrowth: heapPeak - heapStart };
    },
  };
}
