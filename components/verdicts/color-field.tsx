"use client";
// The verdict colour: a native colour picker and its #rrggbb code side by side, with a preview of
// the badge on the light and the dark theme and the contrast figures the server checks
// (lib/verdicts/color.ts), so the admin sees a faint colour before saving it.
import { Check, TriangleAlert } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { colorContrastReport, THEME_BACKGROUNDS, normalizeHexColor } from "@/lib/verdicts/color";
import { cn } from "@/lib/utils";

import { VerdictBadge } from "./verdict-badge";

/** Page text colours of the two themes (globals.css `--foreground`), for the preview panels. */
const THEME_TEXT = { light: "#141820", dark: "#e9ebef" } as const;

export function ColorField({
  value,
  onChange,
  name,
  previewName,
  errors,
}: {
  value: string;
  onChange: (value: string) => void;
  name: string;
  previewName: string;
  errors?: readonly string[];
}) {
  const t = useTranslations("verdicts.form");
  const format = useFormatter();
  const id = useId();
  const color = normalizeHexColor(value);
  const report = color ? colorContrastReport(color) : null;
  const ratio = (n: number) => format.number(n, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const lowTheme = report && !report.lightOk ? "light" : report && !report.darkOk ? "dark" : null;
  const te = useTranslations("errors");
  const clientError = !color
    ? te("verdictColorInvalid")
    : lowTheme && report
      ? t("colorLow", { theme: t(lowTheme === "light" ? "lightTheme" : "darkTheme").toLocaleLowerCase(), ratio: ratio(report[lowTheme]) })
      : null;
  const error = errors?.[0] ?? clientError;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div className="grid gap-1.5" data-slot="form-field" data-invalid={error ? true : undefined}>
      <Label htmlFor={`${id}-hex`} className={cn(error && "text-destructive")}>
        {t("color")}
      </Label>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={t("colorPicker")}
          value={color ?? "#000000"}
          onChange={(e) => onChange(e.target.value)}
          className="h-9 w-12 shrink-0 cursor-pointer rounded-md border border-input bg-background p-1"
        />
        <Input
          id={`${id}-hex`}
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          maxLength={7}
          className="w-32 font-mono"
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        />
      </div>
      <p id={hintId} className="text-[13px] text-muted-foreground">
        {t("colorHint")}
      </p>
      {error && (
        <p id={errorId} className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      )}
      {color && report && (
        <div className="mt-1 grid gap-2 sm:grid-cols-2" aria-label={t("preview")} role="group">
          {(["light", "dark"] as const).map((theme) => {
            const ok = theme === "light" ? report.lightOk : report.darkOk;
            return (
              <div
                key={theme}
                data-theme-preview={theme}
                className="grid gap-2 rounded-md border p-3"
                style={{ backgroundColor: THEME_BACKGROUNDS[theme], color: THEME_TEXT[theme], borderColor: theme === "light" ? "#e2e4ea" : "#2c3038" }}
              >
                <span className="text-xs font-medium">{t(theme === "light" ? "lightTheme" : "darkTheme")}</span>
                <div className="flex flex-wrap items-center gap-3">
                  <VerdictBadge verdict={{ name: previewName, color }} />
                  <span className="inline-flex items-center gap-1.5 text-sm font-medium">
                    <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ backgroundColor: color, boxShadow: `0 0 0 1px ${theme === "light" ? "rgb(0 0 0 / 15%)" : "rgb(255 255 255 / 25%)"}` }} />
                    {previewName}
                  </span>
                </div>
                <span className="flex items-center gap-1 text-xs">
                  {ok ? <Check className="size-3.5" aria-hidden /> : <TriangleAlert className="size-3.5" aria-hidden />}
                  {t("swatchContrast", { ratio: ratio(theme === "light" ? report.light : report.dark) })} — {ok ? t("ok") : t("tooFaint")}
                </span>
              </div>
            );
          })}
          <p className="text-xs text-muted-foreground sm:col-span-2">{t("textContrast", { ratio: ratio(report.textContrast) })}</p>
        </div>
      )}
    </div>
  );
}
