// Claim intelligence (issue 5): check-worthy suggestions, figures, speakers, entities and name
// normalisation. Pure TypeScript, no server imports: usable in the worker, route handlers and the browser.
export { suggest, DEFAULT_THRESHOLD, WEIGHTS } from "./suggest";
export { parseQuantities } from "./numbers";
export { segment, type Sentence } from "./segment";
export { LANGUAGES, rulesFor } from "./lang";
export { REASON_CODES } from "./reasons";
export { aliasReason, foldName, nameSimilarity, normaliseName, ALIAS_THRESHOLD, type AliasReason, type FoldRule } from "./names";
export type * from "./types";
