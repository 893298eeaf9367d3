// A bounded load test of lisan-serve: C clients, each with one keep-alive
// connection, send requests back to back for S seconds (a mix of searches,
// facet/timeline counts and document views over a fixed query list), then
// print throughput, latency percentiles and errors (any status but 200, or
// a failed connection). Usage: node serve_load.mjs URL CLIENTS SECONDS
import http from 'node:http';

const [base, clientsArg = '8', secondsArg = '20'] = process.argv.slice(2);
if (!base) { console.error('usage: node serve_load.mjs URL [CLIENTS] [SECONDS]'); process.exit(2); }
const clients = Number(clientsArg), seconds = Number(secondsArg);
const queries = ['storm', 'الأسرى', '"No wall is higher than the dawn"', 'captiv*', 'dawn relief', '#FreeTheCaptives',
  'kürt', 'geinteresseerd', 'hunger strike', 'Tal Sefra'];
const paths = [];
for (const q of queries) {
  const e = encodeURIComponent(q);
  paths.push(`/api/search?q=${e}`, `/api/search?q=${e}&facets=lang,source,channel,author,hashtag&timeline=month`,
    `/api/search?q=${e}&filter=lang%3Aar&sort=-date&page=2`, `/api/timeline?q=${e}&timeline=day`);
}
paths.push('/api/doc/tg%3Adawnrelief%3A101', '/api/storm', '/api/top?field=hashtag', '/');

const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const latencies = [];
let errors = 0, done = 0;
const end = Date.now() + seconds * 1000;

function once(path) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const req = http.get(base.replace(/\/$/, '') + path, { agent }, (res) => {
      res.resume();
      res.on('end', () => {
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (res.statusCode !== 200) ++errors;
        resolve();
      });
    });
    req.on('error', () => { ++errors; resolve(); });
  });
}

async function client(n) {
  for (let i = n; Date.now() < end; i += clients) {
    await once(paths[i % paths.length]);
    ++done;
  }
}

const t0 = Date.now();
await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
const elapsed = (Date.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
console.log(`clients ${clients}, ${elapsed.toFixed(1)} s, ${done} requests, ${(done / elapsed).toFixed(1)} requests/s, ` +
  `latency ms p50 ${pct(50)} p95 ${pct(95)} p99 ${pct(99)} max ${latencies[latencies.length - 1].toFixed(1)}, errors ${errors}`);
agent.destroy();
process.exit(errors === 0 ? 0 : 1);
