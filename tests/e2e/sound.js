// The alarm's sound, heard by the tests: ALSA's default device pointed (ALSA_CONFIG_PATH) at
// a file plugin in front of the null device, so what the app plays lands in a raw file
// (S16_LE, mono, 48 kHz) that the tests measure.
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const RATE = 48_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A recorder in `dir`: `env` for the app, and what it has heard. */
export function alsaRecorder(dir) {
  const raw = join(dir, "alarm.raw");
  const conf = join(dir, "asound.conf");
  writeFileSync(
    conf,
    `pcm.!default { type plug slave { pcm "capture" format S16_LE rate ${RATE} channels 1 } }
pcm.capture { type file slave.pcm "nullout" file "${raw}" format "raw" }
pcm.nullout { type null }
`,
  );
  const size = () => (existsSync(raw) ? statSync(raw).size : 0);
  return {
    raw,
    env: { ALSA_CONFIG_PATH: conf },
    size,
    /** Whether the alarm is playing now: the recording grows. */
    async sounding() {
      const a = size();
      await sleep(300);
      return size() > a;
    },
  };
}
