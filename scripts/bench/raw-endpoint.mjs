// The raw baseline's endpoint for bench:sync: a plain node:http server that
// reads a gzip'd JSON body, decompresses and parses it, and throws it away.
// No validation, no database: the floor any sync protocol stands on.
import http from 'node:http';
import { gunzipSync } from 'node:zlib';

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (c) => chunks.push(c));
  request.on('end', () => {
    const parsed = JSON.parse(gunzipSync(Buffer.concat(chunks)).toString('utf8'));
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ ok: true, entries: parsed.entries.length }));
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening: http://127.0.0.1:${server.address().port}`));
