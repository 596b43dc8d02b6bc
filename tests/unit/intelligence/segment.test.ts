import { describe, expect, it } from "vitest";
import { rulesFor } from "@/lib/intelligence/lang";
import { segment } from "@/lib/intelligence/segment";

const sentences = (text: string, lang = "fr") => segment(text, rulesFor(lang)).map((s) => text.slice(s.start, s.end));

describe("segment", () => {
  it("splits plain sentences and keeps offsets into the text as given", () => {
    const text = "  Le maire a parlé. La séance est levée !  Qui vote ?";
    const spans = segment(text, rulesFor("fr"));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Le maire a parlé.", "La séance est levée !", "Qui vote ?"]);
    expect(spans[0]!.start).toBe(2);
  });

  it("does not end a sentence after an abbreviation or an initial", () => {
    expect(sentences("M. Dupont et Mme Martin sont arrivés. Le Dr Lebrun aussi.")).toEqual(["M. Dupont et Mme Martin sont arrivés.", "Le Dr Lebrun aussi."]);
    expect(sentences("Mr. Smith met Dr. Jones in the U.S. capital. J. R. Ewing left.", "en")).toEqual(["Mr. Smith met Dr. Jones in the U.S. capital.", "J. R. Ewing left."]);
  });

  it("keeps a quotation with its attribution, even when it holds several sentences", () => {
    const text = "« Nous resterons. Nous ne céderons pas », a déclaré la maire. La séance a repris.";
    expect(sentences(text)).toEqual(["« Nous resterons. Nous ne céderons pas », a déclaré la maire.", "La séance a repris."]);
    expect(sentences('"We stay. We will not yield," the mayor said. Then she left.', "en")).toEqual(['"We stay. We will not yield," the mayor said.', "Then she left."]);
  });

  it("does not split figures written with spaces, NBSP or NNBSP", () => {
    expect(sentences("Le budget atteint 1 000\u202F000 euros, soit 46\u00A0% de plus. Il a été voté.")).toEqual(["Le budget atteint 1 000\u202F000 euros, soit 46\u00A0% de plus.", "Il a été voté."]);
  });

  it("rejoins sentences broken across lines and paragraphs", () => {
    const text = "La visite soigneusement préparée de\n\nla ministre a duré deux heures.\nElle a ensuite\nrencontré les élus.";
    expect(sentences(text)).toEqual(["La visite soigneusement préparée de\n\nla ministre a duré deux heures.", "Elle a ensuite\nrencontré les élus."]);
  });

  it("ends a sentence at a line break after a headline and flags headlines", () => {
    const text = "Grève dans les transports\n\nLe trafic est très perturbé. Les syndicats appellent à poursuivre.";
    const spans = segment(text, rulesFor("fr"));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.heading])).toEqual([
      ["Grève dans les transports", true],
      ["Le trafic est très perturbé.", false],
      ["Les syndicats appellent à poursuivre.", false],
    ]);
  });

  it("does not split inside a number or before a lower-case word", () => {
    expect(sentences("Il a reçu 2.5 millions de dollars. etc. puis rien.", "en")).toEqual(["Il a reçu 2.5 millions de dollars. etc. puis rien."]);
  });
});
