import { describe, expect, it } from "vitest";
import type {
  AttemptResult,
  InProgress,
  ScenarioProgress,
  ShownReading,
  TrainingOverview,
} from "./bindings";
import { hasMessage, LANGS, messageIds, t } from "./i18n";
import {
  ageText,
  ANSWERS,
  buildSignOff,
  continueTarget,
  differencesText,
  earlierLines,
  emptySignOff,
  modulesNotDone,
  nextScenario,
  scenarioState,
  shownLines,
  validateSignOff,
  verdict,
} from "./training";
import { MODULE_IDS } from "./trainingModules";

const shown: ShownReading = {
  temperature_c: 38.4,
  systolic_mmhg: 76,
  diastolic_mmhg: 44,
  heart_rate_bpm: 132,
  spo2_percent: 96,
  antipyretic_in_last_6h: false,
  symptoms: ["rigors", "headache"],
  pump: "running",
  neuro_check: null,
};

function scenario(id: string, passed: boolean | null, attempts = passed === null ? 0 : 1): ScenarioProgress {
  return { id, title: { en: id, es: id }, topics: [], attempts, passed };
}

function overview(over: Partial<TrainingOverview> = {}): TrainingOverview {
  return {
    started_at: null,
    modules: MODULE_IDS.map((id) => ({ id, done_at: null })),
    scenarios: [scenario("a", null), scenario("b", null), scenario("c", null)],
    score: { passed: 0, total: 3 },
    in_progress: null,
    signoffs: [],
    ...over,
  };
}

const allDone = MODULE_IDS.map((id) => ({ id, done_at: "2026-11-21T10:00:00-06:00" }));

function inProgress(saved: boolean): InProgress {
  return {
    scenario: {
      id: "b",
      title: { en: "B", es: "B" },
      story: { en: "", es: "" },
      child_name: "Mateo",
      age_months: 86,
      shown,
      earlier: [],
      topics: [],
    },
    started_at: "2026-11-21T10:00:00-06:00",
    saved: saved
      ? {
          scenario_id: "b",
          saved: {
            id: 1,
            alert_id: null,
            assessment: {
              rules_version: "care-rules/2",
              action: "call_now",
              fever_grade: 1,
              crs_grade_at_least: 1,
              crs_suspected: true,
              neurotoxicity_suspected: false,
              sepsis_signs: false,
              hypotension: false,
              hypotension_confirmed: false,
              hypothermia: false,
              tachycardia: false,
              bradycardia: false,
              fast_breathing_measured: false,
              low_oxygen: false,
              hypoxia: false,
              fever: true,
              recent_fever: true,
              infant_fever: false,
              call_ambulance: false,
              masked_fever: false,
              reasons: [],
              advice: { en: "", es: "" },
            },
          },
          reading: { taken_at: "2026-11-21T10:01:00-06:00" },
          differences: [],
        }
      : null,
  };
}

describe("ageText", () => {
  it("says months under one year, years from one year", () => {
    expect(ageText(10, "en")).toBe("10 months");
    expect(ageText(10, "es")).toBe("10 meses");
    expect(ageText(11, "en")).toBe("11 months");
    expect(ageText(12, "en")).toBe("1 year");
    expect(ageText(12, "es")).toBe("1 año");
    expect(ageText(23, "en")).toBe("1 year");
    expect(ageText(24, "en")).toBe("2 years");
    expect(ageText(24, "es")).toBe("2 años");
    expect(ageText(7 * 12 + 2, "en")).toBe("7 years");
  });
  it("one month is singular", () => {
    expect(ageText(1, "en")).toBe("1 month");
    expect(ageText(1, "es")).toBe("1 mes");
    expect(ageText(0, "en")).toBe("0 months");
  });
});

describe("shownLines", () => {
  it("gives the temperature in the family's unit, °F with one decimal", () => {
    const f = shownLines(shown, "F", "en").find((l) => l.key === "temp")!;
    expect(f.value).toBe("101.1 °F");
    const c = shownLines(shown, "C", "en").find((l) => l.key === "temp")!;
    expect(c.value).toBe("38.4 °C");
    const es = shownLines(shown, "C", "es").find((l) => l.key === "temp")!;
    expect(es.value).toBe("38.4 °C");
  });
  it("shows blood pressure as 76/44, heart rate, oxygen, medicine, signs and the pump", () => {
    const lines = Object.fromEntries(shownLines(shown, "C", "en").map((l) => [l.key, l.value]));
    expect(lines.bp).toBe("76/44 mmHg");
    expect(lines.hr).toBe("132 per minute");
    expect(lines.spo2).toBe("96 %");
    expect(lines.antipyretic).toBe("No");
    expect(lines.symptoms).toBe(
      `${t("symptom-rigors", "en")} · ${t("symptom-headache", "en")}`,
    );
    expect(lines.pump).toBe(t("pump-running", "en"));
    const es = Object.fromEntries(shownLines({ ...shown, antipyretic_in_last_6h: true }, "C", "es").map((l) => [l.key, l.value]));
    expect(es.antipyretic).toBe("Sí");
    expect(es.hr).toBe("132 por minuto");
  });
  it("leaves out what the story does not give, and says when there are no signs", () => {
    const bare: ShownReading = {
      temperature_c: null,
      systolic_mmhg: null,
      diastolic_mmhg: null,
      heart_rate_bpm: null,
      spo2_percent: null,
      antipyretic_in_last_6h: false,
      symptoms: [],
      pump: null,
      neuro_check: null,
    };
    const lines = shownLines(bare, "F", "es");
    expect(lines.map((l) => l.key)).toEqual(["antipyretic", "symptoms"]);
    expect(lines[1].value).toBe("Ninguna otra señal");
  });
  it("shows the neurological check's score with its scale", () => {
    const ice = shownLines({ ...shown, neuro_check: { ice: 6 } }, "C", "en").find((l) => l.key === "neuro")!;
    expect(ice.label).toBe("Neurological check (ICE)");
    expect(ice.value).toBe("6 of 10");
    const capd = shownLines({ ...shown, neuro_check: { capd: 11 } }, "C", "es").find((l) => l.key === "neuro")!;
    expect(capd.label).toBe("Revisión neurológica (CAPD)");
    expect(capd.value).toBe("11 (9 o más es un cambio)");
    expect(shownLines(shown, "C", "en").some((l) => l.key === "neuro")).toBe(false);
  });
});

describe("earlierLines", () => {
  it("gives each earlier reading with how long before, in the family's unit", () => {
    const card = inProgress(false).scenario;
    expect(earlierLines(card, "C", "en")).toEqual([]);
    const withEarlier = {
      ...card,
      earlier: [{ minutes_before: 20, shown: { ...shown, temperature_c: 37.1, systolic_mmhg: 78, diastolic_mmhg: 46 } }],
    };
    const [e] = earlierLines(withEarlier, "F", "en");
    expect(e.when).toBe("20 minutes before");
    expect(e.lines.find((l) => l.key === "bp")!.value).toBe("78/46 mmHg");
    expect(e.lines.find((l) => l.key === "temp")!.value).toBe("98.8 °F");
    expect(earlierLines(withEarlier, "C", "es")[0].when).toBe("20 minutos antes");
  });
});

describe("continueTarget", () => {
  it("goes straight to the question when the practice reading is saved", () => {
    expect(continueTarget(overview({ in_progress: inProgress(true) }))).toEqual({ kind: "answer", scenario: "b" });
  });
  it("goes back to the story of a scenario started but not entered", () => {
    expect(continueTarget(overview({ in_progress: inProgress(false) }))).toEqual({ kind: "story", scenario: "b" });
  });
  it("then the next module not covered, in teaching order", () => {
    expect(continueTarget(overview())).toEqual({ kind: "module", module: "why_home" });
    const modules = MODULE_IDS.map((id, i) => ({ id, done_at: i < 3 ? "2026-11-21T10:00:00-06:00" : null }));
    expect(continueTarget(overview({ modules }))).toEqual({ kind: "module", module: MODULE_IDS[3] });
  });
  it("then the next scenario not passed (a failed one counts as not passed)", () => {
    const scenarios = [scenario("a", true), scenario("b", false), scenario("c", null)];
    expect(continueTarget(overview({ modules: allDone, scenarios }))).toEqual({ kind: "scenario", scenario: "b" });
  });
  it("then the sign-off", () => {
    const scenarios = [scenario("a", true), scenario("b", true)];
    expect(continueTarget(overview({ modules: allDone, scenarios }))).toEqual({ kind: "signoff" });
  });
});

describe("scenarios", () => {
  it("state", () => {
    expect(scenarioState(scenario("a", null))).toBe("not_tried");
    expect(scenarioState(scenario("a", true))).toBe("passed");
    expect(scenarioState(scenario("a", false))).toBe("retry");
  });
  it("next: the next not passed, wrapping round; else the next one", () => {
    const list = [scenario("a", true), scenario("b", null), scenario("c", true), scenario("d", false)];
    expect(nextScenario(list, "b")).toBe("d");
    expect(nextScenario(list, "d")).toBe("b");
    const passed = [scenario("a", true), scenario("b", true)];
    expect(nextScenario(passed, "a")).toBe("b");
    expect(nextScenario(passed, "b")).toBe("a");
    expect(nextScenario([scenario("a", true)], "a")).toBeNull();
  });
});

describe("verdict", () => {
  const base: AttemptResult = {
    id: 1,
    scenario_id: "a",
    answer: "call_now",
    engine_action: "call_now",
    expected_action: "call_now",
    correct: true,
    entry_matched: true,
    differences: [],
    passed: true,
    reasons: [],
    teaching: { en: "", es: "" },
    answered_at: "2026-11-21T10:00:00-06:00",
  };
  it("right when the answer matches Centinela for the entry", () => {
    expect(verdict(base)).toEqual({ correct: true, mark: "✔", key: "training-right" });
    // Right for what was entered, even when the entry differed (the notice says so).
    expect(verdict({ ...base, entry_matched: false, passed: false, differences: ["temperature"] }).correct).toBe(true);
  });
  it("not quite otherwise", () => {
    expect(verdict({ ...base, answer: "call_today", correct: false, passed: false })).toEqual({
      correct: false,
      mark: "✖",
      key: "training-notQuite",
    });
  });
  it("answers are the four actions, most urgent first", () => {
    expect(ANSWERS).toEqual(["emergency", "call_now", "call_today", "routine"]);
  });
  it("differences in words", () => {
    expect(differencesText(["temperature", "symptoms"], "en")).toBe("temperature, signs");
    expect(differencesText(["blood_pressure"], "es")).toBe("presión");
  });
});

describe("sign-off", () => {
  it("needs one caregiver and the nurse", () => {
    expect(validateSignOff({ caregivers: ["", " "], nurse: "", note: "" })).toEqual({ caregivers: true, nurse: true });
    expect(validateSignOff({ caregivers: ["", "Ana"], nurse: "Luz", note: "" })).toEqual({});
  });
  it("drops blank names and an empty note", () => {
    expect(buildSignOff({ caregivers: [" Ana ", "", "Luis"], nurse: " Luz ", note: "  " })).toEqual({
      caregivers: ["Ana", "Luis"],
      nurse: "Luz",
      note: null,
    });
    expect(buildSignOff({ caregivers: ["Ana"], nurse: "Luz", note: " ok " }).note).toBe("ok");
  });
  it("starts with the usual caregiver", () => {
    expect(emptySignOff("Ana").caregivers).toEqual(["Ana"]);
    expect(emptySignOff(null).caregivers).toEqual([""]);
  });
  it("lists the modules not covered", () => {
    const modules = MODULE_IDS.map((id, i) => ({ id, done_at: i === 0 ? null : "2026-11-21T10:00:00-06:00" }));
    expect(modulesNotDone(overview({ modules }))).toEqual(["why_home"]);
  });
});

describe("training words", () => {
  const keys = messageIds.filter(
    (k) => k.startsWith("training-") || k.startsWith("home-training-") || k.startsWith("export-"),
  );
  it("every training sentence exists in both languages", () => {
    expect(keys.length).toBeGreaterThan(50);
    for (const lang of LANGS) {
      const missing = keys.filter((k) => !hasMessage(k, lang));
      expect(missing).toEqual([]);
    }
  });
  it("every answer, field and state has its words", () => {
    for (const lang of LANGS) {
      for (const a of ANSWERS) expect(hasMessage(`training-answer-${a}`, lang)).toBe(true);
      for (const s of ["not_tried", "passed", "retry"]) expect(hasMessage(`training-state-${s}`, lang)).toBe(true);
      for (const f of ["temperature", "blood_pressure", "heart_rate", "spo2", "antipyretic", "symptoms", "pump"]) {
        expect(hasMessage(`training-field-${f}`, lang)).toBe(true);
      }
      expect(hasMessage("err-cmd-training_order", lang)).toBe(true);
    }
  });
  it("the Spanish is not the English copied", () => {
    const same = keys.filter((k) => t(k, "en") === t(k, "es") && k !== "training-no");
    expect(same).toEqual([]);
  });
});
