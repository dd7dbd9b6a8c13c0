const autocannon = require('autocannon');
const q = process.argv[2];
const run = (d) => new Promise((res) => autocannon({ url: 'http://127.0.0.1:4600/graphql', connections: 50, duration: d, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) }, (e, r) => res(r)));
(async () => { await run(3); const r = await run(Number(process.argv[3] || 10)); console.log('p50', r.latency.p50, 'p99', r.latency.p99, 'rps', r.requests.average, 'non2xx', r.non2xx, 'errors', r.errors); })();
