"use client";
import { useCallback, useLayoutEffect, useRef } from "react";

/**
 * A function that keeps its identity across renders and calls the latest `handler`: memoised
 * parts of the claim panel (selects, pickers, dialogs) then skip the panel's re-renders instead
 * of redrawing because an inline callback changed. Call it from events, never during render.
 */
export function useStableHandler<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}
