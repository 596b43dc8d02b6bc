import { useTranslations } from "next-intl";

/** "changed" next to a label whose field has unsaved edits (a dot and a word, not colour alone). */
export function ChangedMark({ show = true }: { show?: boolean }) {
  const t = useTranslations("claimPanel");
  if (!show) return null;
  return (
    <span className="inline-flex items-center gap-1 text-xs font-normal text-warning" data-testid="field-changed">
      <span className="size-1.5 rounded-full bg-warning" aria-hidden />
      {t("changed")}
    </span>
  );
}
