// What the suite's before() hook started, for the scenario modules that client.test.js imports: one
// service and one browser for the whole run (the service's first start imports the demo ecosystem).
export const env = { base: '', browser: null };
