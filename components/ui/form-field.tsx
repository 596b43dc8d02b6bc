import { Slot } from "radix-ui";
import * as React from "react";

import { cn } from "@/lib/utils";

import { Label } from "./label";

/** What FormField hands to its control: the ids and ARIA state that tie it to its label and messages. */
export type FormFieldControlProps = {
  id: string;
  name?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

export type FormFieldProps = {
  /** Visible label text. */
  label: React.ReactNode;
  /** The control's `name`; also the key of this field in a server action's `fieldErrors`. */
  name?: string;
  /** The control's id; generated when omitted. */
  id?: string;
  /** Help text shown under the control (and linked with aria-describedby). */
  hint?: React.ReactNode;
  /**
   * The field's error message(s), e.g. `state.fieldErrors?.email` from a server action. The first
   * is shown; any message marks the control `aria-invalid`.
   */
  errors?: string | readonly string[] | null;
  required?: boolean;
  className?: string;
  /**
   * One control element (Input, Textarea, a native select…) which receives id, name, required
   * and the ARIA wiring; or, for composite controls such as Select, a function that places
   * those props itself: `{(p) => <Select name={p.name}><SelectTrigger {...p}>…}`.
   */
  children: React.ReactElement | ((control: FormFieldControlProps) => React.ReactNode);
};

/**
 * Label + control + hint + error, wired for screen readers. For forms driven by server actions:
 *
 * ```tsx
 * <FormField label={t("email")} name="email" errors={state.fieldErrors?.email}>
 *   <Input type="email" defaultValue={state.values?.email} autoComplete="email" />
 * </FormField>
 * ```
 */
export function FormField({ label, name, id, hint, errors, required, className, children }: FormFieldProps) {
  const generatedId = React.useId();
  const controlId = id ?? `field${generatedId}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const errorMessage = typeof errors === "string" ? errors : errors?.[0];
  const invalid = Boolean(errorMessage);
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;

  const controlProps: FormFieldControlProps = {
    id: controlId,
    ...(name !== undefined && { name }),
    ...(required && { required: true }),
    ...(describedBy && { "aria-describedby": describedBy }),
    ...(invalid && { "aria-invalid": true as const }),
  };

  return (
    <div data-slot="form-field" data-invalid={invalid || undefined} className={cn("grid gap-1.5", className)}>
      <Label htmlFor={controlId} className={cn(invalid && "text-destructive")}>
        {label}
      </Label>
      {typeof children === "function" ? children(controlProps) : <Slot.Root {...controlProps}>{children}</Slot.Root>}
      {hint ? (
        <p id={hintId} data-slot="form-field-hint" className="text-[13px] text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={errorId} data-slot="form-field-error" className="text-[13px] font-medium text-destructive">
          {errorMessage}
        </p>
      ) : null}
    </div>
  );
}
