// Demo accounts, as plain data: the seed, the README and the end-to-end tests share them.
type Role = "owner" | "admin" | "editor" | "viewer";

export const DEMO_WORKSPACE = { name: "Desk démo", slug: "desk-demo" } as const;

export const DEMO_USERS: ReadonlyArray<{ role: Role; name: string; email: string; password: string }> = [
  { role: "owner", name: "Camille Dubois", email: "owner@claimdesk.demo", password: "demo-owner-2026" },
  { role: "admin", name: "Hugo Martin", email: "admin@claimdesk.demo", password: "demo-admin-2026" },
  { role: "editor", name: "Léa Bernard", email: "editor@claimdesk.demo", password: "demo-editor-2026" },
  { role: "viewer", name: "Nora Petit", email: "viewer@claimdesk.demo", password: "demo-viewer-2026" },
];

