// The article page while it loads: the header, the reading column and the claims column as
// placeholders in the workbench's layout, so nothing jumps when the page arrives.
import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

const LINES = [100, 96, 98, 60, 0, 97, 100, 94, 99, 72, 0, 95, 98, 100, 40];

export async function WorkbenchSkeleton() {
  const t = await getTranslations("common");
  return (
    <div className="grid grid-cols-1 gap-6" aria-busy="true" data-testid="workbench-loading">
      <p className="sr-only" role="status">
        {t("loading")}
      </p>
      <div className="grid gap-3">
        <Skeleton className="h-4 w-28" />
        <Skeleton className="h-7 w-3/4 max-w-2xl" />
        <div className="flex gap-6">
          <Skeleton className="h-9 w-20" />
          <Skeleton className="h-9 w-16" />
          <Skeleton className="h-9 w-24" />
        </div>
        <Skeleton className="h-7 w-40" />
      </div>
      <Skeleton className="h-9 w-48" />
      <div className="grid grid-cols-1 items-start gap-8 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="grid max-w-[68ch] gap-3">
          <Skeleton className="mb-3 h-8 w-5/6" />
          {LINES.map((w, i) => (w === 0 ? <div key={i} className="h-3" /> : <Skeleton key={i} className="h-4" style={{ width: `${w}%` }} />))}
        </div>
        <div className="grid gap-3">
          <Skeleton className="h-6 w-24" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-16 w-full" />
          ))}
        </div>
      </div>
    </div>
  );
}
