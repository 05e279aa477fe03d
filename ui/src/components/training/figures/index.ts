// Hand-made drawings for the training modules. Each takes `lang` for its aria-label and its
// few words, all from the catalogue (locales/*/training.ftl, training-figure-*); colors come
// from app.css variables and currentColor, so dark mode just works.
import type { Component } from "svelte";
import type { Lang } from "../../../lib/i18n";
import BagClock from "./BagClock.svelte";
import BpCuff from "./BpCuff.svelte";
import CallLadder from "./CallLadder.svelte";
import CourseTimeline from "./CourseTimeline.svelte";
import InfantEyes from "./InfantEyes.svelte";
import PulseOximeter from "./PulseOximeter.svelte";
import PumpLine from "./PumpLine.svelte";
import ThermometerArm from "./ThermometerArm.svelte";

export type FigureProps = { lang: Lang };

export const FIGURES: Record<string, Component<FigureProps>> = {
  course_timeline: CourseTimeline,
  thermometer_arm: ThermometerArm,
  bp_cuff: BpCuff,
  pulse_oximeter: PulseOximeter,
  pump_line: PumpLine,
  bag_clock: BagClock,
  call_ladder: CallLadder,
  infant_eyes: InfantEyes,
};
