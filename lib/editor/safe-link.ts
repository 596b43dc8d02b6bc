import Link, { type LinkOptions } from "@tiptap/extension-link";

/** The only URL schemes an article link may use. Everything else (javascript:, data:, vbscript:, file:, relative paths) is refused. */
export const SAFE_LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

/** `rel` on every rendered article link: external pages get no opener, no referrer and no ranking credit. */
export const SAFE_LINK_REL = "noopener noreferrer nofollow";

const MAX_HREF_LENGTH = 2048;

/**
 * True when `href` is an absolute http(s) or mailto URL. Whitespace and control characters anywhere
 * in the value are refused outright because browsers strip them before reading the scheme
 * ("java\tscript:" runs as javascript:).
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== "string" || href.length === 0 || href.length > MAX_HREF_LENGTH) return false;
  if (/[\u0000-\u0020\u007F-\u009F\u00A0\u2000-\u200F\u2028\u2029\uFEFF]/.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return (SAFE_LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
}

/** Options of {@link SafeLink}: tiptap's Link options, with the URL policy fixed. */
export type SafeLinkOptions = LinkOptions;

/**
 * tiptap's Link mark restricted to http, https and mailto. The same check guards pasted HTML
 * (`parseHTML`), rendering (`renderHTML`), autolinking and the server-side validation of stored
 * documents (`validateArticleDoc` in ./extensions.ts), so no path can store a `javascript:` link.
 */
export const SafeLink = Link.extend<SafeLinkOptions>({
  addOptions() {
    const parent = this.parent?.();
    return {
      ...(parent as LinkOptions),
      /** Links are followed with a modifier from the toolbar, never by a plain click while editing. */
      openOnClick: false,
      /** Bare domains typed by an editor become https links. */
      defaultProtocol: "https",
      /** Only our schemes are registered with linkify. */
      protocols: [],
      HTMLAttributes: { target: "_blank", rel: SAFE_LINK_REL, class: null },
      isAllowedUri: (url) => isSafeHref(url),
      shouldAutoLink: (url) => isSafeHref(url) || isSafeHref(`https://${url}`),
    };
  },
});
