"use client";
// The Files tab's drop zone and the list of chosen files (with sizes) shown before uploading.
// The zone is one big <button>: click, Enter or Space opens the file dialog; files can also be
// dropped on it. Files are checked by the server (by content, not name); the badges here only
// warn early about what will obviously fail.
import { FileArchiveIcon, FileIcon, FileTextIcon, UploadIcon, XIcon } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { formatBytes } from "@/components/format-bytes";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".zip"] as const;

/** Same file chosen twice (dropped, then picked again) is listed once. */
export function fileKey(f: File): string {
  return `${f.name}\u0000${f.size}\u0000${f.lastModified}`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

function iconFor(name: string) {
  const ext = extensionOf(name);
  if (ext === ".zip") return FileArchiveIcon;
  if ((ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) return FileTextIcon;
  return FileIcon;
}

export function FilePicker({
  files,
  onAdd,
  onRemove,
  onClear,
  maxFileBytes,
  disabled,
}: {
  files: File[];
  onAdd: (files: File[]) => void;
  onRemove: (file: File) => void;
  onClear: () => void;
  maxFileBytes: number;
  disabled?: boolean;
}) {
  const t = useTranslations("import");
  const format = useFormatter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const maxMb = Math.round(maxFileBytes / 1024 / 1024);

  // A file dropped next to the zone would make the browser navigate away to open it.
  useEffect(() => {
    const stop = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    };
    window.addEventListener("dragover", stop);
    window.addEventListener("drop", stop);
    return () => {
      window.removeEventListener("dragover", stop);
      window.removeEventListener("drop", stop);
    };
  }, []);

  return (
    <div className="grid gap-4">
      <button
        type="button"
        disabled={disabled}
        aria-describedby={hintId}
        data-testid="import-drop-zone"
        data-dragging={dragging || undefined}
        onClick={() => inputRef.current?.click()}
        onDragEnter={(e) => {
          if (!e.dataTransfer.types.includes("Files")) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes("Files")) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!disabled) onAdd(Array.from(e.dataTransfer.files));
        }}
        className={cn(
          "group flex w-full flex-col items-center justify-center gap-3 rounded-lg border-2 border-dashed px-6 py-10 text-center transition-colors sm:py-14",
          "border-input/60 bg-muted/30 hover:border-ring hover:bg-muted/60 disabled:opacity-50",
          dragging && "border-primary bg-primary/5 hover:border-primary hover:bg-primary/5",
        )}
      >
        <span aria-hidden className="flex size-12 items-center justify-center rounded-full border bg-background text-muted-foreground shadow-xs group-data-[dragging]:text-primary">
          <UploadIcon className="size-5" />
        </span>
        <span className="grid gap-1">
          <span className="text-base font-medium">{dragging ? t("dropRelease") : t("dropTitle")}</span>
          <span id={hintId} className="text-sm text-muted-foreground">
            {t("dropHint", { maxMb })}
          </span>
        </span>
        <span aria-hidden className={cn(buttonVariants({ variant: "outline", size: "sm" }), "pointer-events-none")}>
          {t("chooseFiles")}
        </span>
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS.join(",")}
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          onAdd(Array.from(e.currentTarget.files ?? []));
          e.currentTarget.value = "";
        }}
      />

      {files.length > 0 && (
        <section aria-labelledby={`${hintId}-chosen`} className="grid gap-2">
          <div className="flex items-center justify-between gap-2">
            <h3 id={`${hintId}-chosen`} className="text-sm font-medium">
              {t("chosenCount", { count: files.length, size: formatBytes(format, total) })}
            </h3>
            <Button variant="ghost" size="sm" onClick={onClear} disabled={disabled}>
              {t("clearFiles")}
            </Button>
          </div>
          <ul className="max-h-80 divide-y overflow-y-auto rounded-md border">
            {files.map((f) => {
              const Icon = iconFor(f.name);
              const tooLarge = f.size > maxFileBytes;
              const empty = f.size === 0;
              const unknown = !(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(f.name));
              return (
                <li key={fileKey(f)} className="flex items-center gap-3 px-3 py-2 text-sm">
                  <Icon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                  <span className="min-w-0 flex-1 truncate" title={f.name}>
                    {f.name}
                  </span>
                  {tooLarge ? (
                    <Badge variant="destructive">{t("tooLarge", { maxMb })}</Badge>
                  ) : empty ? (
                    <Badge variant="destructive">{t("emptyFile")}</Badge>
                  ) : unknown ? (
                    <Badge variant="warning">{t("unknownType")}</Badge>
                  ) : null}
                  <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{formatBytes(format, f.size)}</span>
                  <Button
                    variant="ghost"
                    size="icon"
                    className="-my-1 size-7 shrink-0"
                    aria-label={t("removeFile", { name: f.name })}
                    title={t("removeFile", { name: f.name })}
                    onClick={() => onRemove(f)}
                    disabled={disabled}
                  >
                    <XIcon aria-hidden />
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
