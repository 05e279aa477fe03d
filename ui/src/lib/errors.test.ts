import { describe, expect, it } from "vitest";
import type { CommandError } from "./bindings";
import {
  commandErrorText,
  startupErrorText,
  fromRejection,
  placeSaveError,
  fieldErrorOf,
  fieldErrorText,
  readingSlot,
  setupSlot,
} from "./errors";

function rejected(
  code: string,
  field: string,
  extra: Partial<{ min: number; max: number; unit: string; message: string }> = {},
): CommandError {
  return {
    code: "rejected",
    message: "english log text",
    field,
    rejection: { code: code as never, field, message: extra.message ?? "english", ...extra },
  };
}

describe("reading fields map to their slots", () => {
  it.each([
    ["temperature.value", "temp"],
    ["systolic_mmhg", "bp"],
    ["diastolic_mmhg", "bp"],
    ["heart_rate_bpm", "hr"],
    ["spo2_percent", "spo2"],
    ["taken_at", "time"],
    ["reading", "general"],
    ["symptoms[0]", "general"],
  ])("%s → %s", (field, slot) => {
    expect(readingSlot(field)).toBe(slot);
  });
});

describe("setup fields map to their slots", () => {
  const slots = ["team", "ed", "emergency"];
  it.each([
    ["patient.name", "name"],
    ["patient.birth_date", "birth"],
    ["patient.weight_kg", "weight"],
    ["patient.height_cm", "height"],
    ["care_plan.fever_threshold_c", "fever"],
    ["settings.course_start", "course-start"],
    ["course.start", "course-start"],
    ["course.end", "course-end"],
    ["course.step_up_day", "course-step-up"],
    ["course.reading_every_hours", "course-reading-every"],
    ["course.close_watch_every_hours", "course-close-watch"],
    ["course.bag_heads_up_minutes", "course-heads-up"],
    ["contacts[0].phone", "team-phone"],
    ["contacts[1].name", "ed-name"],
    ["contacts[2].phone", "emergency-number"],
    ["contacts[9].phone", "general"],
  ])("%s → %s", (field, slot) => {
    expect(setupSlot(field, slots)).toBe(slot);
  });
});

describe("messages come from codes, in both languages", () => {
  it("range messages say what is accepted", () => {
    const e = fieldErrorOf(rejected("out_of_range", "temperature.value", { min: 30, max: 45, unit: "°C" }))!;
    expect(fieldErrorText(e, "en")).toBe("Enter a temperature between 30 and 45 °C.");
    expect(fieldErrorText(e, "es")).toBe("Escriba una temperatura entre 30 y 45 °C.");
    const hr = fieldErrorOf(rejected("out_of_range", "heart_rate_bpm", { min: 30, max: 300, unit: "bpm" }))!;
    expect(fieldErrorText(hr, "en")).toMatch(/30 and 300/);
    const spo2 = fieldErrorOf(rejected("out_of_range", "spo2_percent", { min: 50, max: 100, unit: "%" }))!;
    expect(fieldErrorText(spo2, "es")).toMatch(/50 y 100/);
    const fever = fieldErrorOf(rejected("out_of_range", "care_plan.fever_threshold_c", { min: 37.5, max: 38.5 }))!;
    expect(fieldErrorText(fever, "en")).toBe("The fever limit must be between 37.5 and 38.5 °C.");
  });
  it("looks like Fahrenheit repeats the value", () => {
    expect(
      fieldErrorText({ code: "looks_like_fahrenheit", field: "temperature.value", value: 101.3 }, "en"),
    ).toMatch(/^101\.3 is not a body temperature in °C/);
  });
  it("tells the two blood-pressure inconsistencies apart", () => {
    const order = fieldErrorOf(rejected("inconsistent", "diastolic_mmhg", { message: "diastolic must be lower than systolic" }))!;
    expect(fieldErrorText(order, "en")).toMatch(/lower than the top number/);
    const missing = fieldErrorOf(rejected("inconsistent", "diastolic_mmhg", { message: "systolic and diastolic come together: diastolic is missing" }))!;
    expect(fieldErrorText(missing, "en")).toMatch(/both numbers/);
    expect(fieldErrorText({ code: "inconsistent", field: "systolic_mmhg" }, "es")).toMatch(/dos números/);
  });
  it("time errors", () => {
    expect(fieldErrorText({ code: "future_reading", field: "taken_at" }, "en")).toMatch(/later than now/);
    expect(fieldErrorText({ code: "out_of_range", field: "taken_at" }, "es")).toMatch(/nacimiento/);
  });
  it("invalid phone names its field", () => {
    const e: CommandError = {
      code: "invalid_phone",
      message: "contacts[1].phone: a phone number needs at least 3 digits",
      field: "contacts[1].phone",
      rejection: null,
    };
    const fe = fieldErrorOf(e)!;
    expect(fe.field).toBe("contacts[1].phone");
    expect(setupSlot(fe.field, ["team", "second"])).toBe("second-phone");
    expect(fieldErrorText(fe, "es")).toMatch(/al menos 3 dígitos/);
  });
  it("command codes have their own sentences; the English message never shows", () => {
    expect(commandErrorText({ code: "storage", message: "disk I/O", field: null, rejection: null }, "es")).not.toMatch(/disk/);
    expect(commandErrorText({ code: "already_amended", message: "x", field: null, rejection: null }, "en")).toMatch(/already corrected/);
    expect(commandErrorText({ code: "weird", message: "boom", field: null, rejection: null }, "en")).not.toMatch(/boom/);
  });
  it("course errors from the shell say what the nurse can change", () => {
    const end = fieldErrorOf(rejected("out_of_range", "course.end", { min: 1, max: 21, unit: "days" }))!;
    expect(fieldErrorText(end, "en")).toBe(
      "The last day must be on or after the first day, and the course at most 21 days long.",
    );
    expect(fieldErrorText(end, "es")).toMatch(/21 días como máximo/);
    const step = fieldErrorOf(rejected("out_of_range", "course.step_up_day", { min: 2, max: 21, unit: "day" }))!;
    expect(fieldErrorText(step, "en")).toBe("The dose must go up between day 2 and day 21 of the course.");
    const every = fieldErrorOf(rejected("out_of_range", "course.reading_every_hours", { min: 1, max: 12, unit: "h" }))!;
    expect(fieldErrorText(every, "es")).toBe("Escriba entre 1 y 12 horas.");
    const close = fieldErrorOf(rejected("inconsistent", "course.close_watch_every_hours"))!;
    expect(fieldErrorText(close, "en")).toMatch(/at least as often as on ordinary days/);
    const start = fieldErrorOf(rejected("out_of_range", "course.start"))!;
    expect(fieldErrorText(start, "en")).toMatch(/within a year/);
    const headsUp = fieldErrorOf(rejected("out_of_range", "course.bag_heads_up_minutes", { min: 15, max: 720 }))!;
    expect(fieldErrorText(headsUp, "en")).toMatch(/15 minutes and 12 hours/);
  });
  it("bag, pause and reminder errors", () => {
    const ext = fieldErrorOf(rejected("out_of_range", "extension_hours", { min: 0, max: 8, unit: "h" }))!;
    expect(fieldErrorText(ext, "en")).toBe("The pharmacy's extra time must be between 0 and 8 hours.");
    expect(fieldErrorText(ext, "es")).toBe("El tiempo extra de la farmacia debe estar entre 0 y 8 horas.");
    expect(fieldErrorText({ code: "future_reading", field: "hung_at" }, "en")).toMatch(/later than now/);
    expect(fieldErrorText({ code: "out_of_range", field: "hung_at" }, "en")).toMatch(/last 8 days/);
    expect(fieldErrorText({ code: "required", field: "hung_at" }, "es")).toMatch(/se puso la bolsa/);
    expect(fieldErrorText({ code: "not_a_number", field: "extension_hours", example: "2" }, "en")).toBe(
      "Write a whole number, for example 2.",
    );
    expect(commandErrorText(rejected("missing_field", "reason"), "en")).toBe("Write why the infusion is paused.");
    expect(
      commandErrorText(rejected("inconsistent", "pause", { message: "the infusion is already paused since x" }), "en"),
    ).toBe("The infusion is already paused.");
    expect(commandErrorText(rejected("inconsistent", "pause", { message: "the infusion is not paused" }), "es")).toBe(
      "La infusión no está en pausa.",
    );
    expect(
      commandErrorText(rejected("inconsistent", "id", { message: "a bag-change reminder ends when the new bag is logged" }), "en"),
    ).toMatch(/new bag is logged/);
  });
});

describe("placeSaveError", () => {
  const slotOf = (f: string) => (f === "extension_hours" ? ("extension" as const) : ("general" as const));
  const rejected = (field: string) => ({
    code: "rejected",
    message: "m",
    field,
    rejection: { code: "out_of_range" as const, field, message: "m", min: 0, max: 8, unit: "h" },
  });

  it("puts a refused field next to its input", () => {
    const placed = placeSaveError(rejected("extension_hours"), slotOf);
    expect(placed).toEqual({ slot: "extension", error: fromRejection(rejected("extension_hours").rejection) });
  });

  it("puts anything else in the box above the form", () => {
    expect(placeSaveError(rejected("pause"), slotOf)).toEqual({ general: rejected("pause") });
    const storage = { code: "storage", message: "disk full", field: null, rejection: null };
    expect(placeSaveError(storage, slotOf)).toEqual({ general: storage });
  });
});

describe("training errors", () => {
  it("the sign-off's missing names are said next to their fields, in both languages", () => {
    const caregivers = fieldErrorOf(rejected("missing_field", "caregivers"))!;
    expect(fieldErrorText(caregivers, "en")).toMatch(/at least one caregiver/);
    expect(fieldErrorText(caregivers, "es")).toMatch(/al menos una persona/);
    const nurse = fieldErrorOf(rejected("missing_field", "nurse"))!;
    expect(fieldErrorText(nurse, "en")).toBe("Write the nurse's name.");
    expect(fieldErrorText(nurse, "es")).toMatch(/enfermera/);
  });
  it("a step out of order has its own sentence", () => {
    const e = { code: "training_order", message: "save the practice reading first", field: null, rejection: null };
    expect(commandErrorText(e, "en")).toMatch(/in order/);
    expect(commandErrorText(e, "es")).toMatch(/en orden/);
  });
});

describe("backup and export errors", () => {
  const err = (code: string) => ({ code, message: `english ${code}`, field: null, rejection: null });
  it("every refusal of a backup file has its own sentence in both languages", () => {
    const seen = new Set<string>();
    for (const code of ["missing", "not_a_file", "not_sqlite", "not_a_diary", "newer_version", "damaged", "empty_diary"]) {
      for (const lang of ["en", "es"] as const) {
        const s = commandErrorText(err(code), lang);
        expect(s).not.toMatch(/english|err\.cmd/);
        seen.add(s);
      }
    }
    expect(seen.size).toBe(14);
  });
  it("a damaged backup says nothing was changed", () => {
    expect(commandErrorText(err("damaged"), "en")).toMatch(/Nothing was changed/);
    expect(commandErrorText(err("damaged"), "es")).toMatch(/No se cambió nada/);
  });
  it("a failed save says where to look", () => {
    expect(commandErrorText(err("write_failed"), "en")).toMatch(/USB stick or folder/);
    expect(commandErrorText(err("export_failed"), "es")).toMatch(/carpeta/);
  });
});

describe("the disk under the diary", () => {
  const err = (code: string, message = `english ${code}`) => ({ code, message, field: null, rejection: null });
  it("a full disk says nothing was saved, what to do, and that the typing is kept", () => {
    expect(commandErrorText(err("disk_full"), "en")).toBe(
      "The computer's disk is full, so this was NOT saved. Free some space, then press Save again. What you typed is still here.",
    );
    expect(commandErrorText(err("disk_full"), "es")).toBe(
      "El disco de la computadora está lleno, así que esto NO se guardó. Libere espacio y vuelva a presionar Guardar. Lo que escribió sigue aquí.",
    );
  });
  it("each disk failure has its own sentence, never the log text, in both languages", () => {
    for (const lang of ["en", "es"] as const) {
      const seen = new Set<string>();
      for (const code of ["disk_full", "read_only", "disk_io"]) {
        const s = commandErrorText(err(code), lang);
        expect(s).not.toMatch(/english|err\.cmd/);
        expect(s).toMatch(lang === "en" ? /NOT saved.*still here/ : /NO se guardó.*sigue aquí/);
        seen.add(s);
      }
      expect(seen.size).toBe(3);
    }
    expect(commandErrorText(err("read_only"), "en")).toMatch(/cannot write to its folder/);
    expect(commandErrorText(err("disk_io"), "es")).toMatch(/anote el registro en papel/);
  });
  it("a damaged diary is not confused with a damaged backup", () => {
    const diary = err("damaged", "the diary file is damaged and cannot be used as it is: bad page");
    expect(commandErrorText(diary, "en")).toMatch(/diary file is damaged.*newest backup/);
    expect(commandErrorText(diary, "es")).toMatch(/archivo del diario está dañado/);
    expect(commandErrorText(err("damaged", "/x/b.sqlite3 is damaged and cannot be used (bad)"), "en")).toMatch(
      /That backup is damaged/,
    );
  });
});

describe("a diary that cannot be opened at start-up", () => {
  const failed = (code: string, message = "english log text"): CommandError => ({
    code,
    message,
    field: null,
    rejection: null,
  });

  it.each(["disk_full", "read_only", "disk_io", "damaged"])(
    "%s says the diary could not be opened, never that something typed was not saved",
    (code) => {
      const en = startupErrorText(failed(code, "the diary file is damaged"), "en");
      const es = startupErrorText(failed(code, "the diary file is damaged"), "es");
      expect(en).toMatch(/open Centinela again/i);
      expect(es).toMatch(/vuelva a abrir Centinela/i);
      expect(en).not.toMatch(/press Save|typed|NOT saved/);
      expect(es).not.toMatch(/Guardar|escribió|NO se guardó/);
      expect(en).not.toContain("could not be opened:");
    },
  );

  it("says what a full disk means in both languages", () => {
    expect(startupErrorText(failed("disk_full"), "en")).toBe(
      "The computer's disk is full, so Centinela cannot open the diary. Nothing was changed. Free some space, then open Centinela again.",
    );
    expect(startupErrorText(failed("disk_full"), "es")).toBe(
      "El disco de la computadora está lleno, así que Centinela no puede abrir el diario. No se cambió nada. Libere espacio y vuelva a abrir Centinela.",
    );
  });

  it("keeps the newer-version and not-a-diary texts, and words anything else", () => {
    expect(startupErrorText(failed("newer_version"), "en")).toContain("newer version");
    expect(startupErrorText(failed("not_a_diary"), "es")).toContain("no es un diario");
    expect(startupErrorText(failed("something_new", "boom"), "en")).toBe(
      "The diary could not be opened: " + commandErrorText(failed("something_new", "boom"), "en"),
    );
  });
});

describe("no English from Rust on a Spanish screen (issue 17)", () => {
  it("an unknown code says its code, never the shell's message", () => {
    const e = { code: "something_new", message: "database is locked: retry later" } as never;
    for (const lang of ["en", "es"] as const) {
      const s = commandErrorText(e, lang);
      expect(s).toContain("something_new");
      expect(s).not.toMatch(/database is locked/);
    }
    expect(startupErrorText(e, "es")).toMatch(/^No se pudo abrir el diario: Algo salió mal/);
  });
});
