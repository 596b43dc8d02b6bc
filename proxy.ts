// Runs before every page and route handler: stamps a request id, remembers the requested path
// (for the sign-in redirect), and sends signed-out visitors of app pages to /signin. This is an
// optimistic check only — every page, action and route handler checks the session and the
// workspace membership itself (lib/auth/session.ts, lib/workspaces/queries.ts).
import { NextResponse, type NextRequest } from "next/server";

const PUBLIC_PREFIXES = ["/signin", "/signup", "/invite"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const isPublic = PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = SESSION_COOKIES.some((c) => request.cookies.has(c));

  if (!isPublic && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    const res = NextResponse.redirect(url);
    res.headers.set("x-request-id", requestId);
    return res;
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("x-request-id", requestId);
  forwarded.set("x-claimdesk-path", pathname + search);
  const res = NextResponse.next({ request: { headers: forwarded } });
  res.headers.set("x-request-id", requestId);
  return res;
}

// API routes are left out: they authenticate themselves, and the proxy would buffer (and cap)
// upload bodies.
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)"],
};
