// GraphiQL, bundled with the web client and served from the service's own origin at /graphiql (no CDN):
// a second Vite entry, so none of this code is in the web client's own bundle. The page needs a
// signed-in session (the service sends anonymous visitors to the sign-in form first); requests go to
// ./graphql with the session cookie and the CSRF header, like the web client's.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { csrfHeaders, loadSession } from '../api/session';

const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('./graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...(options?.headers ?? {}), ...csrfHeaders(), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

async function boot() {
  const host = document.getElementById('graphiql')!;
  const session = await loadSession();
  if (!session.authenticated) {
    // Signed out in another tab since the page was served: sign in, then come back here.
    location.replace('./?next=graphiql');
    return;
  }
  host.textContent = '';
  createRoot(host).render(createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, isHeadersEditorEnabled: false }));
}

boot().catch((e: unknown) => {
  document.getElementById('graphiql')!.textContent = `GraphiQL could not start: ${e instanceof Error ? e.message : String(e)}`;
});
