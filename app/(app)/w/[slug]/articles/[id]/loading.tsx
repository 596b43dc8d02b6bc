import { WorkbenchSkeleton } from "@/components/workbench/workbench-skeleton";

export default function Loading() {
  return <WorkbenchSkeleton />;
}
