// The alarm's and the keep-awake's words: which catalogue key says the state the shell gave.
import type { AlarmState, AwakeState, DeviceState, KeepAwake } from "./bindings";
import type { Key } from "./i18n";

/** The banner's first line while the alarm waits for an answer; null when nothing waits. */
export function alarmHeadline(s: AlarmState): Key | null {
  const p = s.alarm.unanswered;
  if (!p) return null;
  if (s.alarm.silenced_until && !s.alarm.sounding) return "alarm-silenced";
  // Waiting, but nothing can be heard: say so rather than "sounding".
  if (!canBeHeard(s.device.state)) return "alarm-noSound";
  return p === "high" ? "alarm-sounding-high" : "alarm-sounding-medium";
}

/** Whether the banner says the sound is getting louder (2 minutes unanswered). */
export function alarmLouder(s: AlarmState): boolean {
  return s.alarm.sounding?.level === "louder";
}

const DEVICE: Record<DeviceState, Key> = {
  unknown: "alarm-device-unknown",
  ready: "alarm-device-ready",
  missing: "alarm-device-missing",
  failed: "alarm-device-failed",
};

/** What Settings says about the sound device. */
export function deviceKey(state: DeviceState): Key {
  return DEVICE[state];
}

/** Whether the alarm can be heard at all (Settings warns when it cannot). */
export function canBeHeard(state: DeviceState): boolean {
  return state === "ready" || state === "unknown";
}

const AWAKE: Record<AwakeState, Key> = {
  held: "awake-held",
  outside_course: "awake-outsideCourse",
  turned_off: "awake-off",
  unavailable: "awake-unavailable",
};

/** What Settings and Home say about keeping the computer awake. */
export function awakeKey(k: KeepAwake): Key {
  return AWAKE[k.state];
}
