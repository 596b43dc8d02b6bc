"use client";
// Tags as chips: type and press Enter or a comma to add (several at once: "drones, koursk"),
// Backspace in the empty field removes the last one. Leaving the field adds what was typed, so
// nothing typed is silently lost. Tags are stored lower-case (as the server does).
import { XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo, useState } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { MAX_TAGS } from "@/lib/claims/schemas";

import { addTags } from "./claim-draft";

export const TagInput = memo(function TagInput({ id, value, onChange, describedBy }: { id: string; value: string[]; onChange: (tags: string[]) => void; describedBy?: string }) {
  const t = useTranslations("claimPanel.tags");
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const full = value.length >= MAX_TAGS;

  function commit(input: string) {
    const { tags, tooLong } = addTags(value, input);
    const capped = tags.slice(0, MAX_TAGS);
    if (capped.length !== value.length) onChange(capped);
    setProblem(tooLong.length > 0 ? t("tooLong") : tags.length > MAX_TAGS ? t("tooMany", { max: MAX_TAGS }) : null);
    setText(tooLong.join(", "));
  }

  return (
    <div className="grid grid-cols-1 gap-1.5">
      <div className="flex min-h-9 flex-wrap items-center gap-1.5 rounded-md border border-input bg-background px-2 py-1.5 shadow-xs has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-ring dark:bg-input/15">
        {value.map((tag) => (
          <span key={tag} className="inline-flex items-center gap-0.5 rounded-sm bg-secondary py-0.5 pr-0.5 pl-1.5 text-xs font-medium text-secondary-foreground" data-testid="tag-chip">
            {tag}
            <Button variant="ghost" size="icon" className="size-5 rounded-sm" aria-label={t("remove", { tag })} title={t("remove", { tag })} onClick={() => onChange(value.filter((x) => x !== tag))}>
              <XIcon className="size-3" aria-hidden />
            </Button>
          </span>
        ))}
        <Input
          id={id}
          value={text}
          disabled={full}
          placeholder={full ? t("full", { max: MAX_TAGS }) : value.length === 0 ? t("placeholder") : t("placeholderMore")}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          className="h-7 min-w-28 flex-1 border-0 bg-transparent px-1 shadow-none focus-visible:outline-none dark:bg-transparent"
          onChange={(e) => {
            const v = e.target.value;
            if (/[,;]/.test(v)) commit(v);
            else setText(v);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit(text);
            } else if (e.key === "Backspace" && text === "" && value.length > 0) {
              e.preventDefault();
              onChange(value.slice(0, -1));
            }
          }}
          onBlur={() => {
            if (text.trim()) commit(text);
          }}
        />
      </div>
      {problem ? (
        <p className="text-[13px] font-medium text-destructive" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
});
