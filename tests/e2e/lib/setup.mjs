// The set-up of every spec file, in one place: a static server for the release build (or for the
// host pages beside it) and one Chromium, started before the file's first test and closed after
// its last; pages opened in fresh contexts, with their errors watched, closed when their test ends.
//
//   const env = useBrowser();                      // the standalone app: the release build at /
//   const env = useBrowser({ hosts: true });       // host pages (tests/hosts/) at /, the build at
//                                                  // /x1060/, Bootstrap at /vendor/bootstrap/
//   const env = useBrowser({ hosts: { headers } }); // … with serveHosts options (e.g. a CSP header)
//   const env = useBrowser({ serve: false });      // the browser alone
//
// In a test (`t` is the test's context: what is opened for it is closed when it ends):
//   const app = await env.open(t, options);        // the standalone app, ready (AppPage.start)
//   const { context, page, errors } = await env.newPage(t, contextOptions);
//   await page.goto(`${env.url}/plain.html`);
//   const widget = new AppPage(page, '#widget');   // the page object (app-page.mjs)
//   await widget.ready();
//   const other = await env.serveHosts(t, { distAt: '/deep/' }); // one more host server
//   ...
//   assert.deepEqual(errors, []);                  // (app.errors for env.open)
//
// The build tested is dist/, or the folder E2E_DIST names (e.g. a private build while others
// rebuild dist/).
import fs from 'node:fs/promises';
import path from 'node:path';
import { before, after } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { serve, DIST } from './server.mjs';
import { serveHosts, BOOTSTRAP } from './hosts.mjs';
import { AppPage } from './app-page.mjs';

/** The release build the specs test. */
export const BUILD = path.resolve(process.env.E2E_DIST || DIST);

/** Fails early with a clear message when the release build (or, for host pages, Bootstrap) is missing. */
export async function requireBuild({ dist = BUILD, hosts = false } = {}) {
  for (const file of ['index.html', 'x1060-widget.js']) {
    await fs.access(path.join(dist, file)).catch(() => {
      throw new Error(`no release build in ${dist}: run trunk build --release --offline --locked first`);
    });
  }
  if (hosts) {
    await fs.access(path.join(BOOTSTRAP, 'css', 'bootstrap.min.css')).catch(() => {
      throw new Error('bootstrap is missing from node_modules: run npm ci');
    });
  }
}

/**
 * Registers this spec file's `before` and `after` hooks (call it once, at the top level) and
 * returns a handle whose fields are set once `before` has run, i.e. inside tests:
 *   url                   the server's origin, e.g. http://127.0.0.1:41234
 *   server                { url, port, requests (every path asked for), close } (server.mjs)
 *   browser               the Chromium
 *   newPage(t, options)   { context, page, errors }: a fresh context (openPage in browser.mjs:
 *                         1280×900, downloads accepted, CSP violations reported), errors watched
 *   open(t, options)      the standalone app in a fresh context, ready: an AppPage (see
 *                         AppPage.start for the options); without `hosts` only
 *   serveHosts(t, options) one more host-page server (serveHosts in hosts.mjs), for this test
 * `hosts`: true, or serveHosts options, to serve the host pages; `serve: false` for no server.
 */
export function useBrowser({ hosts = false, serve: withServer = true } = {}) {
  const hostOptions = hosts === true ? {} : hosts || null;
  const env = {
    server: undefined,
    browser: undefined,
    get url() {
      return env.server.url;
    },
    async newPage(t, options) {
      const opened = await openPage(env.browser, options);
      t.after(() => opened.context.close());
      return opened;
    },
    async open(t, options) {
      if (hostOptions) throw new Error('env.open opens the standalone app: use useBrowser() without hosts');
      const app = await AppPage.start(env.browser, env.url, options);
      t.after(() => app.close());
      return app;
    },
    async serveHosts(t, options = {}) {
      await requireBuild({ dist: options.dist ?? BUILD, hosts: true });
      const server = await serveHosts({ dist: BUILD, ...options });
      t.after(() => server.close());
      return server;
    },
  };
  before(async () => {
    if (withServer) {
      await requireBuild({ hosts: !!hostOptions });
      env.server = hostOptions
        ? await serveHosts({ dist: BUILD, ...hostOptions })
        : await serve({ mounts: { '/': BUILD } });
    }
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
