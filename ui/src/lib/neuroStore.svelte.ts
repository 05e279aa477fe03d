// The nurse's baselines, loaded once and shared by every screen that shows a check's score
// beside its baseline, and the checks of readings saved in this session (the result screen
// has the saved reading's id, not the reading).
import { api } from "./api";
import type { NeuroBaseline, NeuroCheck } from "./bindings";

export const neuro = $state<{ baselines: NeuroBaseline[]; loaded: boolean; byReading: Record<number, NeuroCheck> }>({
  baselines: [],
  loaded: false,
  byReading: {},
});

let loading: Promise<void> | null = null;

/** Ask the shell for the baselines (again after a new one is recorded). */
export function loadBaselines(force = false): Promise<void> {
  if (neuro.loaded && !force) return Promise.resolve();
  if (loading && !force) return loading;
  loading = api
    .neuroBaselines()
    .then((list) => {
      neuro.baselines = list;
      neuro.loaded = true;
    })
    .catch((e) => {
      console.error("get_neuro_baselines failed", e);
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** After saving a reading that carries a check, so its result shows the score. */
export function rememberCheck(readingId: number, check: NeuroCheck) {
  neuro.byReading[readingId] = check;
}
