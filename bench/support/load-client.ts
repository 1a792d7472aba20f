import autocannon from 'autocannon';
import { distinctReportText } from '../../test/support/report-texts.js';
import type { LoadJob, LoadRow } from './http.js';

/**
 * The load generator, forked by `measure` into its own process as a real client would be: run in
 * the server's process, autocannon's own work would share the server's event loop, slowing the
 * server and adding its pauses to every latency it measures.
 */
process.once('message', (job: LoadJob) => {
  void run(job).then((row) => process.send!(row, () => process.disconnect()));
});

async function run({ name, options, reports }: LoadJob): Promise<LoadRow> {
  let n = 0;
  const requests: autocannon.Request[] | undefined = reports && [
    {
      setupRequest: (req) => {
        n += 1;
        const headers = { 'content-type': 'application/json', authorization: `Bearer ${reports.tokens[n % reports.tokens.length]!}` };
        return { ...req, headers, body: JSON.stringify({ text: distinctReportText(n + reports.firstNumber) }) };
      },
    },
  ];
  const result = await autocannon({ ...options, ...(requests && { requests }) });
  return {
    name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    '2xx': result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
