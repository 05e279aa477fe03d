import { invoke, isTauri } from "@tauri-apps/api/core";

/** Mirrors `AppInfo` in src-tauri/src/lib.rs. */
export interface AppInfo {
  version: string;
  data_dir: string;
}

/** `null` when running in a plain browser (vite dev), where there is no shell to ask. */
export async function appInfo(): Promise<AppInfo | null> {
  if (!isTauri()) return null;
  return invoke<AppInfo>("app_info");
}
