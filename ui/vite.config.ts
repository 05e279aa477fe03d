import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Tauri serves ui/dist through its own protocol; no dev server is used in release builds.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The catalogue (locales/) lives beside ui/, shared with the Rust side.
  server: { port: 1420, strictPort: true, fs: { allow: [".."] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebKitGTK 2.40+ (Debian 12) handles ES2021 fine.
    target: "es2021",
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
