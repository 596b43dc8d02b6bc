"use client";
// "Add evidence": a link (the server captures a text snapshot of the page), an uploaded document,
// or another claim of the workspace; with its stance and the excerpt that matters.
import { CheckCircle2Icon, InfoIcon, LinkIcon, MessageSquareQuoteIcon, PaperclipIcon, XCircleIcon, XIcon } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";

import { addDocumentEvidenceAction, addEvidenceAction, searchClaimsAction } from "@/app/(app)/w/[slug]/claims/actions";
import { formatBytes } from "@/components/format-bytes";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import { idleState, type ActionState } from "@/lib/actions/state";
import { MAX_EXCERPT } from "@/lib/claims/schemas";
import { EVIDENCE_STANCES, type ClaimSearchHit, type EvidenceDTO, type EvidenceStance, type VerdictDTO } from "@/lib/claims/types";
import { cn } from "@/lib/utils";

import { Combobox, useServerSearch } from "./combobox";
import { PendingButton } from "./pending-button";
import { safeAction } from "./safe-action";
import { Quoted } from "./quoted";

type Kind = "url" | "document" | "claim";

/**
 * Largest document the form sends: what the importer accepts (IMPORT_MAX_FILE_BYTES, checked
 * again on the server). next.config.js lets server-action bodies reach 11 MB for it.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Room left in the request for the other fields. */
const FORM_OVERHEAD_BYTES = 16 * 1024;

const STANCE_STYLE: Record<EvidenceStance, { icon: typeof InfoIcon; checked: string }> = {
  supports: { icon: CheckCircle2Icon, checked: "peer-checked:border-success peer-checked:bg-success/12 peer-checked:text-success" },
  refutes: { icon: XCircleIcon, checked: "peer-checked:border-destructive peer-checked:bg-destructive/10 peer-checked:text-destructive" },
  context: { icon: InfoIcon, checked: "peer-checked:border-primary peer-checked:bg-primary/10 peer-checked:text-primary" },
};

export function AddEvidenceForm({
  workspaceSlug,
  claimId,
  verdicts,
  onAdded,
  onCancel,
}: {
  workspaceSlug: string;
  claimId: string;
  verdicts: readonly VerdictDTO[];
  onAdded: (evidence: EvidenceDTO) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("claimPanel.addEvidence");
  const ts = useTranslations("claimPanel.evidence.stance");
  const tc = useTranslations("common");
  const formatter = useFormatter();
  const ids = useId();
  const [kind, setKind] = useState<Kind>("url");
  const [stance, setStance] = useState<EvidenceStance | null>(null);
  const [excerpt, setExcerpt] = useState("");
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [linked, setLinked] = useState<ClaimSearchHit | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionState<EvidenceDTO>>(idleState);
  const [local, setLocal] = useState<Record<string, string>>({});

  const errors = { ...(result.fieldErrors ? Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, v[0] ?? ""])) : {}), ...local };

  function check(): Record<string, string> {
    const e: Record<string, string> = {};
    if (!stance) e.stance = t("stanceRequired");
    if (kind === "url" && url.trim() === "") e.url = t("urlRequired");
    if (kind === "document") {
      if (!file) e.file = t("fileRequired");
      else if (file.size > MAX_DOCUMENT_BYTES - FORM_OVERHEAD_BYTES) e.file = t("fileTooLarge", { max: formatBytes(formatter, MAX_DOCUMENT_BYTES) });
    }
    if (kind === "claim" && !linked) e.linkedClaimId = t("claimRequired");
    return e;
  }

  async function submit() {
    const problems = check();
    setLocal(problems);
    setResult(idleState);
    if (Object.keys(problems).length > 0 || !stance) return;
    setPending(true);
    let res: ActionState<EvidenceDTO>;
    if (kind === "document" && file) {
      const fd = new FormData();
      fd.set("workspaceSlug", workspaceSlug);
      fd.set("claimId", claimId);
      fd.set("stance", stance);
      fd.set("excerpt", excerpt);
      fd.set("title", title);
      fd.set("file", file);
      res = await safeAction(addDocumentEvidenceAction(idleState, fd) as Promise<ActionState<EvidenceDTO>>, tc("errors.network"));
    } else if (kind === "claim" && linked) {
      res = await safeAction(addEvidenceAction(idleState, { workspaceSlug, kind: "claim", claimId, stance, excerpt, linkedClaimId: linked.id }) as Promise<ActionState<EvidenceDTO>>, tc("errors.network"));
    } else {
      res = await safeAction(
        addEvidenceAction(idleState, { workspaceSlug, kind: "url", claimId, stance, excerpt, url: url.trim(), ...(title.trim() ? { title: title.trim() } : {}) }) as Promise<ActionState<EvidenceDTO>>,
        tc("errors.network"),
      );
    }
    setPending(false);
    setResult(res);
    if (res.status === "success" && res.data) onAdded(res.data);
  }

  const formLevel = result.status === "error" && result.formError && !(result.fieldErrors && Object.keys(result.fieldErrors).some((k) => ["url", "title", "file", "excerpt", "stance", "linkedClaimId"].includes(k)));

  return (
    <div
      role="group"
      aria-labelledby={`${ids}-title`}
      className="grid grid-cols-1 gap-4 rounded-md border bg-card p-3"
      data-testid="add-evidence-form"
      onKeyDown={(e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      <div className="flex items-center justify-between gap-2">
        <h4 id={`${ids}-title`} className="text-sm font-semibold">
          {t("title")}
        </h4>
        <Button variant="ghost" size="icon" className="size-7" aria-label={t("close")} title={t("close")} onClick={onCancel}>
          <XIcon className="size-4" aria-hidden />
        </Button>
      </div>
      {formLevel ? (
        <Alert variant="destructive">
          <AlertDescription>{result.formError}</AlertDescription>
        </Alert>
      ) : null}

      <Tabs value={kind} onValueChange={(v) => setKind(v as Kind)} className="gap-3">
        <TabsList className="w-full" aria-label={t("kindLabel")}>
          <TabsTrigger value="url">
            <LinkIcon aria-hidden />
            {t("tabUrl")}
          </TabsTrigger>
          <TabsTrigger value="document">
            <PaperclipIcon aria-hidden />
            {t("tabDocument")}
          </TabsTrigger>
          <TabsTrigger value="claim">
            <MessageSquareQuoteIcon aria-hidden />
            {t("tabClaim")}
          </TabsTrigger>
        </TabsList>
        <TabsContent value="url" className="grid grid-cols-1 gap-3">
          <FormField label={t("url")} errors={errors.url} hint={t("urlHint")} required>
            <Input type="url" inputMode="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} data-testid="evidence-url" />
          </FormField>
          <FormField label={t("linkTitle")} errors={errors.title}>
            <Input value={title} onChange={(e) => setTitle(e.target.value)} />
          </FormField>
        </TabsContent>
        <TabsContent value="document" className="grid grid-cols-1 gap-3">
          <FormField label={t("file")} errors={errors.file} hint={t("fileHint", { max: formatBytes(formatter, MAX_DOCUMENT_BYTES) })} required>
            <Input
              type="file"
              accept=".pdf,.docx,.txt,.md,.html,.htm,.png,.jpg,.jpeg,.csv,.xlsx"
              className="h-auto py-1.5"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              data-testid="evidence-file"
            />
          </FormField>
          {file ? <p className="-mt-1 text-xs text-muted-foreground">{t("fileChosen", { name: file.name, size: formatBytes(formatter, file.size) })}</p> : null}
          <FormField label={t("documentTitle")} errors={errors.title}>
            <Input value={title} onChange={(e) => setTitle(e.target.value)} />
          </FormField>
        </TabsContent>
        <TabsContent value="claim" className="grid grid-cols-1 gap-3">
          <ClaimPicker workspaceSlug={workspaceSlug} excludeId={claimId} value={linked} onChange={setLinked} verdicts={verdicts} error={errors.linkedClaimId} />
        </TabsContent>
      </Tabs>

      <fieldset className="grid grid-cols-1 gap-1.5" aria-describedby={errors.stance ? `${ids}-stance-error` : undefined} data-testid="evidence-stance">
        <legend className={cn("mb-1.5 text-sm font-medium", errors.stance && "text-destructive")}>{t("stance")}</legend>
        <div className="grid grid-cols-3 gap-1.5">
          {EVIDENCE_STANCES.map((s) => {
            const { icon: Icon, checked } = STANCE_STYLE[s];
            return (
              <label key={s} className="relative">
                <input type="radio" name={`${ids}-stance`} value={s} checked={stance === s} onChange={() => setStance(s)} className="peer sr-only" />
                <span
                  className={cn(
                    "flex h-9 cursor-pointer items-center justify-center gap-1.5 rounded-md border border-input px-2 text-[13px] font-medium transition-colors select-none hover:bg-accent peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ring",
                    checked,
                  )}
                >
                  <Icon className="size-4 shrink-0" aria-hidden />
                  {ts(s)}
                </span>
              </label>
            );
          })}
        </div>
        {errors.stance ? (
          <p id={`${ids}-stance-error`} className="text-[13px] font-medium text-destructive">
            {errors.stance}
          </p>
        ) : null}
      </fieldset>

      <FormField label={t("excerpt")} hint={t("excerptHint")} errors={errors.excerpt}>
        <Textarea rows={3} maxLength={MAX_EXCERPT} value={excerpt} onChange={(e) => setExcerpt(e.target.value)} data-testid="evidence-excerpt" />
      </FormField>

      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          {tc("cancel")}
        </Button>
        <PendingButton size="sm" pending={pending} onClick={() => void submit()} data-testid="submit-evidence">
          {t("submit")}
        </PendingButton>
      </div>
    </div>
  );
}

function ClaimPicker({
  workspaceSlug,
  excludeId,
  value,
  onChange,
  verdicts,
  error,
}: {
  workspaceSlug: string;
  excludeId: string;
  value: ClaimSearchHit | null;
  onChange: (hit: ClaimSearchHit | null) => void;
  verdicts: readonly VerdictDTO[];
  error?: string;
}) {
  const t = useTranslations("claimPanel.addEvidence");
  const id = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const { results, loading, failed } = useServerSearch(
    async (query) => {
      const res = await searchClaimsAction(idleState, { workspaceSlug, q: query, excludeId });
      return res.status === "success" ? ((res.data as ClaimSearchHit[] | undefined) ?? []) : null;
    },
    q,
    open && value === null,
  );

  if (value) {
    const verdict = verdicts.find((v) => v.id === value.verdictId);
    return (
      <div className="grid grid-cols-1 gap-1.5">
        <Label id={`${id}-label`}>{t("linkedClaim")}</Label>
        <div className="flex items-start gap-2 rounded-md border bg-muted/40 p-2 text-sm" aria-labelledby={`${id}-label`} role="group">
          <div className="grid grid-cols-1 min-w-0 flex-1 gap-1">
            <p className="font-medium break-words">{value.statement || <Quoted>{value.quote}</Quoted>}</p>
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
              {verdict ? <VerdictBadge verdict={verdict} variant="dot" size="sm" /> : null}
              <span className="truncate">{t("inArticle", { title: value.articleTitle })}</span>
            </div>
          </div>
          <Button variant="ghost" size="icon" className="size-7 shrink-0" aria-label={t("changeClaim")} title={t("changeClaim")} onClick={() => onChange(null)}>
            <XIcon className="size-4" aria-hidden />
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="grid grid-cols-1 gap-1.5">
      <Label id={`${id}-label`} htmlFor={`${id}-input`} className={cn(error && "text-destructive")}>
        {t("searchClaim")}
      </Label>
      <Combobox
        id={`${id}-input`}
        value={q}
        onValueChange={setQ}
        open={open}
        onOpenChange={setOpen}
        loading={loading}
        listLabel={t("claimResults")}
        placeholder={t("searchClaimPlaceholder")}
        emptyText={failed ? t("searchFailed") : t("noClaims")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid="evidence-claim-search"
        options={results.map((hit) => ({
          key: hit.id,
          onSelect: () => {
            onChange(hit);
            setOpen(false);
          },
          content: (
            <span className="grid grid-cols-1 gap-0.5">
              <span className="line-clamp-2 font-medium">{hit.statement || <Quoted>{hit.quote}</Quoted>}</span>
              <span className="truncate text-xs text-muted-foreground">{t("inArticle", { title: hit.articleTitle })}</span>
            </span>
          ),
        }))}
      />
      {error ? (
        <p id={`${id}-error`} className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
