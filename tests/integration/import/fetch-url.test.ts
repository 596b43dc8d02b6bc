// fetchArticleUrl against a local server on 127.0.0.1. Every socket the code under test opens is
// checked: anything but 127.0.0.1 makes net.connect throw, so a regression can't reach the network.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppError } from "@/lib/errors";
import { fetchArticleUrl, type FetchArticleOptions } from "@/lib/import/sources/fetch-url";

const PAGE = "<!doctype html><html><head><title>Bakhmout</title></head><body><p>Les forces russes affirment…</p></body></html>";

let server: http.Server;
let base: string;
let port: number;
const connections: string[] = [];

function route(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://fixture");
  switch (url.pathname) {
    case "/article":
      res.writeHead(200, { "content-type": "text/html; charset=UTF-8" }).end(PAGE);
      return;
    case "/xhtml":
      res.writeHead(200, { "content-type": "application/xhtml+xml" }).end(PAGE);
      return;
    case "/plain":
      res.writeHead(200, { "content-type": 'text/plain; charset="ISO-8859-1"' }).end(Buffer.from("Caf\xe9", "latin1"));
      return;
    case "/gzip":
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(PAGE));
      return;
    case "/missing":
      res.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
      return;
    case "/error":
      res.writeHead(503).end();
      return;
    case "/loop":
      res.writeHead(302, { location: "/loop" }).end();
      return;
    case "/relative":
      res.writeHead(301, { location: "article?from=relative#frag" }).end();
      return;
    case "/no-location":
      res.writeHead(302).end();
      return;
    case "/to":
      res.writeHead(307, { location: url.searchParams.get("url") ?? "/" }).end();
      return;
    case "/chain": {
      const n = Number(url.searchParams.get("n"));
      res.writeHead(302, { location: n > 0 ? `/chain?n=${n - 1}` : "/article" }).end();
      return;
    }
    case "/pdf":
      res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4\n");
      return;
    case "/no-type":
      res.writeHead(200).end("who knows");
      return;
    case "/big": {
      // Chunked, no Content-Length: the limit has to be enforced while streaming.
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(16 * 1024, "a");
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
      return;
    }
    case "/big-declared":
      res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
      res.write("<p>the rest never comes</p>");
      return;
    case "/hang":
      return; // never answers
    case "/trickle":
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<p>first bytes, then silence");
      return;
    default:
      res.writeHead(500).end();
  }
}

beforeAll(async () => {
  server = http.createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;

  // The network guard. Names are let through only if their lookup answers 127.0.0.1.
  const realConnect = net.connect.bind(net) as (...args: unknown[]) => net.Socket;
  vi.spyOn(net, "connect").mockImplementation(((...args: unknown[]) => {
    const options = (typeof args[0] === "object" ? args[0] : { port: args[0], host: args[1] }) as net.TcpNetConnectOpts;
    const host = options.host ?? "localhost";
    connections.push(host);
    if (net.isIP(host) && host !== "127.0.0.1") throw new Error(`test guard: connection to ${host} refused`);
    if (!net.isIP(host)) {
      const lookup = options.lookup;
      if (!lookup) throw new Error(`test guard: unpinned connection to ${host}`);
      options.lookup = ((hostname, opts, callback) =>
        lookup(hostname, opts, (err, address, family) => {
          const all = Array.isArray(address) ? address.map((a) => a.address) : [address];
          if (!err && all.some((a) => a !== "127.0.0.1")) return callback(new Error(`test guard: ${hostname} → ${all.join(",")}`), "", 0);
          callback(err, address as string, family);
        })) as net.LookupFunction;
    }
    return realConnect(options);
  }) as typeof net.connect);
});

afterEach(() => {
  connections.length = 0;
});

afterAll(async () => {
  vi.restoreAllMocks();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allowed: FetchArticleOptions = { allowHosts: ["127.0.0.1"] };

async function failure(url: string, opts: FetchArticleOptions = allowed): Promise<AppError> {
  try {
    await fetchArticleUrl(url, opts);
  } catch (error) {
    return error as AppError;
  }
  throw new Error(`expected ${url} to fail`);
}

describe("fetchArticleUrl", () => {
  it("fetches an allowed page", async () => {
    const page = await fetchArticleUrl(`${base}/article`, allowed);
    expect(page).toMatchObject({ finalUrl: `${base}/article`, status: 200, contentType: "text/html", charset: "utf-8" });
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
  });

  it("accepts XHTML and plain text, reporting the charset", async () => {
    await expect(fetchArticleUrl(`${base}/xhtml`, allowed)).resolves.toMatchObject({ contentType: "application/xhtml+xml" });
    const plain = await fetchArticleUrl(`${base}/plain`, allowed);
    expect(plain).toMatchObject({ contentType: "text/plain", charset: "iso-8859-1" });
    expect(plain.bytes).toEqual(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]));
    expect(plain).not.toHaveProperty("charset", undefined);
  });

  it("decodes a gzip-encoded body", async () => {
    const page = await fetchArticleUrl(`${base}/gzip`, allowed);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
  });

  it("follows relative redirects and reports the final URL (without fragment)", async () => {
    await expect(fetchArticleUrl(`${base}/relative`, allowed)).resolves.toMatchObject({ finalUrl: `${base}/article?from=relative`, status: 200 });
    await expect(fetchArticleUrl(`${base}/chain?n=4`, allowed)).resolves.toMatchObject({ finalUrl: `${base}/article` });
  });

  it("reads the allow-list from the options, matching hosts exactly", async () => {
    expect(await failure(`${base}/article`, { allowHosts: ["localhost", "127.0.0.2"] })).toMatchObject({ userMessage: "importUrlBlocked" });
  });

  it.each([
    ["/missing", 404],
    ["/error", 503],
    ["/no-location", 302],
  ])("refuses %s with importUrlHttpError %i", async (path, status) => {
    expect(await failure(`${base}${path}`)).toMatchObject({ code: "bad_request", userMessage: "importUrlHttpError", values: { status } });
  });

  it("gives up on a redirect loop", async () => {
    expect(await failure(`${base}/loop`)).toMatchObject({ userMessage: "importUrlTooManyRedirects" });
    expect(await failure(`${base}/chain?n=3`, { ...allowed, maxRedirects: 3 })).toMatchObject({ userMessage: "importUrlTooManyRedirects" });
  });

  it("times out on a server that never answers", async () => {
    const started = performance.now();
    expect(await failure(`${base}/hang`, { ...allowed, timeoutMs: 300 })).toMatchObject({ userMessage: "importUrlTimeout" });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("times out on a body that stops arriving", async () => {
    expect(await failure(`${base}/trickle`, { ...allowed, timeoutMs: 300 })).toMatchObject({ userMessage: "importUrlTimeout" });
  });

  it.each([
    ["/pdf", "application/pdf"],
    ["/no-type", "unknown"],
  ])("refuses %s as not HTML", async (path, contentType) => {
    expect(await failure(`${base}${path}`)).toMatchObject({ userMessage: "importUrlNotHtml", values: { contentType } });
  });

  it("stops reading a body over maxBytes", async () => {
    expect(await failure(`${base}/big`, { ...allowed, maxBytes: 64 * 1024 })).toMatchObject({ userMessage: "importUrlTooLarge" });
    expect(await failure(`${base}/big-declared`, { ...allowed, maxBytes: 1024 * 1024, timeoutMs: 2000 })).toMatchObject({ userMessage: "importUrlTooLarge", values: { maxMb: 1 } });
  });

  it.each(["http://127.0.0.2:{port}/article", "http://10.0.0.1/x", "http://169.254.169.254/latest/meta-data/", "http://[::1]:{port}/", "http://localhost:{port}/article"])(
    "refuses a redirect from an allowed host to %s",
    async (target) => {
      const to = encodeURIComponent(target.replace("{port}", String(port)));
      expect(await failure(`${base}/to?url=${to}`)).toMatchObject({ userMessage: "importUrlBlocked" });
      expect(connections).toEqual(["127.0.0.1"]);
    },
  );

  it.each(["ftp://127.0.0.1/x", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<p>x</p>"])("refuses a redirect to %s", async (target) => {
    expect(await failure(`${base}/to?url=${encodeURIComponent(target)}`)).toMatchObject({ userMessage: "importUrlInvalid" });
  });

  it.each([
    "http://127.0.0.1:{port}/article",
    "http://127.1:{port}/article",
    "http://2130706433:{port}/article",
    "http://0.0.0.0:{port}/article",
    "http://10.0.0.1/",
    "http://192.168.1.1/",
    "http://172.16.0.1/",
    "http://100.64.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:{port}/article",
    "http://[::ffff:127.0.0.1]:{port}/article",
    "http://[fe80::1]/",
    "http://[fd00::1]/",
    "http://localhost:{port}/article",
  ])("refuses %s without an allow-list, without opening a connection", async (template) => {
    const url = template.replace("{port}", String(port));
    expect(await failure(url, { allowHosts: [] })).toMatchObject({ code: "bad_request", userMessage: "importUrlBlocked" });
    expect(connections).toEqual([]);
  });

  it("refuses IPv6 loopback and IPv4-mapped loopback even when 127.0.0.1 is allowed", async () => {
    expect(await failure(`http://[::1]:${port}/article`)).toMatchObject({ userMessage: "importUrlBlocked" });
    expect(await failure(`http://[::ffff:127.0.0.1]:${port}/article`)).toMatchObject({ userMessage: "importUrlBlocked" });
    expect(connections).toEqual([]);
  });

  it.each(["ftp://127.0.0.1/file.html", "javascript:alert(1)", "file:///etc/passwd", "not a url", "http://user:secret@127.0.0.1/", "//127.0.0.1/x"])(
    "refuses %j as an invalid URL",
    async (url) => {
      expect(await failure(url)).toMatchObject({ userMessage: "importUrlInvalid" });
      expect(connections).toEqual([]);
    },
  );

  it("refuses a name when any of its addresses is private", async () => {
    const resolve = async () => ["8.8.8.8", "127.0.0.1"];
    expect(await failure(`http://mixed.test:${port}/article`, { allowHosts: [], resolve })).toMatchObject({ userMessage: "importUrlBlocked", values: { host: "mixed.test" } });
    expect(connections).toEqual([]);
  });

  it("pins the socket to the address it checked: no second DNS answer can swap it (rebinding)", async () => {
    // The first answer is the fixture; any later one would be internal. The system resolver knows
    // nothing of fixture.test, so reaching the page proves the socket used the checked answer.
    const resolve = vi.fn(async () => (resolve.mock.calls.length === 1 ? ["127.0.0.1"] : ["10.0.0.1"]));
    const page = await fetchArticleUrl(`http://fixture.test:${port}/article`, { allowHosts: ["fixture.test"], resolve });
    expect(page).toMatchObject({ finalUrl: `http://fixture.test:${port}/article`, status: 200 });
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(connections).toEqual(["fixture.test"]);
  });

  it("resolves and checks every redirect hop again", async () => {
    const resolve = vi.fn(async (host: string) => (host === "fixture.test" ? ["127.0.0.1"] : ["10.0.0.1"]));
    const to = encodeURIComponent(`http://internal.test:${port}/article`);
    const error = await failure(`http://fixture.test:${port}/to?url=${to}`, { allowHosts: ["fixture.test"], resolve });
    expect(error).toMatchObject({ userMessage: "importUrlBlocked", values: { host: "internal.test" } });
    expect(resolve.mock.calls.map(([host]) => host)).toEqual(["fixture.test", "internal.test"]);
  });

  it("reports a host that can't be resolved or reached", async () => {
    const resolve = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    expect(await failure("http://nowhere.test/", { allowHosts: [], resolve })).toMatchObject({ userMessage: "importUrlUnreachable", values: { host: "nowhere.test" } });
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect(await failure(`http://127.0.0.1:${closedPort}/`)).toMatchObject({ userMessage: "importUrlUnreachable" });
  });
});
