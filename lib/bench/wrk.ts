import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type WrkResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number };

const unitToMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function parseDuration(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new Error(`wrk: unexpected latency "${text}"`);
  return Number(match[1]) * (unitToMs[match[2]] ?? Number.NaN);
}

/** Reads the figures we report from wrk's text output (run with --latency). */
export function parseWrkOutput(output: string): WrkResult {
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output)?.[1];
  const p50 = /^\s+50%\s+(\S+)/m.exec(output)?.[1];
  const p99 = /^\s+99%\s+(\S+)/m.exec(output)?.[1];
  if (!rate || !p50 || !p99) throw new Error(`wrk: could not read its report:\n${output}`);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketTotal = socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requestsPerSecond: Number(rate),
    p50Ms: parseDuration(p50),
    p99Ms: parseDuration(p99),
    errors: non2xx + socketTotal,
  };
}

export type WrkOptions = { connections: number; seconds: number; headers?: string[] };

/** Runs wrk against `url`. Without `headers` it sends only Host, so no response is compressed. */
export async function runWrk(url: string, options: WrkOptions): Promise<WrkResult> {
  const threads = String(Math.min(2, options.connections));
  const headerArgs = (options.headers ?? []).flatMap((header) => ['-H', header]);
  const { stdout } = await run(
    'wrk',
    ['-t', threads, '-c', String(options.connections), '-d', `${options.seconds}s`, '--latency', ...headerArgs, url],
    { maxBuffer: 1 << 20 },
  );
  return parseWrkOutput(stdout);
}
