"use client";
// The figures in a claim, one row each: the value (and the upper end of a range), the unit, how
// the text words it ("plus de 86 %"), and the qualifiers: approximate, lower bound ("more than"),
// upper bound ("less than"), range ("between 100 and 150"). Values are typed as text so "86,5"
// and "1 000" work; they are checked when the claim is saved.
import { PlusIcon, Trash2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo, useId } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_QUANTITIES } from "@/lib/claims/schemas";
import { cn } from "@/lib/utils";

import { emptyQuantity, type QuantityDraft, type QuantityErrors } from "./claim-draft";

const FLAGS = ["approximate", "lowerBound", "upperBound", "range"] as const;

export const QuantitiesEditor = memo(function QuantitiesEditor({ value, onChange, errors }: { value: QuantityDraft[]; onChange: (rows: QuantityDraft[]) => void; errors: Record<string, QuantityErrors> }) {
  const t = useTranslations("claimPanel.quantities");
  const update = (key: string, patch: Partial<QuantityDraft>) => onChange(value.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <div className="grid grid-cols-1 gap-2">
      {value.length === 0 ? <p className="text-[13px] text-muted-foreground">{t("empty")}</p> : null}
      <ol className="grid grid-cols-1 gap-2">
        {value.map((row, i) => (
          <QuantityRow
            key={row.key}
            index={i + 1}
            row={row}
            errors={errors[row.key]}
            onChange={(patch) => update(row.key, patch)}
            onRemove={() => onChange(value.filter((r) => r.key !== row.key))}
          />
        ))}
      </ol>
      <Button
        variant="outline"
        size="sm"
        className="justify-self-start"
        disabled={value.length >= MAX_QUANTITIES}
        onClick={() => onChange([...value, emptyQuantity()])}
        data-testid="add-quantity"
      >
        <PlusIcon aria-hidden />
        {t("add")}
      </Button>
    </div>
  );
}, (a, b) => a.value === b.value && a.onChange === b.onChange && JSON.stringify(a.errors) === JSON.stringify(b.errors));

function QuantityRow({ index, row, errors, onChange, onRemove }: { index: number; row: QuantityDraft; errors: QuantityErrors | undefined; onChange: (patch: Partial<QuantityDraft>) => void; onRemove: () => void }) {
  const t = useTranslations("claimPanel.quantities");
  const te = useTranslations("claimPanel.errors");
  const id = useId();
  const errorText = (k: string | undefined) => (k ? te(k) : null);
  const valueError = errorText(errors?.value);
  const maxError = errorText(errors?.max);

  return (
    <li className="grid grid-cols-1 gap-2.5 rounded-md border bg-muted/25 p-2.5" aria-label={t("row", { n: index })} data-testid="quantity-row">
      <div className={cn("grid grid-cols-1 gap-2", row.range ? "grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.2fr)]" : "grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]")}>
        <div className="grid grid-cols-1 gap-1">
          <Label htmlFor={`${id}-value`} className="text-xs text-muted-foreground">
            {row.range ? t("from") : t("value")}
          </Label>
          <Input
            id={`${id}-value`}
            inputMode="decimal"
            value={row.value}
            onChange={(e) => onChange({ value: e.target.value })}
            aria-invalid={valueError ? true : undefined}
            aria-describedby={valueError ? `${id}-value-error` : undefined}
            className="h-8 tabular-nums"
          />
        </div>
        {row.range ? (
          <div className="grid grid-cols-1 gap-1">
            <Label htmlFor={`${id}-max`} className="text-xs text-muted-foreground">
              {t("to")}
            </Label>
            <Input
              id={`${id}-max`}
              inputMode="decimal"
              value={row.max}
              onChange={(e) => onChange({ max: e.target.value })}
              aria-invalid={maxError ? true : undefined}
              aria-describedby={maxError ? `${id}-max-error` : undefined}
              className="h-8 tabular-nums"
            />
          </div>
        ) : null}
        <div className="grid grid-cols-1 gap-1">
          <Label htmlFor={`${id}-unit`} className="text-xs text-muted-foreground">
            {t("unit")}
          </Label>
          <Input id={`${id}-unit`} value={row.unit} placeholder={t("unitPlaceholder")} onChange={(e) => onChange({ unit: e.target.value })} className="h-8" />
        </div>
      </div>
      {valueError ? (
        <p id={`${id}-value-error`} className="-mt-1 text-[13px] font-medium text-destructive">
          {valueError}
        </p>
      ) : null}
      {maxError ? (
        <p id={`${id}-max-error`} className="-mt-1 text-[13px] font-medium text-destructive">
          {maxError}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-1">
        <Label htmlFor={`${id}-text`} className="text-xs text-muted-foreground">
          {t("text")}
        </Label>
        <Input id={`${id}-text`} value={row.text} placeholder={t("textPlaceholder")} onChange={(e) => onChange({ text: e.target.value })} className="h-8" />
      </div>
      <div className="flex items-end justify-between gap-2">
        <fieldset className="flex flex-wrap gap-x-3 gap-y-1.5">
          <legend className="sr-only">{t("flags")}</legend>
          {FLAGS.map((flag) => (
            <label key={flag} className="inline-flex items-center gap-1.5 text-[13px]">
              <input
                type="checkbox"
                className="size-3.5 accent-primary"
                checked={row[flag]}
                onChange={(e) => {
                  const on = e.target.checked;
                  // "More than" and "less than" exclude each other; a range has both ends already.
                  const patch: Partial<QuantityDraft> = { [flag]: on };
                  if (on && flag === "lowerBound") Object.assign(patch, { upperBound: false, range: false });
                  if (on && flag === "upperBound") Object.assign(patch, { lowerBound: false, range: false });
                  if (on && flag === "range") Object.assign(patch, { lowerBound: false, upperBound: false });
                  onChange(patch);
                }}
              />
              {t(`flag.${flag}`)}
            </label>
          ))}
        </fieldset>
        <Button variant="ghost" size="icon" className="size-7 shrink-0 text-muted-foreground hover:text-destructive" aria-label={t("remove", { n: index })} title={t("remove", { n: index })} onClick={onRemove}>
          <Trash2Icon className="size-4" aria-hidden />
        </Button>
      </div>
    </li>
  );
}
