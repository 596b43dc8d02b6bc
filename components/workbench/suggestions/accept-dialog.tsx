"use client";
// "Edit & accept": the suggestion's statement, speakers and figures, prefilled with what the engine
// read, for the editor to correct before it becomes a claim. Speakers come from the registry (the
// same picker as the claim panel); a speaker the registry lacks is shown as the source that will be
// created, with its name and description editable, or removed.
import { Loader2Icon, UserPlusIcon, XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type * as React from "react";

import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/actions/state";
import { MAX_STATEMENT } from "@/lib/claims/schemas";
import type { SourceRef } from "@/lib/claims/types";
import { claimQuantities, normaliseStatement } from "@/lib/suggestions/shape";
import type { SuggestionDTO } from "@/lib/suggestions/types";

import { parseQuantities, quantityToDraft, type QuantityDraft, type QuantityErrors } from "../claim-panel/claim-draft";
import { QuantitiesEditor } from "../claim-panel/quantities-editor";
import { SpeakersPicker } from "../claim-panel/speakers-picker";
import type { SuggestionEdit } from "./use-suggestions";

export function AcceptDialog({
  workspaceSlug,
  suggestion,
  onOpenChange,
  onSubmit,
}: {
  workspaceSlug: string;
  /** The suggestion being edited; null closes the dialog. */
  suggestion: SuggestionDTO | null;
  onOpenChange: (open: boolean) => void;
  onSubmit: (id: string, edit: SuggestionEdit) => Promise<ActionState<unknown>>;
}) {
  return (
    <Dialog open={suggestion !== null} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90dvh] max-w-xl overflow-y-auto" data-testid="suggestion-dialog">
        {/* Keyed so every suggestion starts from its own values. */}
        {suggestion && <AcceptForm key={suggestion.id} workspaceSlug={workspaceSlug} suggestion={suggestion} onCancel={() => onOpenChange(false)} onSubmit={onSubmit} />}
      </DialogContent>
    </Dialog>
  );
}

function AcceptForm({
  workspaceSlug,
  suggestion,
  onCancel,
  onSubmit,
}: {
  workspaceSlug: string;
  suggestion: SuggestionDTO;
  onCancel: () => void;
  onSubmit: (id: string, edit: SuggestionEdit) => Promise<ActionState<unknown>>;
}) {
  const t = useTranslations("suggestions.dialog");
  const tw = useTranslations("suggestions");
  const speakersLabel = useId();
  const figuresLabel = useId();
  const [statement, setStatement] = useState(() => normaliseStatement(suggestion.quote));
  const [speakers, setSpeakers] = useState<SourceRef[]>(() => (suggestion.speaker?.source ? [suggestion.speaker.source] : []));
  const [newSpeaker, setNewSpeaker] = useState<{ name: string; description: string } | null>(() =>
    suggestion.speaker && !suggestion.speaker.source ? { name: suggestion.speaker.name, description: suggestion.speaker.description ?? "" } : null,
  );
  const [rows, setRows] = useState<QuantityDraft[]>(() => claimQuantities(suggestion.quantities).map((q) => quantityToDraft(q)));
  const [quantityErrors, setQuantityErrors] = useState<Record<string, QuantityErrors>>({});
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<{ form?: string; fields?: Record<string, string[]> } | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const { quantities, errors } = parseQuantities(rows);
    setQuantityErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    setError(null);
    const res = await onSubmit(suggestion.id, {
      statement,
      speakerIds: speakers.map((s) => s.id),
      newSpeaker: newSpeaker && newSpeaker.name.trim() ? { name: newSpeaker.name, description: newSpeaker.description.trim() || null } : null,
      quantities,
    });
    setSubmitting(false);
    if (res.status !== "success") setError({ form: res.formError, fields: res.fieldErrors });
  }

  const quote = suggestion.quote.replace(/\s+/gu, " ").trim();
  return (
    <form onSubmit={(e) => void submit(e)} className="grid gap-4" noValidate>
      <DialogHeader>
        <DialogTitle>{t("title")}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
      </DialogHeader>

      <figure className="grid gap-1">
        <figcaption className="text-xs font-medium text-muted-foreground">{t("quote")}</figcaption>
        <blockquote className="border-l-2 border-cyan-700 pl-3 text-[13px] leading-snug text-foreground/85 italic dark:border-cyan-300">{quote}</blockquote>
      </figure>

      {error?.form && !error.fields && (
        <Alert variant="destructive">
          <AlertDescription>{error.form}</AlertDescription>
        </Alert>
      )}

      <FormField label={t("statement")} hint={t("statementHint")} errors={error?.fields?.statement}>
        <Textarea value={statement} onChange={(e) => setStatement(e.target.value)} rows={4} maxLength={MAX_STATEMENT} required autoFocus data-testid="suggestion-statement" />
      </FormField>

      <div className="grid gap-2">
        <Label id={speakersLabel}>{t("speakers")}</Label>
        <SpeakersPicker workspaceSlug={workspaceSlug} value={speakers} onChange={setSpeakers} labelId={speakersLabel} />
        {error?.fields?.speakerIds && <p className="text-sm text-destructive">{error.fields.speakerIds[0]}</p>}
        {newSpeaker && (
          <div role="group" aria-labelledby={`${speakersLabel}-new`} className="grid gap-2 rounded-md border border-dashed bg-muted/30 p-3" data-testid="suggestion-new-speaker">
            <div className="flex items-center justify-between gap-2">
              <p id={`${speakersLabel}-new`} className="flex items-center gap-1.5 text-sm font-medium">
                <UserPlusIcon className="size-4 text-muted-foreground" aria-hidden />
                {t("newSpeaker")}
              </p>
              <Button type="button" variant="ghost" size="icon" className="size-7" aria-label={t("removeNewSpeaker", { name: newSpeaker.name })} title={t("removeNewSpeaker", { name: newSpeaker.name })} onClick={() => setNewSpeaker(null)}>
                <XIcon aria-hidden />
              </Button>
            </div>
            <p className="text-xs text-muted-foreground">{tw("newSourceHint")}</p>
            <div className="grid gap-2 sm:grid-cols-2">
              <FormField label={t("newSpeakerName")} errors={error?.fields?.newSpeaker}>
                <Input value={newSpeaker.name} onChange={(e) => setNewSpeaker({ ...newSpeaker, name: e.target.value })} />
              </FormField>
              <FormField label={t("newSpeakerDescription")}>
                <Input value={newSpeaker.description} onChange={(e) => setNewSpeaker({ ...newSpeaker, description: e.target.value })} />
              </FormField>
            </div>
          </div>
        )}
      </div>

      <div className="grid gap-2" role="group" aria-labelledby={figuresLabel}>
        <p id={figuresLabel} className="text-sm leading-none font-medium">
          {t("figures")}
        </p>
        <QuantitiesEditor value={rows} onChange={setRows} errors={quantityErrors} />
        {error?.fields?.quantities && <p className="text-sm text-destructive">{error.fields.quantities[0]}</p>}
      </div>

      <DialogFooter>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={submitting}>
          {t("cancel")}
        </Button>
        <Button type="submit" disabled={submitting} aria-busy={submitting || undefined} data-testid="suggestion-dialog-submit">
          {submitting && <Loader2Icon className="animate-spin" aria-hidden />}
          {submitting ? t("submitting") : t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
