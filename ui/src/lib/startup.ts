// The first screen at start-up. A damaged diary set aside, or one that cannot be opened,
// comes before anything else; when the shell cannot even say whether there is one, the
// window shows the error with "Try again", never setup or Home (a pending damaged diary
// must not fall through to a blank one).
import type { CommandError, Recovery, Setup } from "./bindings";

export type FirstScreen =
  | { kind: "recovery"; recovery: Recovery }
  | { kind: "failed"; error: CommandError }
  | { kind: "setup" }
  | { kind: "home"; setup: Setup };

export type StartupAsk = {
  recovery: () => Promise<Recovery | null>;
  setup: () => Promise<Setup | null>;
};

export async function firstScreen(ask: StartupAsk): Promise<FirstScreen> {
  let recovery: Recovery | null;
  try {
    recovery = await ask.recovery();
  } catch (e) {
    return { kind: "failed", error: e as CommandError };
  }
  if (recovery) return { kind: "recovery", recovery };
  try {
    const setup = await ask.setup();
    return setup ? { kind: "home", setup } : { kind: "setup" };
  } catch (e) {
    return { kind: "failed", error: e as CommandError };
  }
}
