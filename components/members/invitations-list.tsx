"use client";
import { useFormatter, useTranslations } from "next-intl";
import { revokeInvitationAction } from "@/app/(app)/w/[slug]/members/actions";
import { useAction } from "@/components/use-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

interface InvitationRow {
  id: string;
  role: "viewer" | "editor" | "admin" | "owner";
  email: string | null;
  status: "pending" | "expired" | "revoked" | "accepted";
  expiresAt: string;
  createdBy: string;
  acceptedBy: string | null;
}

export function InvitationsList({ slug, invitations, canManageOwners }: { slug: string; invitations: InvitationRow[]; canManageOwners: boolean }) {
  const t = useTranslations("members");
  const tr = useTranslations("common.roles");
  const format = useFormatter();
  const revoke = useAction(revokeInvitationAction);

  if (invitations.length === 0) return <p className="text-sm text-muted-foreground">{t("noInvitations")}</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("role")}</TableHead>
          <TableHead>{t("restrictedTo")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead className="hidden sm:table-cell">{t("expires")}</TableHead>
          <TableHead className="w-24">
            <span className="sr-only">{t("actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((i) => (
          <TableRow key={i.id}>
            <TableCell>{tr(i.role)}</TableCell>
            <TableCell className="text-sm">{i.email ?? <span className="text-muted-foreground">{t("anyone")}</span>}</TableCell>
            <TableCell>
              <Badge variant={i.status === "pending" ? "default" : "secondary"}>{t(`status_${i.status}`)}</Badge>
              {i.acceptedBy && <span className="ml-2 text-xs text-muted-foreground">{i.acceptedBy}</span>}
            </TableCell>
            <TableCell className="hidden text-sm text-muted-foreground sm:table-cell">{format.dateTime(new Date(i.expiresAt), { dateStyle: "medium", timeStyle: "short" })}</TableCell>
            <TableCell className="text-right">
              {i.status === "pending" && (i.role !== "owner" || canManageOwners) && (
                <Button variant="ghost" size="sm" disabled={revoke.pending} onClick={() => revoke.run({ workspaceSlug: slug, invitationId: i.id }, { success: t("revoked") })}>
                  {t("revoke")}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
