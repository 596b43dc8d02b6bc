"use client";
// The options of every role picker (invite form, member table), translated.
import { useTranslations } from "next-intl";
import { SelectContent, SelectItem } from "@/components/ui/select";
import { assignableRoles } from "@/lib/members/schemas";

export function RoleItems({ includeOwner }: { includeOwner: boolean }) {
  const tr = useTranslations("common.roles");
  return (
    <SelectContent>
      {assignableRoles(includeOwner).map((r) => (
        <SelectItem key={r} value={r}>
          {tr(r)}
        </SelectItem>
      ))}
    </SelectContent>
  );
}
