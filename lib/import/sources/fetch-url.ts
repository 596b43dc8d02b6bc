// Fetching an article page server-side without becoming an SSRF proxy. Every hop (the URL and each
// redirect) is resolved here and refused unless all its addresses are public unicast — loopback,
// private, link-local (cloud metadata), CGNAT, unique-local, IPv4-mapped, multicast and reserved
// ranges never are — and the socket is then pinned to exactly the checked addresses through the
// Agent's `connect.lookup`, so a DNS answer that changes between check and connect (rebinding)
// can't redirect it. Hosts on the allow-list (IMPORT_URL_ALLOW_HOSTS) skip the address check.
import type { LookupAddress, LookupOptions } from "node:dns";
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { Agent, fetch, type Response } from "undici";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";

export interface FetchArticleOptions {
  /** Whole fetch — DNS, every redirect, the body — in milliseconds (default 10,000). */
  timeoutMs?: number;
  /** Largest body accepted, after content decoding (default 5 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Host names or IPs fetched even when private/loopback; defaults to IMPORT_URL_ALLOW_HOSTS. */
  allowHosts?: string[];
  /** Resolves a host name to its addresses (default: the system resolver). For tests and custom DNS. */
  resolve?: (hostname: string) => Promise<string[]>;
}

export interface FetchedPage {
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  status: number;
  /** The media type, lower-cased, without parameters: text/html, application/xhtml+xml or text/plain. */
  contentType: string;
  bytes: Uint8Array;
  /** The charset parameter of Content-Type, lower-cased, when the server sent one. */
  charset?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const ACCEPTED_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");
const HEADERS = {
  "user-agent": "Mozilla/5.0 (compatible; Claimdesk/0.1; article import)",
  accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
};

const fail = (userMessage: string, values?: Record<string, string | number>, cause?: unknown) =>
  new AppError("bad_request", { userMessage, values, cause });

/**
 * True only for public unicast addresses: IPv4 outside every special range ipaddr.js knows
 * (0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.168/16, multicast, reserved, broadcast)
 * and IPv6 in global unicast 2000::/3 outside its special ranges (so ::1, fc00::/7, fe80::/10,
 * ::ffff:0:0/96, NAT64, 6to4 and Teredo — which can all smuggle an internal IPv4 — are refused).
 */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return ipaddr.IPv4.parse(address).range() === "unicast";
  if (family === 6) {
    const ip = ipaddr.IPv6.parse(address);
    return ip.range() === "unicast" && ip.match(GLOBAL_UNICAST_V6);
  }
  return false;
}

/** A host as compared with the allow-list: lower case, no brackets or trailing dot, IPs canonical. */
function normaliseHost(host: string): string {
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  return isIP(bare) ? ipaddr.parse(bare).toNormalizedString() : bare;
}

/** IMPORT_URL_ALLOW_HOSTS ("127.0.0.1,localhost") as a list. */
export function parseAllowHosts(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
}

/** An http(s) URL without credentials, or importUrlInvalid. */
function parseHttpUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    if (input.length > 8192) throw new Error("URL too long");
    url = new URL(input.trim(), base);
  } catch (error) {
    throw fail("importUrlInvalid", undefined, error);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password || !url.hostname) {
    throw fail("importUrlInvalid");
  }
  url.hash = "";
  return url;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

const systemResolve = async (hostname: string) => (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** The addresses `url` may be fetched from, checked; importUrlBlocked when any is not public. */
async function checkedAddresses(url: URL, allow: ReadonlySet<string>, resolve: (h: string) => Promise<string[]>): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw fail("importUrlUnreachable", { host }, error);
    }
  }
  if (addresses.length === 0) throw fail("importUrlUnreachable", { host });
  const allowed = allow.has(normaliseHost(host));
  for (const address of addresses) {
    if (!isIP(address) || (!allowed && !isPublicAddress(address))) throw fail("importUrlBlocked", { host });
  }
  return addresses.map((address) => ({ address, family: isIP(address) }));
}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw fail("importUrlTooLarge", { maxMb: Math.max(1, Math.round(maxBytes / (1024 * 1024))) });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches an article page. Throws AppError "bad_request": importUrlInvalid (not http/https, has
 * credentials, malformed), importUrlBlocked {host}, importUrlUnreachable {host} (DNS or connection
 * failure), importUrlTimeout, importUrlTooManyRedirects, importUrlHttpError {status} (non-2xx, or a
 * redirect without Location), importUrlNotHtml {contentType}, importUrlTooLarge {maxMb}.
 */
export async function fetchArticleUrl(url: string, opts: FetchArticleOptions = {}): Promise<FetchedPage> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allow = new Set((opts.allowHosts ?? parseAllowHosts(env().IMPORT_URL_ALLOW_HOSTS)).map(normaliseHost));
  const resolve = opts.resolve ?? systemResolve;
  let current = parseHttpUrl(url);

  // Host name → the addresses checked for it; the only answers the sockets ever get.
  const pinned = new Map<string, LookupAddress[]>();
  const agent = new Agent({
    connect: {
      timeout: timeoutMs,
      lookup(hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) {
        const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family;
        const addresses = (pinned.get(hostname.toLowerCase()) ?? []).filter((a) => !family || a.family === family);
        const first = addresses[0];
        if (!first) {
          callback(Object.assign(new Error(`No checked address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
        } else if (options.all) {
          callback(null, addresses);
        } else {
          callback(null, first.address, first.family);
        }
      },
    },
  });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error("import URL timeout")), timeoutMs);

  try {
    for (let hop = 0; ; hop++) {
      pinned.set(current.hostname.toLowerCase(), await abortable(checkedAddresses(current, allow, resolve), controller.signal));
      const response = await fetch(current, { dispatcher: agent, redirect: "manual", signal: controller.signal, headers: HEADERS });

      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get("location");
        if (!location) throw fail("importUrlHttpError", { status: response.status });
        if (hop >= maxRedirects) throw fail("importUrlTooManyRedirects");
        current = parseHttpUrl(location, current);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel().catch(() => {});
        throw fail("importUrlHttpError", { status: response.status });
      }

      const [mediaType = "", ...params] = (response.headers.get("content-type") ?? "").split(";");
      const contentType = mediaType.trim().toLowerCase();
      if (!ACCEPTED_TYPES.has(contentType)) {
        await response.body?.cancel().catch(() => {});
        throw fail("importUrlNotHtml", { contentType: contentType || "unknown" });
      }
      const declaredLength = Number(response.headers.get("content-length") ?? NaN);
      if (declaredLength > maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw fail("importUrlTooLarge", { maxMb: Math.max(1, Math.round(maxBytes / (1024 * 1024))) });
      }
      const charset = params
        .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1])
        .find(Boolean)
        ?.toLowerCase();
      const bytes = await readBody(response, maxBytes);
      return { finalUrl: current.toString(), status: response.status, contentType, bytes, ...(charset ? { charset } : {}) };
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    if (controller.signal.aborted) throw fail("importUrlTimeout", undefined, error);
    throw fail("importUrlUnreachable", { host: current.hostname }, error);
  } finally {
    clearTimeout(timer);
    await agent.destroy().catch(() => {});
  }
}
