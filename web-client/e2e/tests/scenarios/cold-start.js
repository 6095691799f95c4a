// The first requests after a start, all at once: every asset of the web client, the health check and the
// GraphQL queries of several views, as a browser and a monitoring probe send them. With virtual threads, the
// service run as `java -jar` stopped answering for good in about one start in three (graph-api's
// graphql/ControllerThreads.java says why); this runs first in the suite, before anything has loaded the
// classes those requests need.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env } from '../env.js';

const here = dirname(fileURLToPath(import.meta.url));
const ASSETS = resolve(here, '..', '..', '..', 'target', 'classes', 'static', 'assets');
const VIEWER = 'Basic ' + Buffer.from('viewer:viewer-demo').toString('base64');
const QUERIES = [
  '{ vocabularies { name values { value label } } }',
  '{ ecosystemKpis { __typename } }',
  '{ partnerReturns { __typename } }',
  '{ valueCombinations { __typename } }',
  '{ partners(first: 20) { totalCount edges { node { id name } } } }',
  '{ customers(first: 20) { totalCount } }',
  '{ prospectRanking(first: 10) { __typename } }',
  '{ modelStatus { __typename } }',
];

test('cold start: a burst of every asset, health and GraphQL queries at once is answered in full', async () => {
  const assets = readdirSync(ASSETS);
  assert.ok(assets.length > 10, `the web client's assets in ${ASSETS}`);
  const within = () => AbortSignal.timeout(60_000);
  const requests = [];
  for (let round = 0; round < 3; round++) {
    for (const name of assets)
      requests.push(
        fetch(`${env.base}/assets/${name}`, { signal: within() }).then((r) => ({ what: name, status: r.status, body: r.arrayBuffer() })),
      );
    for (const query of QUERIES)
      requests.push(
        fetch(`${env.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: VIEWER },
          body: JSON.stringify({ query }),
          signal: within(),
        }).then((r) => ({ what: query, status: r.status, body: r.arrayBuffer() })),
      );
    requests.push(
      fetch(`${env.base}/actuator/health`, { signal: within() }).then((r) => ({ what: 'health', status: r.status, body: r.arrayBuffer() })),
    );
  }
  const started = Date.now();
  const answers = await Promise.all(
    requests.map((p) =>
      p.then(
        async (a) => ({ ...a, bytes: (await a.body).byteLength }),
        (e) => ({ what: '?', status: String(e) }),
      ),
    ),
  );
  const failed = answers.filter((a) => a.status !== 200);
  assert.deepEqual(failed, [], 'every request answered 200');
  console.log(`# PERF cold start: ${answers.length} requests at once answered in ${Date.now() - started} ms`);
  const health = await fetch(`${env.base}/actuator/health`, { signal: AbortSignal.timeout(10_000) });
  assert.equal(health.status, 200);
});
