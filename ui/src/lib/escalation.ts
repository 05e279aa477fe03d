// Whom to call, in order, for an action (care-rules §7, "what each action means").
import type { Action, Contact, ContactRole } from "./bindings";

const ORDER: Record<"emergency" | "call_now", ContactRole[]> = {
  // Emergency number and the nearest emergency department first, then the 24/7 team.
  emergency: ["emergency_number", "emergency_department", "team24h", "second"],
  // The team line, then the next contact; if nobody answers, the emergency department.
  call_now: ["team24h", "second", "emergency_department"],
};

export function needsEscalation(action: Action): action is "emergency" | "call_now" {
  return action === "emergency" || action === "call_now";
}

/** The contacts to call for `action`, in order; empty when the action needs no call now. */
export function ladder(action: Action, contacts: readonly Contact[]): Contact[] {
  if (!needsEscalation(action)) return [];
  return ORDER[action].flatMap((role) => contacts.filter((c) => c.role === role && c.phone.trim()));
}

const RANK: Record<Action, number> = { routine: 0, call_today: 1, call_now: 2, emergency: 3 };

/** The more urgent of two actions. */
export function moreUrgent(a: Action, b: Action): Action {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The local emergency number, if one is saved. */
export function emergencyNumber(contacts: readonly Contact[]): string | null {
  return contacts.find((c) => c.role === "emergency_number")?.phone ?? null;
}
