// Item 6 of issue 20: every page runs under the service's Content-Security-Policy with nothing refused,
// and GraphiQL is the service's own bundle (no CDN), behind sign-in, and runs queries. The browser
// reports each refusal as a `securitypolicyviolation` event (collected from the first script on) and
// as a console error (newPage collects those, workers' included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env } from '../env.js';
import { newPage, shot } from '../harness.js';
import { VIEWS, settle } from './views.js';

const CSP =
  "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; style-src-attr 'unsafe-inline'; worker-src 'self' blob:";
// GraphiQL's editor (Monaco) injects styles at run time and embeds its fonts and icons: its page alone allows those.
const GRAPHIQL_CSP = `${CSP}; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:`;

/** A page whose CSP violations are reported to `violations`, on every page it loads, from before any page script. */
async function watchedPage() {
  const opened = await newPage(env.browser);
  const violations = [];
  await opened.context.exposeBinding('__cspViolation', (_source, text) => {
    violations.push(text);
  });
  await opened.context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        window.__cspViolation(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`,
        );
      },
      true,
    );
  });
  return { ...opened, violations };
}

/** Signs in through the web client's form on the page it is on (the sign-in form must be showing). */
async function fillSignIn(page, user, password) {
  await page.waitForSelector('input[name=username]:not([disabled])');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

/** Replaces the text of GraphiQL's query editor (Monaco) through the keyboard, as a user would. */
async function typeQuery(page, text) {
  await page.click('.graphiql-query-editor .monaco-editor .view-lines');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test("csp: the web client's views and GraphiQL load under the policy with no violation; GraphiQL runs a query", async () => {
  const { context, page, problems, violations } = await watchedPage();

  // An anonymous visit to /graphiql goes to the sign-in form and, once signed in, comes back.
  const response = await page.goto(`${env.base}/graphiql`);
  assert.match(page.url(), /\/\?next=graphiql$/);
  assert.equal(response.headers()['content-security-policy'], CSP);
  assert.equal(response.headers()['referrer-policy'], 'same-origin');
  const signedIn = page.waitForResponse((r) => new URL(r.url()).pathname === '/graphiql');
  await fillSignIn(page, 'admin', 'admin-demo');
  await page.waitForURL(/\/graphiql$/);
  assert.equal((await signedIn).headers()['content-security-policy'], GRAPHIQL_CSP);
  await page.waitForSelector('.graphiql-container .graphiql-query-editor .monaco-editor');

  // Every view of the web client, drawn with its data.
  await page.goto(`${env.base}/`);
  await page.waitForSelector('[data-testid=user]');
  for (const v of [...VIEWS, { view: 'audit', hash: '#/audit', section: 'audit' }]) {
    await page.goto(`${env.base}/?csp=${v.view}${v.hash}`);
    await page.waitForSelector(`#view section.${v.section}`);
    await page.waitForLoadState('networkidle');
    await settle(page);
  }
  const session = await (await page.request.get(`${env.base}/api/session`)).json();
  assert.equal(session.username, 'admin');

  // GraphiQL from the web client's header link: the schema loads by standard introspection, and a query runs.
  await page.goto(`${env.base}/`);
  const introspected = page.waitForResponse((r) => r.url().endsWith('/graphql') && /__schema/.test(r.request().postData() ?? ''));
  await page.click('[data-testid=graphiql-link]');
  await page.waitForURL(/\/graphiql$/);
  const schema = await introspected;
  assert.equal(schema.status(), 200);
  const answer = await schema.json();
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  assert.equal(answer.data.__schema.queryType.name, 'Query');
  // Only this origin served the page: no request left for another host.
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.waitForSelector('.graphiql-query-editor .monaco-editor');
  await typeQuery(page, '{ partners(first: 2) { totalCount edges { node { id name } } } }');
  const ran = page.waitForResponse((r) => r.url().endsWith('/graphql') && /partners\(first: 2\)/.test(r.request().postData() ?? ''));
  await page.click('.graphiql-execute-button');
  assert.equal((await ran).status(), 200);
  await page.waitForFunction(() =>
    /"totalCount": \d+/.test(document.querySelector('.graphiql-response')?.textContent?.replace(/\u00a0/g, ' ') ?? ''),
  );
  const shown = (await page.textContent('.graphiql-response')).replace(/\u00a0/g, ' ');
  assert.match(shown, /"id": "P\d+"/);
  // The docs explorer lists the schema's root fields (read from the introspection answer).
  await page.click('[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer :text("Query")');
  await settle(page);
  await shot(page, '30-graphiql');
  assert.deepEqual(
    [...origins].filter((o) => o !== env.base),
    [],
  );

  assert.deepEqual([...new Set(violations.map((v) => v.replace(/:\d+$/, '')))], []);
  assert.deepEqual(problems, []);
  await context.close();
});
