import { describe, expect, it } from "vitest";
import { cleanArticle, cleanHtml } from "@/lib/import/clean";

const NBSP = "\u00A0";
const PROSE =
  "Le conseil régional a voté jeudi une enveloppe de 120 millions d'euros pour les lycées, un montant inédit selon son président, qui promet des travaux dès la rentrée prochaine.";

function page(body: string, head = ""): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Les lycées | La Gazette</title>${head}</head><body>${body}</body></html>`;
}

const HOSTILE = `
  <h1 onclick="alert('h1')">Les lycées rénovés</h1>
  <script>alert("script")</script>
  <style>body { background: url(javascript:alert('css')) }</style>
  <p onmouseover="alert('p')">${PROSE} <img src="x" onerror="alert('img')"></p>
  <p>Voir <a href="javascript:alert('link')">ce lien</a>, <a href="JaVaScRiPt&colon;alert('enc')">celui-ci</a>,
     <a href=" java&#x09;script:alert('tab')">celui-là</a>, <a href="data:text/html;base64,PHNjcmlwdD4=">les données</a>
     et <a href="https://example.org/rapport" target="_self" onclick="alert('ok-link')">le rapport</a>.</p>
  <iframe src="https://evil.example/frame" srcdoc="<script>alert('srcdoc')</script>">iframe text</iframe>
  <svg onload="alert('svg')"><script>alert('svg-script')</script><text>svg text</text></svg>
  <object data="evil.swf">object text</object><embed src="evil.swf">
  <form action="javascript:alert('form')"><input value="form value"><button>Envoyer</button></form>
  <math><mi>math text</mi></math>
  <template><p>template text</p></template>
  <noscript>noscript text</noscript>
  <p>Fin de l'article, avec un second paragraphe pour que Readability ait de quoi travailler ici.</p>`;

describe("cleanHtml — hostile HTML", () => {
  it.each([
    ["a full page", page(`<article>${HOSTILE}</article>`)],
    ["a fragment", HOSTILE],
  ])("leaves no trace of scripts, handlers, javascript: URLs, iframes or SVG (%s)", (_name, html) => {
    const r = cleanArticle({ kind: "html", content: html });
    const everything = JSON.stringify({ text: r.text, doc: r.doc, blocks: r.blocks, removed: r.removed });
    for (const bad of ["alert", "javascript", "script", "onerror", "onload", "onclick", "iframe", "svg text", "object text", "form value", "math text", "template text", "noscript text", "data:", "evil"]) {
      expect(everything.toLowerCase()).not.toContain(bad.toLowerCase());
    }
    expect(r.text).toContain(PROSE);
    expect(r.text).toContain("Voir ce lien, celui-ci, celui-là, les données et le rapport.");
    const links = r.blocks.flatMap((b) => b.links ?? []);
    expect(links.map((l) => l.href)).toEqual(["https://example.org/rapport"]);
    const mark = JSON.stringify(r.doc).match(/"rel":"([^"]+)"/)?.[1];
    expect(mark).toBe("noopener noreferrer nofollow");
  });
});

describe("cleanHtml — broken HTML never throws", () => {
  it.each([
    "<p>paragraphe <b>non fermé<p>un autre <div><a href='https://a.example'>lien",
    "<html><body><table><tr><td>cellule<td>autre</table></div></span></body>",
    "<<<>>><p>>>x</p<</",
    "<!-- commentaire non fermé <p>texte",
    "<![CDATA[ x ]]><p>après</p>",
    "<p>" + "<span>".repeat(3000) + "profond" + "</span>".repeat(10),
    "\u0000<p>nul\u0000</p>",
    "",
    "   ",
    "<html>",
    "plain text without tags",
    "<a href='http://[::1'>bad url</a>",
  ])("%#", (html) => {
    expect(() => cleanArticle({ kind: "html", content: html })).not.toThrow();
  });

  it("keeps the text of unclosed elements", () => {
    const r = cleanHtml("<p>Premier paragraphe. <b>gras non fermé<p>Second paragraphe.");
    expect(r.text).toContain("Premier paragraphe. gras non fermé");
    expect(r.text).toContain("Second paragraphe.");
  });
});

describe("cleanHtml — structure", () => {
  it("walks headings, paragraphs, lists, quotes, line breaks and links", () => {
    const r = cleanHtml(
      `<h2>Les chiffres</h2><p>Un&nbsp;«&nbsp;record&nbsp;» à 46&nbsp;%.<br>Deuxième ligne.</p>
       <ul><li>Un</li><li>Deux <ol><li>Deux-a</li></ol></li></ul>
       <blockquote><p>Nous irons vite.</p><p>Très vite.</p></blockquote>
       <h5>Note</h5><p>Voir <a href="/rapport.pdf">le rapport</a> et <a href="mailto:x@example.org">écrire</a>.</p>`,
      { url: "https://www.gazette.example/region/lycees" },
    );
    expect(r.blocks.map((b) => [b.type, b.level ?? b.ordered ?? null, b.text])).toEqual([
      ["heading", 2, "Les chiffres"],
      ["paragraph", null, `Un${NBSP}«${NBSP}record${NBSP}» à 46${NBSP}%.\nDeuxième ligne.`],
      ["list-item", false, "Un"],
      ["list-item", false, "Deux"],
      ["list-item", true, "Deux-a"],
      ["quote", null, "Nous irons vite."],
      ["quote", null, "Très vite."],
      ["heading", 4, "Note"],
      ["paragraph", null, "Voir le rapport et écrire."],
    ]);
    // Relative links resolve against the page URL; mailto is not an http(s) link and is dropped.
    expect(r.blocks.at(-1)!.links).toEqual([{ start: 5, end: 15, href: "https://www.gazette.example/rapport.pdf" }]);
  });

  it("drops relative links without a base URL but keeps their text", () => {
    const r = cleanHtml(`<p>Un <a href="/x">lien relatif</a>.</p>`);
    expect(r.text).toBe("Un lien relatif.");
    expect(r.blocks[0]!.links).toBeUndefined();
  });

  it("uses Readability on a full page and drops navigation, asides and footers", () => {
    const html = page(`
      <header><div class="logo">La Gazette</div><nav><a href="/">Accueil</a><a href="/region">Région</a></nav></header>
      <div class="layout">
        <aside><h3>Les plus lus</h3><ul><li><a href="/a">Autre article</a></li></ul></aside>
        <main><article>
          <h1>Les lycées rénovés</h1>
          <p>Partager sur Facebook</p>
          <p>${PROSE}</p>
          <p>Le président a précisé que les premiers chantiers concerneraient les établissements les plus anciens, construits avant 1970, et que la liste serait publiée en mars.</p>
          <p>12 commentaires</p>
        </article></main>
      </div>
      <footer><p>© La Gazette 2025 — Mentions légales</p></footer>`);
    const r = cleanHtml(html, { url: "https://www.gazette.example/region/lycees" });
    expect(r.blocks[0]).toMatchObject({ type: "heading", text: "Les lycées rénovés" });
    expect(r.text).toContain(PROSE);
    for (const gone of ["Accueil", "Autre article", "Mentions légales", "Partager sur Facebook", "12 commentaires"]) expect(r.text).not.toContain(gone);
    expect(r.removed.map((x) => x.reason)).toEqual(["share", "comments"]);
    expect(r.text.match(/Les lycées rénovés/g)).toHaveLength(1);
  });

  it("falls back to the body for a pasted fragment", () => {
    const r = cleanHtml(`<div><p>Suivez-nous sur X</p><p>${PROSE}</p></div>`);
    expect(r.text).toBe(PROSE);
    expect(r.removed).toMatchObject([{ text: "Suivez-nous sur X", reason: "share" }]);
  });

  it("restores a removed HTML line with keep", () => {
    const html = `<p>${PROSE}</p><p>Lire aussi : les collèges attendront</p>`;
    const first = cleanHtml(html);
    expect(first.removed).toMatchObject([{ reason: "related" }]);
    const again = cleanHtml(html, { keep: [first.removed[0]!.id] });
    expect(again.text).toContain("Lire aussi : les collèges attendront");
    expect(again.removed).toEqual([]);
  });
});

describe("cleanArticle — never throws, always a valid document", () => {
  // A seeded generator of tag soup: the same 300 inputs on every run.
  function* soup(seed: number, n: number): Generator<string> {
    const parts = [
      "<p>", "</p>", "<div>", "</div>", "<h1>", "<h3>", "</h2>", "<ul><li>", "<ol>", "</li>", "<blockquote>", "<br>", "<a href='https://a.example/x'>",
      "<a href='javascript:x'>", "<a href='", "'>", "</a>", "<script>", "</script>", "<svg>", "<!--", "-->", "&nbsp;", "&amp;", "&#0;", "&#xD800;",
      "« ", " »", "Partager", "12 commentaires", "Le texte continue ici", ". ", "\n\n", "\u0000", "\u202F%", "# ", "- ", "> ", "[lien](", ")", "**", "`",
    ];
    let x = seed;
    for (let i = 0; i < n; i++) {
      let s = "";
      const len = 5 + (i % 40);
      for (let k = 0; k < len; k++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        s += parts[x % parts.length];
      }
      yield s;
    }
  }

  it("on 300 pieces of tag soup, as html, markdown and text", () => {
    for (const s of soup(42, 300)) {
      for (const kind of ["html", "markdown", "text"] as const) {
        const r = cleanArticle({ kind, content: s });
        expect(r.doc.type).toBe("doc");
        expect(r.text).toBe(r.blocks.map((b) => b.text).join("\n\n"));
        // Plain text may well *say* "javascript:"; no link may point there.
        const hrefs = [...JSON.stringify(r.doc).matchAll(/"href":"([^"]*)"/g)].map((m) => m[1]);
        for (const href of hrefs) expect(href).toMatch(/^(https?|mailto):/);
        if (kind === "html") expect(r.text).not.toMatch(/<script|javascript:x/i);
      }
    }
  });

  it("drops a link whose URL is absurdly long instead of failing", () => {
    const r = cleanArticle({ kind: "html", content: `<p>Un <a href="https://a.example/${"x".repeat(5000)}">lien</a> long.</p>` });
    expect(r.text).toBe("Un lien long.");
    expect(r.blocks[0]!.links).toBeUndefined();
  });
});
