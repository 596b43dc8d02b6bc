"use client";
// The claim's own fields: the normalised statement, who said it, when, where it first appeared,
// tags, priority, assignee and the figures it contains. Editors get a form; viewers the same
// values as text.
import { ChevronRightIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { memo, useCallback, useId, useMemo, useState } from "react";

import { FormField, type FormFieldControlProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { MAX_STATEMENT } from "@/lib/claims/schemas";
import { CLAIM_PRIORITIES, type ClaimPriority, type MemberRef, type VerdictDTO } from "@/lib/claims/types";
import { SAFE_LINK_REL, isSafeHref } from "@/lib/editor/safe-link";
import { cn } from "@/lib/utils";

import { ChangedMark } from "./changed-mark";
import { DETAIL_FIELDS, type ClaimDraft, type ClaimField, type QuantityDraft, type QuantityErrors } from "./claim-draft";
import { FieldValue } from "./field-value";
import { QuantitiesEditor } from "./quantities-editor";
import { SpeakerLabel, SourceKindIcon, SpeakersPicker } from "./speakers-picker";
import { TagInput } from "./tag-input";

const NOBODY = "__nobody";

const PRIORITY_DOT: Record<ClaimPriority, string> = {
  low: "bg-muted-foreground/40",
  normal: "bg-primary/60",
  high: "bg-warning",
  urgent: "bg-destructive",
};

export interface DetailErrors {
  statement?: string;
  speakers?: string;
  claimDate?: string;
  firstSeenUrl?: string;
  firstSeenAt?: string;
  tags?: string;
  priority?: string;
  assignee?: string;
  quantities?: string;
  quantityRows: Record<string, QuantityErrors>;
}

function label(text: string, changed: boolean) {
  return (
    <>
      {text}
      <ChangedMark show={changed} />
    </>
  );
}

interface DetailsFormProps {
  workspaceSlug: string;
  draft: ClaimDraft;
  onChange: (patch: Partial<ClaimDraft>) => void;
  changed: ReadonlySet<ClaimField>;
  errors: DetailErrors;
  members: readonly MemberRef[];
}

const sameSet = <T,>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Redrawn when one of the details, their marks or errors change — not when the verdict or the
 * rationale does (the panel gives a new draft object for any change).
 */
export const DetailsForm = memo(
  DetailsFormFields,
  (a: DetailsFormProps, b: DetailsFormProps) =>
    a.workspaceSlug === b.workspaceSlug &&
    a.onChange === b.onChange &&
    a.members === b.members &&
    DETAIL_FIELDS.every((f) => a.draft[f] === b.draft[f]) &&
    sameSet(a.changed, b.changed) &&
    JSON.stringify(a.errors) === JSON.stringify(b.errors),
);

function DetailsFormFields({ workspaceSlug, draft, onChange, changed, errors, members }: DetailsFormProps) {
  const t = useTranslations("claimPanel");
  const ids = useId();
  const [firstSeenOpen, setFirstSeenOpen] = useState(Boolean(draft.firstSeenUrl || draft.firstSeenAt));
  const assignee = draft.assignee;
  const assignees = useMemo(() => (assignee && !members.some((m) => m.id === assignee.id) ? [...members, assignee] : members), [assignee, members]);
  // Stable callbacks for the memoised fields below (the statement's keystrokes leave them alone).
  const onSpeakers = useCallback((speakers: ClaimDraft["speakers"]) => onChange({ speakers }), [onChange]);
  const onTags = useCallback((tags: string[]) => onChange({ tags }), [onChange]);
  const onQuantities = useCallback((quantities: QuantityDraft[]) => onChange({ quantities }), [onChange]);
  const onPriority = useCallback((v: string) => onChange({ priority: v as ClaimPriority }), [onChange]);
  const onAssignee = useCallback((v: string) => onChange({ assignee: v === NOBODY ? null : (assignees.find((m) => m.id === v) ?? null) }), [onChange, assignees]);

  return (
    <div className="grid grid-cols-1 gap-4">
      <FormField label={label(t("statement.label"), changed.has("statement"))} hint={t("statement.hint")} errors={errors.statement}>
        <Textarea
          rows={3}
          maxLength={MAX_STATEMENT}
          value={draft.statement}
          placeholder={t("statement.placeholder")}
          onChange={(e) => onChange({ statement: e.target.value })}
          data-testid="claim-statement"
        />
      </FormField>

      <div className="grid grid-cols-1 gap-1.5">
        <Label id={`${ids}-speakers`} className={cn(errors.speakers && "text-destructive")}>
          {label(t("speakers.label"), changed.has("speakers"))}
        </Label>
        <SpeakersPicker workspaceSlug={workspaceSlug} value={draft.speakers} onChange={onSpeakers} labelId={`${ids}-speakers`} describedBy={`${ids}-speakers-hint`} />
        <p id={`${ids}-speakers-hint`} className="text-[13px] text-muted-foreground">
          {t("speakers.hint")}
        </p>
        {errors.speakers ? <p className="text-[13px] font-medium text-destructive">{errors.speakers}</p> : null}
      </div>

      <FormField label={label(t("claimDate.label"), changed.has("claimDate"))} hint={t("claimDate.hint")} errors={errors.claimDate}>
        <Input type="date" value={draft.claimDate ?? ""} onChange={(e) => onChange({ claimDate: e.target.value || null })} className="w-full sm:w-48" data-testid="claim-date" />
      </FormField>

      <div className="grid grid-cols-1 gap-2">
        <button
          type="button"
          className="inline-flex w-fit items-center gap-1.5 rounded-sm text-sm font-medium"
          aria-expanded={firstSeenOpen}
          aria-controls={`${ids}-first-seen`}
          onClick={() => setFirstSeenOpen(!firstSeenOpen)}
        >
          <ChevronRightIcon className={cn("size-4 text-muted-foreground transition-transform", firstSeenOpen && "rotate-90")} aria-hidden />
          {t("firstSeen.title")}
          <ChangedMark show={changed.has("firstSeenUrl") || changed.has("firstSeenAt")} />
          {!firstSeenOpen && (draft.firstSeenUrl || draft.firstSeenAt) ? <span className="text-xs font-normal text-muted-foreground">({t("firstSeen.filled")})</span> : null}
        </button>
        <div id={`${ids}-first-seen`} hidden={!firstSeenOpen} className="grid grid-cols-1 gap-3 border-l-2 pl-3">
          <p className="text-[13px] text-muted-foreground">{t("firstSeen.hint")}</p>
          <FormField label={t("firstSeen.url")} errors={errors.firstSeenUrl}>
            <Input type="url" inputMode="url" placeholder="https://" value={draft.firstSeenUrl ?? ""} onChange={(e) => onChange({ firstSeenUrl: e.target.value || null })} />
          </FormField>
          <FormField label={t("firstSeen.date")} errors={errors.firstSeenAt}>
            <Input type="date" value={draft.firstSeenAt ?? ""} onChange={(e) => onChange({ firstSeenAt: e.target.value || null })} className="w-full sm:w-48" />
          </FormField>
        </div>
      </div>

      <div className="grid grid-cols-1 gap-1.5">
        <Label htmlFor={`${ids}-tags`} className={cn(errors.tags && "text-destructive")}>
          {label(t("tags.label"), changed.has("tags"))}
        </Label>
        <TagInput id={`${ids}-tags`} value={draft.tags} onChange={onTags} describedBy={`${ids}-tags-hint`} />
        <p id={`${ids}-tags-hint`} className="text-[13px] text-muted-foreground">
          {t("tags.hint")}
        </p>
        {errors.tags ? <p className="text-[13px] font-medium text-destructive">{errors.tags}</p> : null}
      </div>

      <div className="grid grid-cols-1 gap-4 min-[400px]:grid-cols-2">
        <FormField label={label(t("priority.label"), changed.has("priority"))} errors={errors.priority}>
          {(p) => <PrioritySelect {...p} value={draft.priority} onValueChange={onPriority} />}
        </FormField>
        <FormField label={label(t("assignee.label"), changed.has("assignee"))} errors={errors.assignee}>
          {(p) => <AssigneeSelect {...p} value={draft.assignee?.id ?? NOBODY} onValueChange={onAssignee} assignees={assignees} />}
        </FormField>
      </div>

      <div className="grid grid-cols-1 gap-1.5">
        <p className={cn("flex items-center gap-2 text-sm font-medium", errors.quantities && "text-destructive")} id={`${ids}-quantities`}>
          {label(t("quantities.label"), changed.has("quantities"))}
        </p>
        <div role="group" aria-labelledby={`${ids}-quantities`}>
          <QuantitiesEditor value={draft.quantities} onChange={onQuantities} errors={errors.quantityRows} />
        </div>
        {errors.quantities ? <p className="text-[13px] font-medium text-destructive">{errors.quantities}</p> : null}
      </div>
    </div>
  );
}

/** The ids and ARIA state FormField gives its control, passed on to the select's trigger. */
type TriggerProps = FormFieldControlProps;

const PrioritySelect = memo(function PrioritySelect({ value, onValueChange, ...trigger }: TriggerProps & { value: ClaimPriority; onValueChange: (v: string) => void }) {
  const t = useTranslations("claimPanel");
  return (
    <Select value={value} onValueChange={onValueChange}>
      <SelectTrigger {...trigger} className="w-full" data-testid="claim-priority">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {CLAIM_PRIORITIES.map((pr) => (
          <SelectItem key={pr} value={pr}>
            <span className="flex items-center gap-2">
              <span className={cn("size-2 shrink-0 rounded-full", PRIORITY_DOT[pr])} aria-hidden />
              {t(`priority.${pr}`)}
            </span>
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
});

const AssigneeSelect = memo(function AssigneeSelect({
  value,
  onValueChange,
  assignees,
  ...trigger
}: TriggerProps & { value: string; onValueChange: (v: string) => void; assignees: readonly MemberRef[] }) {
  const t = useTranslations("claimPanel");
  return (
    <Select value={value} onValueChange={onValueChange}>
      <SelectTrigger {...trigger} className="w-full" data-testid="claim-assignee">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={NOBODY}>
          <span className="text-muted-foreground">{t("assignee.nobody")}</span>
        </SelectItem>
        {assignees.map((m) => (
          <SelectItem key={m.id} value={m.id}>
            {m.name}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
});

/** The same fields as text, for viewers. */
export function DetailsView({ draft, verdicts }: { draft: ClaimDraft; verdicts: readonly VerdictDTO[] }) {
  const t = useTranslations("claimPanel");
  const tk = useTranslations("claimPanel.sourceKinds");
  const rows: { key: string; label: string; value: React.ReactNode }[] = [
    { key: "statement", label: t("statement.label"), value: <FieldValue field="statement" draft={draft} verdicts={verdicts} /> },
    {
      key: "speakers",
      label: t("speakers.label"),
      value: draft.speakers.length ? (
        <ul className="grid grid-cols-1 gap-1">
          {draft.speakers.map((s) => (
            <li key={s.id} className="flex items-start gap-1.5">
              <SourceKindIcon kind={s.kind} className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" />
              <span className="sr-only">{tk(s.kind)}: </span>
              <SpeakerLabel source={s} />
            </li>
          ))}
        </ul>
      ) : (
        <FieldValue field="speakers" draft={draft} verdicts={verdicts} />
      ),
    },
    { key: "claimDate", label: t("claimDate.label"), value: <FieldValue field="claimDate" draft={draft} verdicts={verdicts} /> },
    ...(draft.firstSeenUrl || draft.firstSeenAt
      ? [
          {
            key: "firstSeen",
            label: t("firstSeen.title"),
            value: (
              <span className="grid grid-cols-1 gap-0.5">
                {draft.firstSeenUrl ? <FirstSeenLink url={draft.firstSeenUrl} /> : null}
                {draft.firstSeenAt ? <FieldValue field="firstSeenAt" draft={draft} verdicts={verdicts} /> : null}
              </span>
            ),
          },
        ]
      : []),
    { key: "tags", label: t("tags.label"), value: <FieldValue field="tags" draft={draft} verdicts={verdicts} /> },
    { key: "priority", label: t("priority.label"), value: <FieldValue field="priority" draft={draft} verdicts={verdicts} /> },
    { key: "assignee", label: t("assignee.label"), value: <FieldValue field="assignee" draft={draft} verdicts={verdicts} /> },
    { key: "quantities", label: t("quantities.label"), value: <FieldValue field="quantities" draft={draft} verdicts={verdicts} /> },
  ];
  return (
    <dl className="grid grid-cols-1 gap-3 text-sm">
      {rows.map((r) => (
        <div key={r.key} className="grid grid-cols-1 gap-0.5">
          <dt className="text-xs font-medium text-muted-foreground">{r.label}</dt>
          <dd className="min-w-0 break-words">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function FirstSeenLink({ url }: { url: string }) {
  return isSafeHref(url) ? (
    <a href={url} target="_blank" rel={SAFE_LINK_REL} className="break-all text-primary hover:underline">
      {url}
    </a>
  ) : (
    <span className="break-all">{url}</span>
  );
}
