"use client";
// Who made the claim: sources from the workspace registry, searched as you type (the server folds
// case and accents and knows aliases: "guerassimov" finds "Valeri Guérassimov"). A name the
// registry lacks can be created on the spot ("Create “X”": kind + a one-line description), then
// it is picked. A near-duplicate the server knows is offered instead of a second copy.
import { Building2Icon, FileTextIcon, LandmarkIcon, NewspaperIcon, PlusIcon, RadioTowerIcon, UserIcon, XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo, useEffect, useId, useRef, useState } from "react";

import { createSourceAction, searchSourcesAction } from "@/app/(app)/w/[slug]/sources/actions";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { idleState } from "@/lib/actions/state";
import { MAX_SPEAKERS } from "@/lib/claims/schemas";
import { SOURCE_KINDS, type SourceKind, type SourceRef } from "@/lib/claims/types";
import { foldName } from "@/lib/sources/schemas";

import { Combobox, useServerSearch, type ComboboxOption } from "./combobox";
import { PendingButton } from "./pending-button";
import { safeAction } from "./safe-action";

const KIND_ICONS: Record<SourceKind, typeof UserIcon> = {
  person: UserIcon,
  organisation: Building2Icon,
  government: LandmarkIcon,
  agency: RadioTowerIcon,
  outlet: NewspaperIcon,
  document: FileTextIcon,
};

export function SourceKindIcon({ kind, className }: { kind: SourceKind; className?: string }) {
  const Icon = KIND_ICONS[kind] ?? UserIcon;
  return <Icon className={className ?? "size-3.5 shrink-0 text-muted-foreground"} aria-hidden />;
}

/** "Valery Gerasimov — Chief of the Russian General Staff" */
export function SpeakerLabel({ source }: { source: SourceRef }) {
  return (
    <span className="min-w-0">
      <span className="font-medium">{source.name}</span>
      {source.description ? <span className="text-muted-foreground"> — {source.description}</span> : null}
    </span>
  );
}

export const SpeakersPicker = memo(function SpeakersPicker({
  workspaceSlug,
  value,
  onChange,
  labelId,
  describedBy,
}: {
  workspaceSlug: string;
  value: SourceRef[];
  onChange: (speakers: SourceRef[]) => void;
  /** The visible label of the field (aria-labelledby). */
  labelId: string;
  describedBy?: string;
}) {
  const t = useTranslations("claimPanel.speakers");
  const tk = useTranslations("claimPanel.sourceKinds");
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const full = value.length >= MAX_SPEAKERS;
  /** Back to the search field once the creation form closes (it replaced the field). */
  const refocusNeeded = useRef(false);
  const refocus = () => {
    refocusNeeded.current = true;
  };
  useEffect(() => {
    if (!refocusNeeded.current || creating !== null) return;
    refocusNeeded.current = false;
    inputRef.current?.focus();
  }, [creating]);

  const { results, loading, failed } = useServerSearch(
    async (q) => {
      const res = await searchSourcesAction(idleState, { workspaceSlug, q, limit: 8 });
      return res.status === "success" ? (res.data ?? []) : null;
    },
    query,
    open && !full,
  );

  function add(source: SourceRef) {
    if (!value.some((s) => s.id === source.id)) onChange([...value, source]);
    setQuery("");
    setCreating(null);
  }

  const chosen = new Set(value.map((s) => s.id));
  const q = query.trim();
  const exact = results.some((r) => foldName(r.name) === foldName(q));
  const options: ComboboxOption[] = results
    .filter((r) => !chosen.has(r.id))
    .map((r) => ({
      key: r.id,
      onSelect: () => add(r),
      content: (
        <span className="flex items-start gap-2">
          <SourceKindIcon kind={r.kind} className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" />
          <SpeakerLabel source={r} />
        </span>
      ),
    }));
  if (q !== "" && !exact) {
    options.push({
      key: "__create",
      onSelect: () => {
        setCreating(q);
        setOpen(false);
      },
      content: (
        <span className="flex items-center gap-2 font-medium text-primary">
          <PlusIcon className="size-3.5 shrink-0" aria-hidden />
          {t("create", { name: q })}
        </span>
      ),
    });
  }

  return (
    <div className="grid grid-cols-1 gap-2">
      {value.length > 0 ? (
        <ul className="grid grid-cols-1 gap-1.5" aria-labelledby={labelId}>
          {value.map((s) => (
            <li key={s.id} className="flex items-start gap-2 rounded-md border bg-muted/40 py-1.5 pr-1 pl-2.5 text-sm" data-testid="speaker-chip">
              <SourceKindIcon kind={s.kind} className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" />
              <span className="sr-only">{tk(s.kind)}: </span>
              <span className="min-w-0 flex-1 break-words">
                <SpeakerLabel source={s} />
              </span>
              <Button
                variant="ghost"
                size="icon"
                className="size-6 shrink-0"
                aria-label={t("remove", { name: s.name })}
                title={t("remove", { name: s.name })}
                onClick={() => onChange(value.filter((x) => x.id !== s.id))}
              >
                <XIcon className="size-3.5" aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {creating === null ? (
        <Combobox
          ref={inputRef}
          value={query}
          onValueChange={setQuery}
          open={open}
          onOpenChange={setOpen}
          options={options}
          loading={loading}
          emptyText={failed ? t("searchFailed") : q === "" ? t("registryEmpty") : undefined}
          listLabel={t("results")}
          placeholder={full ? t("full", { max: MAX_SPEAKERS }) : t("placeholder")}
          disabled={full}
          aria-labelledby={labelId}
          aria-describedby={describedBy}
          data-testid="speaker-search"
        />
      ) : (
        <CreateSourceForm
          workspaceSlug={workspaceSlug}
          initialName={creating}
          onCreated={(source) => {
            add(source);
            refocus();
          }}
          onCancel={() => {
            setCreating(null);
            refocus();
          }}
        />
      )}
    </div>
  );
});

function CreateSourceForm({ workspaceSlug, initialName, onCreated, onCancel }: { workspaceSlug: string; initialName: string; onCreated: (s: SourceRef) => void; onCancel: () => void }) {
  const t = useTranslations("claimPanel.speakers");
  const tk = useTranslations("claimPanel.sourceKinds");
  const tc = useTranslations("common");
  const headingId = useId();
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<SourceKind>("person");
  const [description, setDescription] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; fieldErrors?: Record<string, string[]>; existing?: SourceRef } | null>(null);

  async function submit() {
    setPending(true);
    setError(null);
    const res = await safeAction(createSourceAction(idleState, { workspaceSlug, name, kind, description }), tc("errors.network"));
    setPending(false);
    if (res.status === "success" && res.data) {
      onCreated(res.data);
      return;
    }
    const existing = (res.details as { existing?: SourceRef } | undefined)?.existing;
    setError({ message: res.formError ?? t("createFailed"), fieldErrors: res.fieldErrors, existing });
  }

  // Not a <form>: it sits inside the claim form, and forms cannot nest.
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className="grid grid-cols-1 gap-3 rounded-md border border-dashed bg-muted/30 p-3"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={headingId} className="text-sm font-medium">
        {t("createTitle")}
      </p>
      {error?.existing ? (
        <Alert role="alert">
          <AlertDescription className="text-foreground">
            <p>{t("exists", { name: error.existing.name })}</p>
            <Button size="sm" variant="outline" className="mt-1" onClick={() => onCreated(error.existing!)}>
              {t("useExisting", { name: error.existing.name })}
            </Button>
          </AlertDescription>
        </Alert>
      ) : error && !error.fieldErrors ? (
        <Alert variant="destructive">
          <AlertDescription>{error.message}</AlertDescription>
        </Alert>
      ) : null}
      <FormField label={t("name")} errors={error?.existing ? undefined : error?.fieldErrors?.name}>
        <Input
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              void submit();
            }
          }}
        />
      </FormField>
      <FormField label={t("kind")} errors={error?.fieldErrors?.kind}>
        {(p) => (
          <Select value={kind} onValueChange={(v) => setKind(v as SourceKind)}>
            <SelectTrigger {...p} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {SOURCE_KINDS.map((k) => (
                <SelectItem key={k} value={k}>
                  <span className="flex items-center gap-2">
                    <SourceKindIcon kind={k} />
                    {tk(k)}
                  </span>
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        )}
      </FormField>
      <FormField label={t("description")} hint={t("descriptionHint")} errors={error?.fieldErrors?.description}>
        <Input
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              void submit();
            }
          }}
        />
      </FormField>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          {t("cancelCreate")}
        </Button>
        <PendingButton size="sm" pending={pending} onClick={() => void submit()} data-testid="create-source">
          {t("createAndAdd")}
        </PendingButton>
      </div>
    </div>
  );
}
