"use client";
// The import page's island: three ways in (files, URLs, paste) posting to
// POST /api/v1/w/[slug]/imports, then the batch's live progress, polled once a second from
// GET /api/v1/w/[slug]/imports/[batchId] until every item is done, duplicate or failed.
// The batch ids sit in the URL (`?batch=`), so a reload resumes the same view.
import { ClipboardPasteIcon, FileUpIcon, LinkIcon, Loader2Icon, SparklesIcon, WifiOffIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { SubmitButton } from "@/components/submit-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { batchCounts, ImportProgressBar, ItemRow } from "./batch-progress";
import { FilePicker, fileKey } from "./file-picker";
import { isTerminal, toBatchView, type ImportBatchView } from "./types";

export type { ImportBatchView } from "./types";

type Tab = "files" | "urls" | "paste";

interface BatchState extends ImportBatchView {
  /** False until the first answer for a batch created in this page. */
  loaded: boolean;
  /** The server no longer knows it (404): stop asking. */
  gone?: boolean;
}

interface ApiError {
  message: string;
  fieldErrors?: Record<string, string[]>;
}

const POLL_MS = 1000;
const MAX_POLL_MS = 8000;

/** POSTs a form with XMLHttpRequest, which (unlike fetch) reports upload progress. */
function postForm(url: string, body: FormData, onProgress: (fraction: number) => void, xhrRef: React.RefObject<XMLHttpRequest | null>) {
  return new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhrRef.current = xhr;
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): the caller shows the generic message.
      }
      resolve({ status: xhr.status, json });
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.onabort = () => reject(new DOMException("aborted", "AbortError"));
    xhr.send(body);
  });
}

function readApiError(json: unknown): ApiError | null {
  const error = (json as { error?: { message?: unknown; fieldErrors?: unknown } } | null)?.error;
  if (!error || typeof error.message !== "string") return null;
  const fieldErrors = error.fieldErrors && typeof error.fieldErrors === "object" ? (error.fieldErrors as Record<string, string[]>) : undefined;
  return { message: error.message, fieldErrors };
}

type PollAnswer =
  | { id: string; kind: "ok"; batch: ImportBatchView }
  | { id: string; kind: "http"; status: number; message?: string }
  | { id: string; kind: "network" };

async function fetchBatch(slug: string, id: string): Promise<PollAnswer> {
  try {
    const res = await fetch(`/api/v1/w/${encodeURIComponent(slug)}/imports/${encodeURIComponent(id)}`, { cache: "no-store", headers: { Accept: "application/json" } });
    const json: unknown = await res.json().catch(() => null);
    const batch = res.ok ? toBatchView(json) : null;
    if (batch) return { id, kind: "ok", batch };
    return { id, kind: "http", status: res.ok ? 500 : res.status, message: readApiError(json)?.message };
  } catch {
    return { id, kind: "network" };
  }
}

/** Keeps `?batch=` in step with what is shown, without a server round trip. */
function writeBatchIds(ids: string[]) {
  const url = new URL(window.location.href);
  url.searchParams.delete("batch");
  for (const id of ids) url.searchParams.append("batch", id);
  if (url.href === window.location.href) return;
  window.history.replaceState(window.history.state, "", url);
}

export function ImportClient({
  slug,
  initialBatches,
  maxFileBytes,
  maxFiles,
  maxUrls,
}: {
  slug: string;
  initialBatches: ImportBatchView[];
  maxFileBytes: number;
  maxFiles: number;
  maxUrls: number;
}) {
  const t = useTranslations("import");
  const tc = useTranslations("common");
  const ids = useId();

  const [tab, setTab] = useState<Tab>("files");
  const [files, setFiles] = useState<File[]>([]);
  const [urls, setUrls] = useState("");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  /** Clipboard HTML of the last paste into an empty box; dropped when the text is edited by hand. */
  const [html, setHtml] = useState<string | null>(null);
  const [htmlDropped, setHtmlDropped] = useState(false);
  const pastingHtml = useRef<string | null>(null);

  const [sending, setSending] = useState(false);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const xhrRef = useRef<XMLHttpRequest | null>(null);

  const [batches, setBatches] = useState<BatchState[]>(() => initialBatches.map((b) => ({ ...b, loaded: true })));
  const [pollFailures, setPollFailures] = useState(0);
  const [pollError, setPollError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const progressHeading = useRef<HTMLHeadingElement>(null);

  const items = useMemo(() => batches.flatMap((b) => b.items), [batches]);
  const counts = batchCounts(items);
  const waiting = batches.filter((b) => !b.gone && (!b.loaded || b.items.some((i) => !isTerminal(i.status))));
  const waitingKey = waiting.map((b) => b.id).join(",");

  // Poll every pending batch once a second (backing off while the server is unreachable).
  useEffect(() => {
    if (!waitingKey || pollError) return;
    let cancelled = false;
    const firstLoad = waiting.some((b) => !b.loaded) && pollFailures === 0;
    const delay = firstLoad ? 0 : Math.min(POLL_MS * 2 ** pollFailures, MAX_POLL_MS);
    const timer = setTimeout(async () => {
      const answers = await Promise.all(waitingKey.split(",").map((id) => fetchBatch(slug, id)));
      if (cancelled) return;
      // Signed out, or no longer a member: polling again will not help.
      const refused = answers.find((a) => a.kind === "http" && a.status !== 404 && a.status < 500);
      if (refused?.kind === "http") setPollError(refused.message ?? tc("errors.genericNoReference"));
      const unreachable = answers.some((a) => a.kind === "network" || (a.kind === "http" && a.status >= 500));
      setPollFailures((n) => (unreachable ? n + 1 : 0));
      setBatches((prev) =>
        prev.map((b) => {
          const a = answers.find((x) => x.id === b.id);
          if (a?.kind === "ok") return { ...a.batch, loaded: true };
          if (a?.kind === "http" && a.status === 404) return { ...b, loaded: true, gone: true };
          return b;
        }),
      );
      setTick((n) => n + 1);
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `waiting` and `pollFailures` change together with `waitingKey`/`tick`, which schedule each round.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waitingKey, tick, pollError, slug]);

  // The URL names the batches on screen, so a reload (or a shared link) resumes them.
  const batchIdsKey = batches.map((b) => b.id).join(",");
  useEffect(() => {
    writeBatchIds(batchIdsKey ? batchIdsKey.split(",") : []);
  }, [batchIdsKey]);

  const showBatches = useCallback((next: string[], mode: "replace" | "append") => {
    setPollError(null);
    setPollFailures(0);
    setBatches((prev) => {
      const kept = mode === "append" ? prev : [];
      const added = next.filter((id) => !kept.some((b) => b.id === id)).map((id) => ({ id, items: [], loaded: false }));
      return [...kept, ...added];
    });
  }, []);

  async function submit(body: FormData, reset: () => void) {
    setError(null);
    setSending(true);
    setUploaded(null);
    try {
      const { status, json } = await postForm(`/api/v1/w/${encodeURIComponent(slug)}/imports`, body, setUploaded, xhrRef);
      const batchId = (json as { batchId?: unknown } | null)?.batchId;
      if (status === 202 && typeof batchId === "string") {
        reset();
        showBatches([batchId], "replace");
        // Move focus (and the screen) to the progress the user is now waiting on.
        requestAnimationFrame(() => progressHeading.current?.focus());
        return;
      }
      setError(readApiError(json) ?? { message: tc("errors.genericNoReference") });
    } catch (e) {
      if (!(e instanceof DOMException && e.name === "AbortError")) setError({ message: tc("errors.network") });
    } finally {
      xhrRef.current = null;
      setSending(false);
      setUploaded(null);
    }
  }

  function addFiles(incoming: File[]) {
    setError(null);
    setFiles((prev) => {
      const seen = new Set(prev.map(fileKey));
      const added: File[] = [];
      for (const f of incoming) {
        if (seen.has(fileKey(f))) continue;
        seen.add(fileKey(f));
        added.push(f);
      }
      return [...prev, ...added];
    });
  }

  const urlTokens = urls.split(/\s+/).filter(Boolean);
  const tooManyFiles = files.length > maxFiles;
  const tooManyUrls = urlTokens.length > maxUrls;

  // Zod reports a bad URL by its index among the whitespace-separated tokens: name the URL instead.
  const urlErrors = error?.fieldErrors
    ? Object.entries(error.fieldErrors).flatMap(([key, messages]) => {
        const token = /^\d+$/.test(key) ? urlTokens[Number(key)] : undefined;
        return messages.map((m) => (token ? `${token} — ${m}` : m));
      })
    : [];

  const formError = error?.message ?? null;

  function onPaste(e: React.ClipboardEvent<HTMLTextAreaElement>) {
    const el = e.currentTarget;
    const replacesAll = el.value.trim() === "" || (el.selectionStart === 0 && el.selectionEnd === el.value.length);
    if (replacesAll) {
      // "" marks a plain-text paste over everything: no formatting to keep, nothing was edited.
      const clipboardHtml = e.clipboardData.getData("text/html");
      pastingHtml.current = clipboardHtml.trim() ? clipboardHtml : "";
    } else {
      pastingHtml.current = null;
    }
    // The paste's own change event comes right after; anything later is typing.
    setTimeout(() => {
      pastingHtml.current = null;
    }, 0);
  }

  function onTextChange(e: React.ChangeEvent<HTMLTextAreaElement>) {
    const value = e.currentTarget.value;
    setText(value);
    if (pastingHtml.current !== null) {
      setHtml(pastingHtml.current || null);
      setHtmlDropped(false);
      pastingHtml.current = null;
    } else if (html !== null) {
      // Typed into (or pasted more into) formatted text: the HTML no longer matches the box.
      setHtml(null);
      setHtmlDropped(value.trim() !== "");
    } else if (!value.trim()) {
      setHtmlDropped(false);
    }
  }

  const uploadPct = uploaded === null ? null : Math.round(uploaded * 100);
  const sendingBar = sending ? (
    <div className="grid gap-1.5" role="status">
      <div className="flex items-center justify-between gap-3 text-sm text-muted-foreground">
        <span className="flex items-center gap-2">
          <Loader2Icon className="size-4 animate-spin" aria-hidden />
          {uploadPct !== null && uploadPct < 100 ? t("uploading", { percent: uploadPct }) : t("sending")}
        </span>
        <Button variant="ghost" size="sm" onClick={() => xhrRef.current?.abort()}>
          {tc("cancel")}
        </Button>
      </div>
      {uploadPct !== null && <ImportProgressBar processed={uploadPct} total={100} label={t("uploadProgress")} />}
    </div>
  ) : null;

  const errorBox = formError ? (
    <Alert variant="destructive">
      <AlertDescription>{formError}</AlertDescription>
    </Alert>
  ) : null;

  const summary = [
    counts.done > 0 && t("summaryDone", { count: counts.done }),
    counts.duplicate > 0 && t("summaryDuplicate", { count: counts.duplicate }),
    counts.failed > 0 && t("summaryFailed", { count: counts.failed }),
  ].filter(Boolean) as string[];

  return (
    <div className="grid grid-cols-1 gap-6">
      <Card>
        <CardContent>
          <Tabs
            value={tab}
            onValueChange={(v) => {
              setTab(v as Tab);
              setError(null);
            }}
          >
            <TabsList aria-label={t("sourceLabel")}>
              <TabsTrigger value="files" disabled={sending && tab !== "files"}>
                <FileUpIcon aria-hidden />
                {t("tabFiles")}
              </TabsTrigger>
              <TabsTrigger value="urls" disabled={sending && tab !== "urls"}>
                <LinkIcon aria-hidden />
                {t("tabUrls")}
              </TabsTrigger>
              <TabsTrigger value="paste" disabled={sending && tab !== "paste"}>
                <ClipboardPasteIcon aria-hidden />
                {t("tabPaste")}
              </TabsTrigger>
            </TabsList>

            <TabsContent value="files">
              <form
                className="grid gap-4"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  if (files.length === 0 || tooManyFiles) return;
                  const body = new FormData();
                  for (const f of files) body.append("files", f, f.name);
                  void submit(body, () => setFiles([]));
                }}
              >
                <FilePicker
                  files={files}
                  onAdd={addFiles}
                  onRemove={(f) => setFiles((prev) => prev.filter((x) => x !== f))}
                  onClear={() => setFiles([])}
                  maxFileBytes={maxFileBytes}
                  disabled={sending}
                />
                {tooManyFiles && (
                  <Alert variant="destructive">
                    <AlertDescription>{t("tooManyFiles", { max: maxFiles })}</AlertDescription>
                  </Alert>
                )}
                {errorBox}
                {sendingBar}
                <div className="flex flex-wrap items-center gap-3">
                  <SubmitButton pending={sending} disabled={files.length === 0 || tooManyFiles} data-testid="import-submit">
                    {files.length > 0 ? t("importFiles", { count: files.length }) : t("importButton")}
                  </SubmitButton>
                  {files.length === 0 && <span className="text-sm text-muted-foreground">{t("noFilesYet")}</span>}
                </div>
              </form>
            </TabsContent>

            <TabsContent value="urls">
              <form
                className="grid gap-4"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  if (urlTokens.length === 0 || tooManyUrls) return;
                  const body = new FormData();
                  body.append("urls", urlTokens.join("\n"));
                  void submit(body, () => setUrls(""));
                }}
              >
                <FormField
                  label={t("urlsLabel")}
                  name="urls"
                  hint={t("urlsHint", { max: maxUrls })}
                  errors={tooManyUrls ? t("tooManyUrls", { max: maxUrls }) : urlErrors}
                >
                  <Textarea
                    rows={8}
                    value={urls}
                    onChange={(e) => {
                      setUrls(e.currentTarget.value);
                      setError(null);
                    }}
                    placeholder={"https://www.example.org/2026/11/article\nhttps://news.example.com/story"}
                    spellCheck={false}
                    autoComplete="off"
                    className="font-mono text-[13px]"
                    disabled={sending}
                  />
                </FormField>
                {urlErrors.length > 1 && (
                  <ul className="-mt-2 grid gap-1 text-[13px] text-destructive">
                    {urlErrors.slice(1, 10).map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                )}
                {formError && !urlErrors.length ? errorBox : null}
                {sendingBar}
                <div className="flex flex-wrap items-center gap-3">
                  <SubmitButton pending={sending} disabled={urlTokens.length === 0 || tooManyUrls}>
                    {urlTokens.length > 0 ? t("importUrls", { count: urlTokens.length }) : t("importButton")}
                  </SubmitButton>
                </div>
              </form>
            </TabsContent>

            <TabsContent value="paste">
              <form
                className="grid gap-4"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  if (!text.trim()) return;
                  const body = new FormData();
                  if (title.trim()) body.append("pasteTitle", title.trim());
                  body.append("pasteText", text);
                  if (html) body.append("pasteHtml", html);
                  void submit(body, () => {
                    setTitle("");
                    setText("");
                    setHtml(null);
                    setHtmlDropped(false);
                  });
                }}
              >
                <FormField label={t("pasteTitleLabel")} name="pasteTitle" hint={t("pasteTitleHint")} errors={error?.fieldErrors?.title}>
                  <Input value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={500} disabled={sending} autoComplete="off" />
                </FormField>
                <FormField
                  label={t("pasteTextLabel")}
                  name="pasteText"
                  id={`${ids}-paste`}
                  hint={t("pasteTextHint")}
                  errors={error?.fieldErrors?.text ?? error?.fieldErrors?.html}
                >
                  <Textarea
                    rows={14}
                    value={text}
                    onPaste={onPaste}
                    onChange={onTextChange}
                    disabled={sending}
                    placeholder={t("pastePlaceholder")}
                    className="min-h-64"
                  />
                </FormField>
                {(html || htmlDropped) && (
                  <div className="-mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-[13px]" role="status">
                    {html ? (
                      <>
                        <span className="inline-flex items-center gap-1.5 font-medium text-primary">
                          <SparklesIcon className="size-3.5" aria-hidden />
                          {t("richTextKept")}
                        </span>
                        <span className="text-muted-foreground">{t("richTextKeptHint")}</span>
                        <Button
                          variant="link"
                          size="sm"
                          className="text-[13px]"
                          onClick={() => {
                            setHtml(null);
                            setHtmlDropped(true);
                          }}
                        >
                          {t("usePlainText")}
                        </Button>
                      </>
                    ) : (
                      <span className="text-muted-foreground">{t("richTextDropped")}</span>
                    )}
                  </div>
                )}
                {formError && !error?.fieldErrors?.text && !error?.fieldErrors?.html && !error?.fieldErrors?.title ? errorBox : null}
                {sendingBar}
                <div className="flex flex-wrap items-center gap-3">
                  <SubmitButton pending={sending} disabled={!text.trim()}>
                    {t("importPaste")}
                  </SubmitButton>
                </div>
              </form>
            </TabsContent>
          </Tabs>
        </CardContent>
      </Card>

      {batches.length > 0 && (
        <Card aria-labelledby={`${ids}-progress`} role="region">
          <CardHeader className="gap-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <CardTitle as="h2" id={`${ids}-progress`} ref={progressHeading} tabIndex={-1} className="outline-none">
                {counts.finished ? t("progressDone") : t("progressTitle")}
              </CardTitle>
              <span className="text-sm text-muted-foreground tabular-nums">{t("processedOf", { processed: counts.processed, total: counts.total })}</span>
            </div>
            <ImportProgressBar processed={counts.processed} total={counts.total} label={t("progressTitle")} />
            <CardDescription role="status" aria-live="polite" data-testid="import-summary">
              {!counts.finished
                ? items.length === 0
                  ? t("waitingForServer")
                  : t("importingCount", { count: counts.total })
                : summary.length > 0
                  ? summary.join(" · ")
                  : t("summaryNothing")}
            </CardDescription>
            {pollError ? (
              <Alert variant="destructive">
                <AlertDescription>{pollError}</AlertDescription>
              </Alert>
            ) : pollFailures >= 2 ? (
              <p className="flex items-center gap-2 text-sm text-warning">
                <WifiOffIcon className="size-4" aria-hidden />
                {t("reconnecting")}
              </p>
            ) : null}
          </CardHeader>
          <CardContent className="px-0 sm:px-0">
            {items.length > 0 ? (
              <ul className="divide-y border-t" aria-label={t("itemsLabel")}>
                {items.map((item) => (
                  <ItemRow key={item.id} slug={slug} item={item} onNewVersion={(id) => showBatches([id], "append")} />
                ))}
              </ul>
            ) : batches.every((b) => b.gone) ? (
              <p className="px-5 text-sm text-muted-foreground">{t("batchGone")}</p>
            ) : null}
          </CardContent>
        </Card>
      )}
    </div>
  );
}
