import { z } from "zod";

import { locales } from "./config";

/** A supported UI language. */
export const localeSchema = z.enum(locales);

/** Input of setLocaleAction. */
export const setLocaleSchema = z.object({ locale: localeSchema });
export type SetLocaleInput = z.infer<typeof setLocaleSchema>;
