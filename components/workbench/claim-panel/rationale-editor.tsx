"use client";
// The verdict's rationale: a small tiptap 3 editor on exactly the extensions the server validates
// against (lib/editor/rationale.ts), with a toolbar for bold, italic, lists and links. The parent
// owns the value; when it replaces it (a conflict resolved, a newer copy adopted) the editor
// follows without the change echoing back as an edit.
import type { Editor, JSONContent } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { BoldIcon, ItalicIcon, LinkIcon, ListIcon, ListOrderedIcon, Unlink2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { rationaleExtensions, rationaleToText } from "@/lib/editor/rationale";
import { cn } from "@/lib/utils";

import { canonicalRationale, normaliseHref } from "./claim-draft";

const contentClassName =
  "min-h-28 px-3 break-words [overflow-wrap:anywhere] py-2 text-sm leading-relaxed outline-none [&_a]:font-medium [&_a]:text-primary [&_a]:underline [&_a]:underline-offset-2 [&_li]:my-0.5 [&_li>p]:m-0 [&_ol]:list-decimal [&_ol]:pl-5 [&_p+p]:mt-2 [&_p+ol]:mt-2 [&_p+ul]:mt-2 [&_ol+p]:mt-2 [&_ul+p]:mt-2 [&_ul]:list-disc [&_ul]:pl-5";

export function RationaleEditor({
  value,
  onChange,
  editable,
  labelId,
  describedBy,
}: {
  value: JSONContent | null;
  onChange?: (doc: JSONContent, text: string) => void;
  editable: boolean;
  labelId: string;
  describedBy?: string;
}) {
  const t = useTranslations("claimPanel.rationale");
  const extensions = useMemo(() => rationaleExtensions(), []);
  const onChangeRef = useRef(onChange);
  /** The document the editor last reported, to tell the parent's own echo from a replacement. */
  const lastEmitted = useRef<JSONContent | null>(null);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const editor = useEditor({
    extensions,
    content: value ?? "",
    editable,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: editable ? contentClassName : contentClassName.replace("min-h-28", "min-h-0"),
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(editable ? {} : { "aria-readonly": "true" }),
        "data-testid": "rationale-editor",
      },
    },
    onCreate: ({ editor: e }) => {
      if (editable) warmUp(e);
    },
    onUpdate: ({ editor: e }) => {
      // Plain objects only: ProseMirror's null-prototype attrs cannot cross a server action.
      const json = JSON.parse(JSON.stringify(e.getJSON())) as JSONContent;
      lastEmitted.current = json;
      onChangeRef.current?.(json, rationaleToText(e.state.doc));
    },
  });

  // The parent replaced the value (not an echo of typing): show it.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    // The very document the editor reported: its own typing coming back.
    if (value !== null && value === lastEmitted.current) return;
    const incoming = canonicalRationale(value, value ? rationaleToText(editor.schema.nodeFromJSON(value)) : "");
    const shown = canonicalRationale(editor.getJSON(), rationaleToText(editor.state.doc));
    if (incoming === shown) return;
    editor.commands.setContent(value ?? "", { emitUpdate: false });
    lastEmitted.current = null;
  }, [editor, value]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  return (
    <div className={cn("rounded-md border border-input bg-background shadow-xs has-[[contenteditable]:focus-visible]:outline-2 has-[[contenteditable]:focus-visible]:outline-offset-2 has-[[contenteditable]:focus-visible]:outline-ring dark:bg-input/15", !editable && "bg-muted/30 shadow-none dark:bg-muted/30")}>
      {editable && editor ? <Toolbar editor={editor} /> : null}
      <div className="relative">
        {editor === null ? <div className={cn(contentClassName, "text-muted-foreground")}>{t("loading")}</div> : null}
        <EditorContent editor={editor} />
        {editor ? <Placeholder editor={editor} text={editable ? t("placeholder") : t("none")} /> : null}
      </div>
    </div>
  );
}

/**
 * The hint over an empty editor. It watches the editor's emptiness itself, so the first letter
 * typed (or the last one deleted) redraws this line, not the editor's frame and toolbar.
 */
function Placeholder({ editor, text }: { editor: Editor; text: string }) {
  const empty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });
  if (!empty) return null;
  return (
    <p aria-hidden className="pointer-events-none absolute top-2 left-3 text-sm text-muted-foreground">
      {text}
    </p>
  );
}

/**
 * Runs a throw-away keystroke through the editor's plugins while the browser is idle: the link
 * detector (linkifyjs, behind autolink) builds its tables on first use, which made the first space
 * typed in a rationale take 10–15 ms more than the others. Nothing is dispatched: the resulting
 * state is dropped, the document and the view stay as they are.
 */
function warmUp(editor: Editor) {
  const run = () => {
    if (editor.isDestroyed) return;
    try {
      const { state } = editor;
      state.applyTransaction(state.tr.insertText("Selon l’ISW, 64 % ", 1));
    } catch {
      // A document that cannot take text at its start: nothing to warm up.
    }
  };
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

function Toolbar({ editor }: { editor: Editor }) {
  const t = useTranslations("claimPanel.rationale");
  const [linkOpen, setLinkOpen] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      link: e.isActive("link"),
      href: (e.getAttributes("link").href as string | undefined) ?? "",
    }),
  });

  const buttons = [
    { key: "bold", icon: BoldIcon, label: t("bold"), shortcut: "Ctrl+B", active: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    { key: "italic", icon: ItalicIcon, label: t("italic"), shortcut: "Ctrl+I", active: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { key: "bullet", icon: ListIcon, label: t("bulletList"), shortcut: "Ctrl+Shift+8", active: state.bullet, run: () => editor.chain().focus().toggleBulletList().run() },
    { key: "ordered", icon: ListOrderedIcon, label: t("orderedList"), shortcut: "Ctrl+Shift+7", active: state.ordered, run: () => editor.chain().focus().toggleOrderedList().run() },
  ];

  return (
    <div role="toolbar" aria-label={t("toolbar")} className="flex flex-wrap items-center gap-0.5 border-b px-1.5 py-1">
      {buttons.map((b) => (
        <Button
          key={b.key}
          variant="ghost"
          size="icon"
          className={cn("size-7", b.active && "bg-accent text-accent-foreground")}
          aria-pressed={b.active}
          aria-label={b.label}
          title={`${b.label} (${b.shortcut})`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.run}
        >
          <b.icon className="size-4" aria-hidden />
        </Button>
      ))}
      <span className="mx-1 h-4 w-px bg-border" aria-hidden />
      <Button
        variant="ghost"
        size="icon"
        className={cn("size-7", state.link && "bg-accent text-accent-foreground")}
        aria-pressed={state.link}
        aria-label={state.link ? t("editLink") : t("addLink")}
        title={`${state.link ? t("editLink") : t("addLink")} (Ctrl+K)`}
        aria-haspopup="dialog"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setLinkOpen(true)}
        data-testid="rationale-link"
      >
        <LinkIcon className="size-4" aria-hidden />
      </Button>
      {state.link ? (
        <Button variant="ghost" size="icon" className="size-7" aria-label={t("removeLink")} title={t("removeLink")} onMouseDown={(e) => e.preventDefault()} onClick={() => editor.chain().focus().extendMarkRange("link").unsetLink().run()}>
          <Unlink2Icon className="size-4" aria-hidden />
        </Button>
      ) : null}
      <LinkShortcut editor={editor} onOpen={() => setLinkOpen(true)} />
      <LinkDialog key={linkOpen ? "open" : "closed"} editor={editor} open={linkOpen} onOpenChange={setLinkOpen} initialHref={state.href} />
    </div>
  );
}

/** Ctrl/⌘+K in the editor opens the link prompt. */
function LinkShortcut({ editor, onOpen }: { editor: Editor; onOpen: () => void }) {
  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "k") {
        e.preventDefault();
        onOpen();
      }
    };
    dom.addEventListener("keydown", onKey);
    return () => dom.removeEventListener("keydown", onKey);
  }, [editor, onOpen]);
  return null;
}

function LinkDialog({ editor, open, onOpenChange, initialHref }: { editor: Editor; open: boolean; onOpenChange: (open: boolean) => void; initialHref: string }) {
  const t = useTranslations("claimPanel.rationale");
  const tc = useTranslations("common");
  const formId = useId();
  const [href, setHref] = useState(initialHref);
  const [error, setError] = useState<string | null>(null);

  function apply() {
    const url = normaliseHref(href);
    if (!url) {
      setError(t("linkInvalid"));
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href: url }).run();
    }
    onOpenChange(false);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-md" onCloseAutoFocus={(e) => { e.preventDefault(); editor.commands.focus(); }}>
        <DialogHeader>
          <DialogTitle>{initialHref ? t("editLink") : t("addLink")}</DialogTitle>
          <DialogDescription>{t("linkHint")}</DialogDescription>
        </DialogHeader>
        <form
          id={formId}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            e.stopPropagation();
            apply();
          }}
        >
          <FormField label={t("linkUrl")} errors={error}>
            <Input type="url" inputMode="url" value={href} placeholder="https://" autoFocus onChange={(e) => { setHref(e.target.value); setError(null); }} data-testid="rationale-link-url" />
          </FormField>
        </form>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            {tc("cancel")}
          </Button>
          <Button type="submit" form={formId}>
            {t("applyLink")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
