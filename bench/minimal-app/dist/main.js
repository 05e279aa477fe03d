// Reports "first screen painted" the way Centinela's UI does: two animation frames after
// the content is in the page, then the startup_ready command.
requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("startup_ready")),
);
