"use client";
import { LogOut, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { changeRoleAction, leaveWorkspaceAction, removeMemberAction } from "@/app/(app)/w/[slug]/members/actions";
import { useAction } from "@/components/use-action";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RoleItems } from "@/components/members/role-items";
import { Select, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Role = "viewer" | "editor" | "admin" | "owner";
interface MemberRow {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  since: string;
}

export function MembersTable({
  slug,
  members,
  currentUserId,
  canManage,
  canManageOwners,
}: {
  slug: string;
  members: MemberRow[];
  currentUserId: string;
  canManage: boolean;
  canManageOwners: boolean;
}) {
  const t = useTranslations("members");
  const tr = useTranslations("common.roles");
  const format = useFormatter();
  const changeRole = useAction(changeRoleAction);
  const remove = useAction(removeMemberAction);
  const leave = useAction(leaveWorkspaceAction);

  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("member")}</TableHead>
          <TableHead className="w-44">{t("role")}</TableHead>
          <TableHead className="hidden w-40 sm:table-cell">{t("since")}</TableHead>
          <TableHead className="w-12">
            <span className="sr-only">{t("actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((m) => {
          const self = m.userId === currentUserId;
          const editable = canManage && (m.role !== "owner" || canManageOwners);
          return (
            <TableRow key={m.id} data-testid={`member-${m.email}`}>
              <TableCell>
                <div className="flex items-center gap-3">
                  <Avatar name={m.name} />
                  <div className="min-w-0">
                    <div className="truncate font-medium">
                      {m.name} {self && <span className="text-muted-foreground">({t("you")})</span>}
                    </div>
                    <div className="truncate text-xs text-muted-foreground">{m.email}</div>
                  </div>
                </div>
              </TableCell>
              <TableCell>
                {editable ? (
                  <Select
                    value={m.role}
                    disabled={changeRole.pending}
                    onValueChange={(role) => changeRole.run({ workspaceSlug: slug, membershipId: m.id, role }, { success: t("roleChanged", { name: m.name, role: tr(role) }) })}
                  >
                    <SelectTrigger className="h-8 w-36" aria-label={t("roleOf", { name: m.name })}>
                      <SelectValue />
                    </SelectTrigger>
                    <RoleItems includeOwner={canManageOwners} />
                  </Select>
                ) : (
                  <Badge variant={m.role === "owner" ? "default" : "secondary"}>{tr(m.role)}</Badge>
                )}
              </TableCell>
              <TableCell className="hidden text-sm text-muted-foreground sm:table-cell">{format.dateTime(new Date(m.since), { dateStyle: "medium" })}</TableCell>
              <TableCell className="text-right">
                {self ? (
                  <ConfirmButton
                    label={t("leave")}
                    icon={<LogOut className="size-4" aria-hidden />}
                    title={t("leaveTitle")}
                    description={t("leaveDescription")}
                    confirm={t("leave")}
                    onConfirm={() => leave.run({ workspaceSlug: slug })}
                  />
                ) : editable ? (
                  <ConfirmButton
                    label={t("removeMember", { name: m.name })}
                    icon={<Trash2 className="size-4" aria-hidden />}
                    title={t("removeTitle", { name: m.name })}
                    description={t("removeDescription")}
                    confirm={t("remove")}
                    onConfirm={() => remove.run({ workspaceSlug: slug, membershipId: m.id }, { success: t("removed", { name: m.name }) })}
                  />
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function ConfirmButton(props: { label: string; icon: React.ReactNode; title: string; description: string; confirm: string; onConfirm: () => void }) {
  const tc = useTranslations("common");
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={props.label} title={props.label}>
          {props.icon}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{props.title}</AlertDialogTitle>
          <AlertDialogDescription>{props.description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
          <AlertDialogAction onClick={props.onConfirm}>{props.confirm}</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
