// Polls a server's /health in its own process (the bench's event loop is busy
// running hundreds of clients and would add its own delay), one request at a
// time on a new connection each (as a load balancer's check would: waiting in
// the accept backlog counts), every 50 ms after the last answer. On SIGTERM
// prints one JSON line: every latency in ms, each poll's time to connect
// (the kernel's handshake and this process's own wait for a core, before the
// server's event loop is involved), and failures.
//   node health-poller.mjs http://127.0.0.1:PORT/api/v1/health
import http from 'node:http';

const url = process.argv[2];
const latencies = [];
const connects = [];
let failures = 0;
let stopping = false;

function pollOnce() {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    const done = (ok) => {
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (!ok) failures += 1;
      resolve();
    };
    const request = http.get(url, { agent: false, timeout: 60_000 }, (response) => {
      response.resume();
      response.on('end', () => done(response.statusCode === 200));
    });
    request.on('socket', (socket) => socket.once('connect', () => connects.push(elapsed())));
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => done(false));
  });
}

process.once('SIGTERM', () => {
  stopping = true;
});
while (!stopping) {
  await pollOnce();
  await new Promise((resolve) => setTimeout(resolve, 50));
}
process.stdout.write(`${JSON.stringify({ latencies, connects, failures })}\n`);
