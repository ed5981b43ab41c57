import { useSyncExternalStore } from "react";
import type { GridFeed, GridModel } from "./gridTypes";

export function useGridModel(feed: GridFeed): GridModel {
  return useSyncExternalStore(feed.subscribe, feed.get, feed.get);
}
