// Generated French-like articles for benchmarks: deterministic (seeded), with NBSP percentages,
// apostrophes and accented words, so text handling costs what it costs on real articles.
import { randomUUID } from "node:crypto";

import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { cleanArticle } from "@/lib/import/clean";

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEXICON = (
  "le la les un une des du de au et selon après depuis gouvernement ministre préfet armée état-major porte-parole président " +
  "affirme déclare conteste dément confirme précise estime reconnaît territoire soldats drones victimes euros hausse baisse " +
  "millions semaine mois année hier soir nuit l’opposition d’après aujourd’hui c’est n’a qu’il nouvelle officielle contestée région Koursk Soudja"
).split(" ");

export function generator(seed: number) {
  const random = rng(seed);
  const sentence = () => {
    const n = 10 + Math.floor(random() * 14);
    const w = Array.from({ length: n }, () => LEXICON[Math.floor(random() * LEXICON.length)]!);
    if (random() < 0.4) w.splice(2, 0, `${10 + Math.floor(random() * 90)}\u00a0%`);
    const s = w.join(" ");
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  /** About `words` words in paragraphs of four sentences. */
  const articleText = (words: number) => {
    const paras: string[] = [];
    let count = 0;
    while (count < words) {
      const p = Array.from({ length: 4 }, sentence).join(" ");
      count += p.split(" ").length;
      paras.push(p);
    }
    return paras.join("\n\n");
  };
  return { random, sentence, articleText };
}

/** Sentence spans of a text (offsets into it), to make claims on. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /[^.\n]+\./g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    spans.push({ start, end: m.index + m[0].length });
  }
  return spans;
}

export interface ClaimRow extends Omit<Prisma.ClaimCreateManyInput, "id"> {
  anchor: Omit<Prisma.ClaimAnchorCreateManyInput, "claimId">;
}

/** Claims with their anchors, as createClaim stores them, in two statements. */
export async function storeClaims(rows: ClaimRow[]): Promise<string[]> {
  const withIds = rows.map(({ anchor, ...claim }) => ({ claim: { ...claim, id: randomUUID() }, anchor }));
  await db().claim.createMany({ data: withIds.map((r) => r.claim) });
  await db().claimAnchor.createMany({ data: withIds.map((r) => ({ ...r.anchor, claimId: r.claim.id })) });
  return withIds.map((r) => r.claim.id);
}

/** An article stored as import stores it (cleaned text, validated document), version 1. */
export async function storeArticle(workspaceId: string, text: string, title = "Article de banc d’essai") {
  const cleaned = cleanArticle({ kind: "text", content: text, title });
  return db().article.create({
    data: {
      workspaceId,
      title,
      language: "fr",
      contentHash: cleaned.metadata.contentHash,
      wordCount: cleaned.metadata.wordCount,
      versions: {
        create: { version: 1, original: new TextEncoder().encode(text), originalType: "text", text: cleaned.text, doc: cleaned.doc as Prisma.InputJsonValue, removed: [], restored: [], contentHash: cleaned.metadata.contentHash },
      },
    },
    include: { versions: true },
  });
}
