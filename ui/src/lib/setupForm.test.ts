import { describe, expect, it } from "vitest";
import { buildSetup, emptySetupForm, setupFormFrom } from "./setupForm";

function filled() {
  return Object.assign(emptySetupForm("es"), {
    name: "Sofía",
    birthDate: "2019-05-02",
    weight: "18,5",
    teamName: "Oncología 24/7",
    teamPhone: "55 1234 5678",
    caregiver: " Ana ",
  });
}

describe("buildSetup", () => {
  it("builds the Setup with defaults and only the contacts filled in", () => {
    const { setup, contactSlots, errors } = buildSetup(filled());
    expect(errors).toEqual({});
    expect(setup).toEqual({
      patient: { name: "Sofía", birth_date: "2019-05-02", weight_kg: 18.5, height_cm: null },
      care_plan: { fever_threshold_c: 38 },
      contacts: [
        { role: "team24h", name: "Oncología 24/7", phone: "55 1234 5678" },
        { role: "emergency_number", name: "", phone: "911" },
      ],
      settings: { language: "es", temperature_unit: "C", course_start: null, caregiver: "Ana" },
    });
    expect(contactSlots).toEqual(["team", "emergency"]);
  });
  it("refuses before asking the shell when something is missing or out of range", () => {
    const f = Object.assign(filled(), { name: " ", birthDate: "", fever: "39", weight: "x" });
    const { setup, errors } = buildSetup(f);
    expect(setup).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["birth", "fever", "name", "weight"]);
  });
  it("round-trips through a saved Setup", () => {
    const { setup } = buildSetup(Object.assign(filled(), { edName: "H", edPhone: "555", edAddress: "Calle 1" }));
    const again = buildSetup(setupFormFrom(setup!));
    expect(again.setup).toEqual(setup);
  });
});
