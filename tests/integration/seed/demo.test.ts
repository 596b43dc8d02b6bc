// The demo seed on a real database: the first run leaves a desk a newcomer can learn claim
// intelligence from (two imported articles with suggestions and their reasons, figures accepted
// as claims, "Kiev" proposed as "Kyiv", the same assertion linked across the articles, the
// differing toll flagged, the Russian ministry's own count left alone); a second run changes
// nothing but the demo accounts; a later run catches up on articles without suggestions and
// claims never matched.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decodeReason } from "@/lib/entities/reason";
import { stopBoss } from "@/lib/import/queue";
import { DEMO_ARTICLES } from "@/lib/seed/demo-articles";
import { DEMO_USERS, DEMO_WORKSPACE, seedDemo } from "@/lib/seed/demo";
import { createArticle } from "../../helpers/articles";

afterAll(async () => {
  await stopBoss();
});

async function snapshot(workspaceId: string) {
  const [articles, suggestions, claims, relations, entities, aliases, sources] = await Promise.all([
    db().article.count({ where: { workspaceId } }),
    db().claimSuggestion.count({ where: { workspaceId } }),
    db().claim.count({ where: { workspaceId } }),
    db().claimRelation.count({ where: { workspaceId } }),
    db().entity.count({ where: { workspaceId } }),
    db().entityAlias.count({ where: { entity: { workspaceId } } }),
    db().source.count({ where: { workspaceId } }),
  ]);
  return { articles, suggestions, claims, relations, entities, aliases, sources };
}

const claimsOf = (workspaceId: string) =>
  db().claim.findMany({
    where: { workspaceId },
    include: { article: { select: { title: true } }, speakers: { include: { source: { select: { name: true } } } } },
    orderBy: { createdAt: "asc" },
  });

describe("seedDemo", () => {
  it("shows claim intelligence on a fresh database, then changes nothing when run again, then catches up", async () => {
    const first = await seedDemo();
    expect(first.content).toEqual({ articlesImported: DEMO_ARTICLES.length, articlesSuggested: DEMO_ARTICLES.length, claimsAccepted: expect.any(Number), claimsAnalysed: first.content!.claimsAccepted });
    expect(first.content!.claimsAccepted).toBeGreaterThanOrEqual(6);
    const workspace = await db().workspace.findUniqueOrThrow({ where: { slug: DEMO_WORKSPACE.slug } });

    // Imported through the pipeline: outlet, author, date and language read from the page.
    const articles = await db().article.findMany({ where: { workspaceId: workspace.id }, orderBy: { publishedAt: "asc" } });
    expect(articles.map((a) => [a.outlet, a.author, a.language, a.publishedAt?.toISOString()])).toEqual(
      DEMO_ARTICLES.map((a) => [a.outlet, a.author, "fr", new Date(a.publishedAt).toISOString()]),
    );

    // Suggestions for both articles: the figures accepted, the quote and the superlative left open.
    for (const a of articles) {
      const rows = await db().claimSuggestion.findMany({ where: { articleId: a.id, articleVersion: a.currentVersion } });
      expect(rows.filter((s) => s.kind === "numeric").every((s) => s.status === "accepted" && s.claimId), a.title).toBe(true);
      expect(rows.some((s) => s.status === "open"), a.title).toBe(a.outlet === "Le Quotidien (démo)");
    }
    const open = await db().claimSuggestion.findMany({ where: { workspaceId: workspace.id, status: "open" } });
    expect(open.map((s) => s.kind).sort()).toEqual(["event", "quote"]);
    expect(open.find((s) => s.kind === "event")?.quote).toContain("la plus importante contre la capitale depuis le début de l’année");

    // Claims with their speaker and figure filled in, every one matched.
    const claims = await claimsOf(workspace.id);
    expect(claims.every((c) => c.matchText.trim() !== "")).toBe(true);
    const toll = claims.filter((c) => c.quote.includes("blessant"));
    expect(toll).toHaveLength(2);
    for (const c of toll) expect(c.speakers.map((s) => s.source.name)).toEqual(["Olena Kovalenko"]);
    // "deux immeubles" is a figure too.
    expect(toll.map((c) => (c.quantities as { value: number }[]).map((q) => q.value).sort((x, y) => x - y))).toEqual(expect.arrayContaining([[2, 7], [2, 12]]));

    // The same assertion in both articles is a suggested same-story link with its reasons.
    const relations = await db().claimRelation.findMany({ where: { workspaceId: workspace.id } });
    const byId = new Map(claims.map((c) => [c.id, c]));
    const between = (type: string, words: string) =>
      relations.filter((r) => r.type === type && r.status === "suggested" && byId.get(r.fromClaimId)!.quote.includes(words) && byId.get(r.toClaimId)!.quote.includes(words));
    const drones = between("same_as", "abattu 48 des 62");
    expect(drones).toHaveLength(1);
    expect(byId.get(drones[0]!.fromClaimId)!.articleId).not.toBe(byId.get(drones[0]!.toClaimId)!.articleId);
    expect(JSON.stringify(drones[0]!.reason)).toContain("sameFigure");
    expect(between("same_as", "20\u00a0000")).toHaveLength(1);

    // The toll that differs is flagged; the Russian ministry's own count is not a contradiction.
    const tolls = between("contradicts", "blessant");
    expect(tolls).toHaveLength(1);
    expect(tolls[0]!.reason).toMatchObject({ code: "conflictingFigures" });
    const russian = claims.find((c) => c.quote.includes("ministère russe"))!;
    expect(relations.filter((r) => r.type === "contradicts" && (r.fromClaimId === russian.id || r.toClaimId === russian.id))).toEqual([]);

    // "Kiev" and "Kharkov" proposed as the places the other article calls "Kyiv" and "Kharkiv".
    const places = await db().entity.findMany({ where: { workspaceId: workspace.id, type: "place" }, include: { aliases: true } });
    const proposed = Object.fromEntries(places.flatMap((e) => e.aliases.filter((a) => a.status === "proposed").map((a) => [a.alias, [e.name, decodeReason(a.reason)]])));
    expect(proposed.Kiev).toEqual(["Kyiv", { kind: "gazetteer", place: "Kyiv" }]);
    expect(proposed.Kharkov).toEqual(["Kharkiv", { kind: "gazetteer", place: "Kharkiv" }]);

    // Again: the accounts are reset, nothing else moves.
    const before = await snapshot(workspace.id);
    const sessions = await db().user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true, sessionVersion: true } });
    const second = await seedDemo();
    expect(second.content).toEqual({ articlesImported: 0, articlesSuggested: 0, claimsAccepted: 0, claimsAnalysed: 0 });
    expect(await snapshot(workspace.id)).toEqual(before);
    const after = await db().user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true, sessionVersion: true } });
    for (const u of after) expect(u.sessionVersion).toBe(sessions.find((s) => s.email === u.email)!.sessionVersion + 1);

    // An article imported while no worker ran, and a claim written before matching existed: the
    // next run suggests for the one, matches and links the other.
    const late = await createArticle(
      workspace.id,
      "Bilan de la nuit\n\nL’armée de l’air ukrainienne a affirmé avoir abattu 48 des 62 drones lancés par la Russie dans la nuit de samedi à dimanche. Les secours ont évacué 35\u00a0habitants, selon la protection civile.",
      "Bilan de la nuit (démo)",
    );
    await db().article.update({ where: { id: late.id }, data: { language: "fr" } });
    const verdict = await db().verdict.findFirstOrThrow({ where: { workspaceId: workspace.id, isInitial: true } });
    const quote = "L’armée de l’air ukrainienne a affirmé avoir abattu 48 des 62 drones lancés par la Russie";
    const old = await db().claim.create({
      data: { workspaceId: workspace.id, articleId: late.id, quote, anchor: { create: { version: 1, start: late.versions[0]!.text.indexOf(quote), end: late.versions[0]!.text.indexOf(quote) + quote.length } }, verdictId: verdict.id },
    });
    expect(old.matchText).toBe("");
    const third = await seedDemo();
    expect(third.content).toEqual({ articlesImported: 0, articlesSuggested: 1, claimsAccepted: 0, claimsAnalysed: 1 });
    expect(await db().claimSuggestion.count({ where: { articleId: late.id } })).toBeGreaterThan(0);
    expect((await db().claim.findUniqueOrThrow({ where: { id: old.id } })).matchText).toContain("48 62 drones");
    const linked = await db().claimRelation.findMany({ where: { type: "same_as", OR: [{ fromClaimId: old.id }, { toClaimId: old.id }] } });
    expect(linked).toHaveLength(2);
  });
});
