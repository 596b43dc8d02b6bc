// Types next-intl's locale as our union, so `useLocale()` returns "en" | "fr".
//
// Messages are deliberately not typed yet (`Messages: typeof en` would make every `t("key")` a
// compile-time check). Turn it on once the namespaces settle: code that builds keys at run time
// (error codes → messages) then needs a `has()` check and a cast.
import type { Locale } from "./config";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
