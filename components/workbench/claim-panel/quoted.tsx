// Quoted words from an article in French typography: « guillemets » with a no-break space inside,
// so the marks never end up alone at the end or start of a line. The quotes are the article's
// own words (French in this newsroom), whatever the interface language.
import type * as React from "react";

export function Quoted({ children }: { children: React.ReactNode }) {
  // Text that already opens with its own quotation mark is shown as it is.
  if (typeof children === "string" && /^\s*[«“"„]/.test(children)) return <>{children}</>;
  return (
    <>
      <span aria-hidden>«{"\u00A0"}</span>
      {children}
      <span aria-hidden>{"\u00A0"}»</span>
    </>
  );
}
