// The reading column's typography for the tiptap-rendered article, matching the server-rendered
// ArticleDoc (components/articles/article-doc.tsx) so the switch from one to the other on load
// does not move the text: ~68 characters a line, headings one step below the page's <h1>.
export const articleProseClassName = [
  "max-w-[68ch] text-[1.0625rem] leading-[1.75] text-pretty break-words text-foreground/95 outline-none",
  "[&>*:first-child]:mt-0",
  "[&_p]:mt-[1.1em] [&_li>p]:mt-0 [&_li>p+p]:mt-2 [&_blockquote>p:first-child]:mt-0",
  "[&_h1]:mt-10 [&_h1]:text-[1.6em] [&_h1]:leading-tight [&_h1]:font-semibold [&_h1]:tracking-tight",
  "[&_h2]:mt-9 [&_h2]:text-[1.3em] [&_h2]:leading-snug [&_h2]:font-semibold [&_h2]:tracking-tight",
  "[&_h3]:mt-8 [&_h3]:text-[1.12em] [&_h3]:leading-snug [&_h3]:font-semibold",
  "[&_h4]:mt-7 [&_h4]:text-[1em] [&_h4]:leading-snug [&_h4]:font-semibold",
  "[&_ul]:mt-[1.1em] [&_ul]:list-disc [&_ul]:space-y-1.5 [&_ul]:pl-[1.4em] [&_ul]:marker:text-muted-foreground",
  "[&_ol]:mt-[1.1em] [&_ol]:list-decimal [&_ol]:space-y-1.5 [&_ol]:pl-[1.6em] [&_ol]:marker:text-muted-foreground [&_li]:pl-1",
  "[&_blockquote]:mt-[1.1em] [&_blockquote]:border-l-2 [&_blockquote]:border-primary/40 [&_blockquote]:pl-[1em] [&_blockquote]:text-foreground/85 [&_blockquote]:italic",
  "[&_strong]:font-semibold [&_a]:font-medium [&_a]:text-primary [&_a]:underline [&_a]:decoration-primary/40 [&_a]:underline-offset-[3px]",
].join(" ");

/** Highlight spans: pointer over them in reading mode, a visible focus ring for the selected one. */
export const highlightClassName =
  "[&_.claim-hl]:cursor-pointer [&_.claim-hl]:rounded-[2px] [&_.claim-hl]:transition-[background-color] [&_.claim-hl]:duration-150 [&_.claim-hl-selected]:scroll-my-32";
