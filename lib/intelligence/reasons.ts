// Human-readable reasons. The UI translates `code` with `values` through the "intelligence.reasons"
// messages (messages/<locale>/intelligence.json); `text` is the same in English for logs and the CLI.
import type { Reason, ReasonCode } from "./types";

const ENGLISH: Record<ReasonCode, (v: Record<string, string>) => string> = {
  figure: (v) => `Contains a figure: “${v.text}”`,
  vagueFigure: (v) => `Contains a vague quantity: “${v.text}”`,
  percentage: (v) => `Contains a percentage: “${v.text}”`,
  boundedFigure: (v) => `Figure with a bound or approximation: “${v.text}”`,
  attribution: (v) => `Attributed to a source: “${v.text}”`,
  reportedSpeech: (v) => `Reported speech: “${v.text}”`,
  quotation: (v) => `Quotation: ${v.text}`,
  superlative: (v) => `Superlative or record: “${v.text}”`,
  firstTime: (v) => `A first or a record over time: “${v.text}”`,
  comparison: (v) => `Comparison or change: “${v.text}”`,
  person: (v) => `Names a person: ${v.names}`,
  place: (v) => `Names a place: ${v.names}`,
  organisation: (v) => `Names an organisation: ${v.names}`,
  pastEvent: (v) => `States an event: “${v.text}”`,
  date: (v) => `Dated: “${v.text}”`,
};

export function reason(code: ReasonCode, values: Record<string, string>): Reason {
  return { code, values, text: ENGLISH[code](values) };
}

export const REASON_CODES = Object.keys(ENGLISH) as ReasonCode[];
