// The seven training modules the nurse goes through with the family in the one-hour session.
// Facts: shared/clinical/reference.md; actions: shared/clinical/care-rules.md §4–§7.
// The wording is ours. Never a dose, a pump setting or a medicine: whom to call, and how soon.
// This file holds the structure; every word is a message of the catalogue
// (locales/<language>/modules.ftl), named here by its id.
import type { Action } from "./bindings";
import { type Key, type Lang, t } from "./i18n";

export type ModuleId =
  | "why_home"
  | "crs_signs"
  | "neuro_signs"
  | "measuring"
  | "pump"
  | "bag_changes"
  | "call_ladder";

/** In teaching order. */
export const MODULE_IDS: readonly ModuleId[] = [
  "why_home",
  "crs_signs",
  "neuro_signs",
  "measuring",
  "pump",
  "bag_changes",
  "call_ladder",
] as const;

/** A key of FIGURES (ui/src/components/training/figures/index.ts). */
export type FigureId = string;

/** Every text is a message id. Ids: `module-<module>-title` and `-summary` (the printed training
 *  record reads these too), `module-<module>-callout-<callout id>`, `module-<module>-figure-<figure
 *  id>`, and for the rest `module-<module>-s<section>-heading`, `-p<n>`, `-list<n>-<item>`,
 *  `-do<n>-<item>`, `-dont<n>-<item>` (numbered from 1 when written; an id stays as it is when
 *  blocks move). */
export type Block =
  | { kind: "p"; text: Key }
  | { kind: "list"; items: Key[] }
  | { kind: "do"; items: Key[] }
  | { kind: "dont"; items: Key[] }
  | { kind: "figure"; figure: FigureId; caption: Key }
  | { kind: "callout"; id: string; action: Action; text: Key; basis: Basis }
  | { kind: "ladder" }; // the family's own contacts

export type Callout = Extract<Block, { kind: "callout" }>;

/** What backs a "what to do" box: the engine on the situations in trainingCases.json
 *  (core/tests/training_modules.rs runs them), the engine's own advice for the action
 *  (its words, compared with core by a core test), or the reminder schedule (core's bag
 *  and pause reminders, tested there). */
export type Basis = "engine" | "advice" | "schedule";

export type Section = { heading: Key; blocks: Block[] };

export interface TrainingModule {
  id: ModuleId;
  title: Key;
  minutes: number;
  summary: Key;
  sections: Section[];
}

const p = (text: Key): Block => ({ kind: "p", text });
const list = (...items: Key[]): Block => ({ kind: "list", items });
const dos = (...items: Key[]): Block => ({ kind: "do", items });
const donts = (...items: Key[]): Block => ({ kind: "dont", items });
const figure = (id: FigureId, caption: Key): Block => ({ kind: "figure", figure: id, caption });
const callout = (id: string, action: Action, text: Key, basis: Basis = "engine"): Block => ({
  kind: "callout",
  id,
  action,
  text,
  basis,
});
/** The engine's advice for `action` (catalogue `advice-<action>`); see calloutText. */
const adviceCallout = (action: Action): Block => callout(`advice_${action}`, action, `advice-${action}`, "advice");

/** A box's words in `lang`. An advice box shows the engine's advice without its first word
 *  (the box shows the action): the emergency advice opens with "Emergency.", left out here. */
export function calloutText(c: Callout, lang: Lang): string {
  const words = t(c.text, lang);
  return c.basis === "advice" && c.action === "emergency" ? words.replace(/^[^.]*\.\s*/, "") : words;
}

const whyHome: TrainingModule = {
  id: "why_home",
  title: "module-why_home-title",
  minutes: 5,
  summary: "module-why_home-summary",
  sections: [
    {
      heading: "module-why_home-s1-heading",
      blocks: [
        p("module-why_home-s1-p1"),
        p("module-why_home-s1-p2"),
        list("module-why_home-s1-list1-1", "module-why_home-s1-list1-2", "module-why_home-s1-list1-3"),
      ],
    },
    {
      heading: "module-why_home-s2-heading",
      blocks: [
        figure("course_timeline", "module-why_home-figure-course_timeline"),
        list(
          "module-why_home-s2-list1-1",
          "module-why_home-s2-list1-2",
          "module-why_home-s2-list1-3",
          "module-why_home-s2-list1-4",
          "module-why_home-s2-list1-5",
        ),
        p("module-why_home-s2-p1"),
      ],
    },
    {
      heading: "module-why_home-s3-heading",
      blocks: [
        dos(
          "module-why_home-s3-do1-1",
          "module-why_home-s3-do1-2",
          "module-why_home-s3-do1-3",
          "module-why_home-s3-do1-4",
        ),
        callout("quiet_days", "routine", "module-why_home-callout-quiet_days"),
      ],
    },
  ],
};

const crsSigns: TrainingModule = {
  id: "crs_signs",
  title: "module-crs_signs-title",
  minutes: 6,
  summary: "module-crs_signs-summary",
  sections: [
    {
      heading: "module-crs_signs-s1-heading",
      blocks: [
        p("module-crs_signs-s1-p1"),
      ],
    },
    {
      heading: "module-crs_signs-s2-heading",
      blocks: [
        list(
          "module-crs_signs-s2-list1-1",
          "module-crs_signs-s2-list1-2",
          "module-crs_signs-s2-list1-3",
          "module-crs_signs-s2-list1-4",
          "module-crs_signs-s2-list1-5",
          "module-crs_signs-s2-list1-6",
          "module-crs_signs-s2-list1-7",
          "module-crs_signs-s2-list1-8",
          "module-crs_signs-s2-list1-9",
        ),
      ],
    },
    {
      heading: "module-crs_signs-s3-heading",
      blocks: [
        callout("crs_emergency_sepsis", "emergency", "module-crs_signs-callout-crs_emergency_sepsis"),
        callout(
          "crs_emergency_circulation",
          "emergency",
          "module-crs_signs-callout-crs_emergency_circulation",
        ),
        callout("crs_call_now", "call_now", "module-crs_signs-callout-crs_call_now"),
        callout("crs_call_now_fluids", "call_now", "module-crs_signs-callout-crs_call_now_fluids"),
        callout("crs_call_today", "call_today", "module-crs_signs-callout-crs_call_today"),
        p("module-crs_signs-s3-p1"),
      ],
    },
    {
      heading: "module-crs_signs-s4-heading",
      blocks: [
        p("module-crs_signs-s4-p1"),
        dos("module-crs_signs-s4-do1-1", "module-crs_signs-s4-do1-2"),
        donts("module-crs_signs-s4-dont1-1", "module-crs_signs-s4-dont1-2", "module-crs_signs-s4-dont1-3"),
      ],
    },
    {
      heading: "module-crs_signs-s5-heading",
      blocks: [
        p("module-crs_signs-s5-p1"),
        dos("module-crs_signs-s5-do1-1", "module-crs_signs-s5-do1-2", "module-crs_signs-s5-do1-3"),
        callout("infection_fever", "call_now", "module-crs_signs-callout-infection_fever"),
      ],
    },
  ],
};

const neuroSigns: TrainingModule = {
  id: "neuro_signs",
  title: "module-neuro_signs-title",
  minutes: 6,
  summary: "module-neuro_signs-summary",
  sections: [
    {
      heading: "module-neuro_signs-s1-heading",
      blocks: [
        p("module-neuro_signs-s1-p1"),
        list(
          "module-neuro_signs-s1-list1-1",
          "module-neuro_signs-s1-list1-2",
          "module-neuro_signs-s1-list1-3",
          "module-neuro_signs-s1-list1-4",
          "module-neuro_signs-s1-list1-5",
          "module-neuro_signs-s1-list1-6",
          "module-neuro_signs-s1-list1-7",
        ),
        callout("neuro_emergency", "emergency", "module-neuro_signs-callout-neuro_emergency"),
        callout("neuro_call_now", "call_now", "module-neuro_signs-callout-neuro_call_now"),
      ],
    },
    {
      heading: "module-neuro_signs-s2-heading",
      blocks: [
        p("module-neuro_signs-s2-p1"),
        figure("infant_eyes", "module-neuro_signs-figure-infant_eyes"),
        list(
          "module-neuro_signs-s2-list1-1",
          "module-neuro_signs-s2-list1-2",
          "module-neuro_signs-s2-list1-3",
          "module-neuro_signs-s2-list1-4",
          "module-neuro_signs-s2-list1-5",
        ),
        callout("infant_neuro", "call_now", "module-neuro_signs-callout-infant_neuro"),
      ],
    },
    {
      heading: "module-neuro_signs-s3-heading",
      blocks: [
        dos("module-neuro_signs-s3-do1-1", "module-neuro_signs-s3-do1-2", "module-neuro_signs-s3-do1-3"),
        donts("module-neuro_signs-s3-dont1-1", "module-neuro_signs-s3-dont1-2"),
        p("module-neuro_signs-s3-p1"),
        callout("seizure", "emergency", "module-neuro_signs-callout-seizure"),
      ],
    },
    {
      heading: "module-neuro_signs-s4-heading",
      blocks: [
        p("module-neuro_signs-s4-p1"),
        p("module-neuro_signs-s4-p2"),
        callout("check_normal", "routine", "module-neuro_signs-callout-check_normal"),
        callout("check_call_now", "call_now", "module-neuro_signs-callout-check_call_now"),
        callout("check_emergency", "emergency", "module-neuro_signs-callout-check_emergency"),
      ],
    },
  ],
};

const measuring: TrainingModule = {
  id: "measuring",
  title: "module-measuring-title",
  minutes: 6,
  summary: "module-measuring-summary",
  sections: [
    {
      heading: "module-measuring-s1-heading",
      blocks: [
        figure("thermometer_arm", "module-measuring-figure-thermometer_arm"),
        dos(
          "module-measuring-s1-do1-1",
          "module-measuring-s1-do1-2",
          "module-measuring-s1-do1-3",
          "module-measuring-s1-do1-4",
          "module-measuring-s1-do1-5",
        ),
        donts("module-measuring-s1-dont1-1"),
        callout("infant_fever", "emergency", "module-measuring-callout-infant_fever"),
        callout("hypothermia", "call_now", "module-measuring-callout-hypothermia"),
      ],
    },
    {
      heading: "module-measuring-s2-heading",
      blocks: [
        figure("bp_cuff", "module-measuring-figure-bp_cuff"),
        dos("module-measuring-s2-do1-1", "module-measuring-s2-do1-2", "module-measuring-s2-do1-3"),
        donts("module-measuring-s2-dont1-1"),
        callout("bp_once", "call_now", "module-measuring-callout-bp_once"),
        callout("bp_twice", "emergency", "module-measuring-callout-bp_twice"),
      ],
    },
    {
      heading: "module-measuring-s3-heading",
      blocks: [
        figure("pulse_oximeter", "module-measuring-figure-pulse_oximeter"),
        list("module-measuring-s3-list1-1", "module-measuring-s3-list1-2", "module-measuring-s3-list1-3"),
        callout("spo2_low", "call_now", "module-measuring-callout-spo2_low"),
        callout("spo2_very_low", "emergency", "module-measuring-callout-spo2_very_low"),
        callout("breathing_fast", "call_now", "module-measuring-callout-breathing_fast"),
      ],
    },
    {
      heading: "module-measuring-s4-heading",
      blocks: [
        list(
          "module-measuring-s4-list1-1",
          "module-measuring-s4-list1-2",
          "module-measuring-s4-list1-3",
          "module-measuring-s4-list1-4",
          "module-measuring-s4-list1-5",
        ),
        p("module-measuring-s4-p1"),
      ],
    },
  ],
};

const pump: TrainingModule = {
  id: "pump",
  title: "module-pump-title",
  minutes: 6,
  summary: "module-pump-summary",
  sections: [
    {
      heading: "module-pump-s1-heading",
      blocks: [
        figure("pump_line", "module-pump-figure-pump_line"),
        donts(
          "module-pump-s1-dont1-1",
          "module-pump-s1-dont1-2",
          "module-pump-s1-dont1-3",
          "module-pump-s1-dont1-4",
          "module-pump-s1-dont1-5",
        ),
      ],
    },
    {
      heading: "module-pump-s2-heading",
      blocks: [
        list("module-pump-s2-list1-1", "module-pump-s2-list1-2", "module-pump-s2-list1-3"),
        callout("pump_call_now", "call_now", "module-pump-callout-pump_call_now"),
      ],
    },
    {
      heading: "module-pump-s3-heading",
      blocks: [
        list("module-pump-s3-list1-1", "module-pump-s3-list1-2", "module-pump-s3-list1-3"),
        callout("line_out", "emergency", "module-pump-callout-line_out"),
      ],
    },
    {
      heading: "module-pump-s4-heading",
      blocks: [
        dos(
          "module-pump-s4-do1-1",
          "module-pump-s4-do1-2",
          "module-pump-s4-do1-3",
          "module-pump-s4-do1-4",
          "module-pump-s4-do1-5",
          "module-pump-s4-do1-6",
        ),
        callout("dressing", "call_today", "module-pump-callout-dressing"),
      ],
    },
  ],
};

const bagChanges: TrainingModule = {
  id: "bag_changes",
  title: "module-bag_changes-title",
  minutes: 4,
  summary: "module-bag_changes-summary",
  sections: [
    {
      heading: "module-bag_changes-s1-heading",
      blocks: [
        figure("bag_clock", "module-bag_changes-figure-bag_clock"),
        list(
          "module-bag_changes-s1-list1-1",
          "module-bag_changes-s1-list1-2",
          "module-bag_changes-s1-list1-3",
        ),
      ],
    },
    {
      heading: "module-bag_changes-s2-heading",
      blocks: [
        dos("module-bag_changes-s2-do1-1", "module-bag_changes-s2-do1-2", "module-bag_changes-s2-do1-3"),
        p("module-bag_changes-s2-p1"),
      ],
    },
    {
      heading: "module-bag_changes-s3-heading",
      blocks: [
        list(
          "module-bag_changes-s3-list1-1",
          "module-bag_changes-s3-list1-2",
          "module-bag_changes-s3-list1-3",
          "module-bag_changes-s3-list1-4",
        ),
      ],
    },
    {
      heading: "module-bag_changes-s4-heading",
      blocks: [
        dos("module-bag_changes-s4-do1-1"),
        donts("module-bag_changes-s4-dont1-1"),
        callout("bag_late", "call_now", "module-bag_changes-callout-bag_late", "schedule"),
      ],
    },
  ],
};

const callLadder: TrainingModule = {
  id: "call_ladder",
  title: "module-call_ladder-title",
  minutes: 5,
  summary: "module-call_ladder-summary",
  sections: [
    {
      heading: "module-call_ladder-s1-heading",
      blocks: [
        figure("call_ladder", "module-call_ladder-figure-call_ladder"),
        adviceCallout("emergency"),
        adviceCallout("call_now"),
        adviceCallout("call_today"),
        adviceCallout("routine"),
      ],
    },
    {
      heading: "module-call_ladder-s2-heading",
      blocks: [
        { kind: "ladder" },
        p("module-call_ladder-s2-p1"),
      ],
    },
    {
      heading: "module-call_ladder-s3-heading",
      blocks: [
        list(
          "module-call_ladder-s3-list1-1",
          "module-call_ladder-s3-list1-2",
          "module-call_ladder-s3-list1-3",
          "module-call_ladder-s3-list1-4",
        ),
        dos("module-call_ladder-s3-do1-1", "module-call_ladder-s3-do1-2"),
      ],
    },
  ],
};

export const TRAINING_MODULES: readonly TrainingModule[] = [
  whyHome,
  crsSigns,
  neuroSigns,
  measuring,
  pump,
  bagChanges,
  callLadder,
];

export function moduleById(id: string): TrainingModule | undefined {
  return TRAINING_MODULES.find((m) => m.id === id);
}

/** A module's title in `lang` (`module-<id>-title`); an id the screens do not know shows itself. */
export function moduleTitle(id: string, lang: Lang): string {
  const m = moduleById(id);
  return m ? t(m.title, lang) : id;
}
