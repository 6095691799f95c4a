// Runs some scenario modules alone against a running service, while working on them:
//   E2E_BASE_URL=http://localhost:8080 node --test tests/run-one.js   (SCENARIOS=workspace,evidence)
// The full suite (client.test.js) starts its own service and runs every scenario.
import { before, after } from 'node:test';
import { startService, startBrowser } from './harness.js';
import { env } from './env.js';

let service, browser;
before(
  async () => {
    service = await startService();
    browser = await startBrowser();
    env.base = service.base;
    env.browser = browser.browser;
  },
  { timeout: 900_000 },
);
after(async () => {
  await browser?.close();
  await service?.stop();
});
for (const name of (process.env.SCENARIOS ?? 'workspace').split(',')) await import(`./scenarios/${name.trim()}.js`);
