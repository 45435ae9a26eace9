import { describe, expect, it } from 'vitest';
import { parseWrkOutput } from './wrk';

const sample = `Running 20s test @ http://127.0.0.1:3400/en
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.12ms    1.20ms  20.00ms   80.00%
    Req/Sec     3.10k   200.00     3.50k    70.00%
  Latency Distribution
     50%  850.00us
     75%    5.50ms
     90%    6.20ms
     99%    1.20s
  123456 requests in 20.00s, 1.23GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 12
Requests/sec:   6172.80
Transfer/sec:     61.73MB
`;

describe('wrk report parsing', () => {
  it('reads rate, percentiles in any unit, and errors', () => {
    expect(parseWrkOutput(sample)).toEqual({ requestsPerSecond: 6172.8, p50Ms: 0.85, p99Ms: 1200, errors: 15 });
  });

  it('refuses output without a report', () => {
    expect(() => parseWrkOutput('unable to connect to 127.0.0.1:3400 Connection refused')).toThrow(/could not read/);
  });
});
