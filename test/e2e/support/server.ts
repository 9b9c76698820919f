/**
 * A small static server for the hostile-host e2e suite. Serves the production demo build
 * (`dist-demo/`, which includes the generated feeds and geometry), plus scenario pages built around
 * the harness page's script tags, with per-page response headers (CSP) and switchable faults on any
 * path (404, 500, truncated body, HTML instead of JSON, slow). Runs in the test process, so tests
 * flip faults directly and read the request log.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { projectRoot } from '../../../scripts/paths.ts';

export const DIST = resolve(projectRoot, 'dist-demo');

/** The CSP of issue #8, exactly. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

export type Fault = '404' | '500' | 'truncated' | 'html' | { slowMs: number };

export interface PageSpec {
  /** Markup inside <head> after the charset/viewport/icon lines (e.g. a hostile <style>). */
  head?: string;
  /** Markup of <body>; the library's script tags are appended after it. */
  body: string;
  /** Response headers, e.g. `{ 'content-security-policy': STRICT_CSP }`. */
  headers?: Record<string, string>;
  /** Script tags to use instead of the harness's (double-loading scenario). */
  scripts?: string;
  /** Leave the library out (blank reference pages). */
  noScripts?: boolean;
}

export interface TestServer {
  origin: string;
  /** Every request path (with query) in arrival order. */
  requests: string[];
  /** The harness page's built `<script>`/`<link rel=modulepreload>` tags. */
  scriptTags: string;
  addPage(path: string, spec: PageSpec): void;
  /** Serve `body` as JSON at `path` (overrides a file of the build). */
  setJson(path: string, body: unknown): void;
  /** Make requests for `path` (exact pathname, mount included) fail, or recover with `null`. */
  setFault(path: string, fault: Fault | null): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The script and modulepreload tags vite wrote into the built harness page. */
export function harnessScriptTags(): string {
  const html = readFileSync(join(DIST, 'test-pages', 'harness.html'), 'utf8');
  const tags = html.match(/<script\b[^>]*><\/script>|<link\b[^>]*rel="modulepreload"[^>]*>/g) ?? [];
  if (!tags.length) throw new Error('no script tags in dist-demo/test-pages/harness.html');
  return tags.join('\n');
}

function page(spec: PageSpec, scriptTags: string): string {
  const scripts = spec.noScripts ? '' : (spec.scripts ?? scriptTags);
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>e2e</title>
${spec.head ?? ''}
</head>
<body>
${spec.body}
${scripts}
</body>
</html>`;
}

export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, PageSpec>();
  const json = new Map<string, string>();
  const faults = new Map<string, Fault>();
  const requests: string[] = [];
  const scriptTags = harnessScriptTags();

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    const raw = url.pathname;
    // Mounts: `/copy2/…` and `/m-<name>/…` serve the same build under other URLs — a second,
    // independent module graph (double loading), or a feed and its geometry that can fail on their
    // own (faults are keyed by the requested path).
    const path = /^\/(copy2|m-[\w-]+)(\/.*)$/.exec(raw)?.[2] ?? raw;

    const fault = faults.get(raw);
    if (fault === '404') return send(res, 404, 'text/plain', 'not found');
    if (fault === '500') return send(res, 500, 'text/plain', 'server error');
    if (fault === 'html')
      return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>Seite</title><p>Wartung</p>');
    if (typeof fault === 'object') await new Promise((r) => setTimeout(r, fault.slowMs));

    let body: Buffer | string | undefined;
    let type = 'application/octet-stream';
    const spec = pages.get(raw);
    if (spec) {
      const headers = spec.headers ?? {};
      return send(res, 200, TYPES['.html']!, page(spec, scriptTags), headers);
    }
    if (json.has(raw)) {
      body = json.get(raw)!;
      type = TYPES['.json']!;
    } else {
      const file = normalize(join(DIST, decodeURIComponent(path)));
      if (!file.startsWith(DIST)) return send(res, 403, 'text/plain', 'forbidden');
      try {
        if (statSync(file).isFile()) {
          body = readFileSync(file);
          type = TYPES[extname(file)] ?? type;
        }
      } catch {
        // not found below
      }
    }
    if (body === undefined) return send(res, 404, 'text/plain', 'not found');
    if (fault === 'truncated') {
      const text = body.toString();
      return send(res, 200, type, text.slice(0, Math.floor(text.length / 2)));
    }
    return send(res, 200, type, body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, 'text/plain', String(err)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    scriptTags,
    addPage: (path, spec) => void pages.set(path, spec),
    setJson: (path, body) => void json.set(path, JSON.stringify(body)),
    setFault: (path, fault) => void (fault ? faults.set(path, fault) : faults.delete(path)),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
