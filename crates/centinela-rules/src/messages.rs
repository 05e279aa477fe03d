//! The words the family reads for each reason and action, in English and Mexican Spanish.
//! Written for a tired parent: what was seen, then what to do.

use crate::reading::{PumpStatus, Symptom};
use crate::vocab::{Action, Language};
use crate::vocab::{ReminderKind, Wake};

pub use crate::vocab::Text;

fn text(en: &str, es: &str) -> Text {
    Text {
        en: en.to_string(),
        es: es.to_string(),
    }
}

/// Care-rules §6: what to do for a pump or tubing problem (call now).
const PUMP_ADVICE_EN: &str = "Do not change the pump settings, do not flush the line and do not reconnect tubing that came apart. Call the team now.";
const PUMP_ADVICE_ES: &str = "No cambie la programación de la bomba, no lave la línea y no vuelva a conectar un tubo que se soltó. Llame al equipo ahora.";
/// Care-rules §6: the catheter came out or broke (emergency).
const LINE_OUT_ADVICE_EN: &str = "If it came out, press on the spot with clean gauze. If it is broken, clamp or pinch it between the break and the body. Stop the pump and go to the emergency department now.";
const LINE_OUT_ADVICE_ES: &str = "Si se salió, presione el sitio con una gasa limpia. Si está roto, pínzelo o apriételo entre la rotura y el cuerpo. Detenga la bomba y vaya a urgencias ahora.";

/// The family-facing wording of a symptom (care-rules §5 meaning, our words).
pub fn symptom_text(s: Symptom) -> Text {
    use Symptom::*;
    match s {
        Seizure => text(
            "Seizure: shaking or stiffening with loss of awareness; in a baby, staring spells or one arm or leg jerking",
            "Convulsión: sacudidas o rigidez con pérdida del conocimiento; en un bebé, se queda con la mirada fija o le brinca un brazo o una pierna",
        ),
        Unresponsive => text(
            "Cannot be woken or does not respond",
            "No despierta o no responde",
        ),
        BreathingDifficulty => text(
            "Struggling to breathe, or lips or face turning blue",
            "Le cuesta respirar, o labios o cara se ponen morados",
        ),
        Confusion => text(
            "Confused: does not know where they are or who you are",
            "Confundido: no sabe dónde está ni quién es usted",
        ),
        SpeechDifficulty => text(
            "Slurred speech, or cannot find or say words",
            "Habla arrastrada, o no encuentra o no puede decir las palabras",
        ),
        Tremor => text(
            "New shaking or trembling of the hands or body",
            "Temblor nuevo de las manos o del cuerpo",
        ),
        UnusualSleepiness => text(
            "Much sleepier than usual, hard to keep awake",
            "Mucho más dormido de lo normal, difícil de mantener despierto",
        ),
        BalanceProblem => text(
            "New clumsiness, unsteady walking or falling",
            "Torpeza nueva, camina inestable o se cae",
        ),
        NotInteracting => text(
            "No eye contact, not reacting to you as usual",
            "No le mira a los ojos ni reacciona con usted como siempre",
        ),
        InconsolableCry => text(
            "Weak, high-pitched or non-stop crying; cannot be settled",
            "Llanto débil, agudo o que no para; no se logra calmar",
        ),
        Rigors => text("Shaking chills", "Escalofríos con temblor"),
        FastBreathing => text(
            "Breathing much faster than usual",
            "Respira mucho más rápido de lo normal",
        ),
        DizzinessFainting => text(
            "Dizzy, light-headed, or fainted",
            "Mareado, aturdido o se desmayó",
        ),
        PaleColdSkin => text(
            "Pale, grey or blotchy skin; cold hands and feet",
            "Piel pálida, grisácea o marmórea; manos y pies fríos",
        ),
        SevereHeadache => text(
            "Headache that stops usual activity or does not ease",
            "Dolor de cabeza que no le deja hacer sus cosas o no se quita",
        ),
        VomitingPersistent => text(
            "Vomiting and cannot keep fluids down",
            "Vomita y no retiene los líquidos",
        ),
        DiarrheaSevere => text(
            "7 or more loose stools in a day, or blood in the stool",
            "7 o más evacuaciones líquidas en un día, o sangre en el excremento",
        ),
        RashWidespread => text(
            "Rash over a large part of the body, or blistering or peeling skin",
            "Ronchas en gran parte del cuerpo, o piel con ampollas o que se despega",
        ),
        Bleeding => text(
            "Bleeding that does not stop, or blood in urine, stool or vomit",
            "Sangrado que no para, o sangre en la orina, el excremento o el vómito",
        ),
        LittleUrine => text(
            "Much less urine than usual (fewer wet nappies)",
            "Orina mucho menos de lo normal (menos pañales mojados)",
        ),
        Headache => text("Mild headache", "Dolor de cabeza leve"),
        Nausea => text("Feeling sick", "Náuseas"),
        Vomiting => text(
            "Vomited, but keeps fluids down",
            "Vomitó, pero retiene los líquidos",
        ),
        Diarrhea => text(
            "Loose stools, fewer than 7 a day",
            "Evacuaciones líquidas, menos de 7 al día",
        ),
        Rash => text("Small area of rash", "Ronchas en un área pequeña"),
        Fatigue => text(
            "More tired or weak than usual",
            "Más cansado o débil de lo normal",
        ),
        MuscleAches => text(
            "Aching muscles or joints",
            "Dolor de músculos o articulaciones",
        ),
        LineSiteRedness => text(
            "Redness, swelling or pain where the line enters the skin",
            "Enrojecimiento, hinchazón o dolor donde el catéter entra en la piel",
        ),
        DressingWetLoose => text(
            "The line's dressing is wet, loose or dirty",
            "El apósito del catéter está mojado, despegado o sucio",
        ),
    }
}

/// The family-facing wording of a pump status.
pub fn pump_text(p: PumpStatus) -> Text {
    match p {
        PumpStatus::Running => text("Pump running normally", "La bomba funciona normalmente"),
        PumpStatus::Alarm => text("The pump is alarming", "La bomba está sonando la alarma"),
        PumpStatus::Stopped => text("The pump has stopped", "La bomba se detuvo"),
        PumpStatus::Disconnected => {
            text("The tubing came apart", "El tubo de la infusión se soltó")
        }
        PumpStatus::Leaking => text(
            "The line or bag is leaking",
            "La línea o la bolsa está goteando",
        ),
        PumpStatus::BagEmpty => text("The bag looks empty", "La bolsa se ve vacía"),
        PumpStatus::LineOutOrBroken => text(
            "The catheter came out, or is cut or cracked",
            "El catéter se salió, o está cortado o roto",
        ),
    }
}

/// The sentence for a reason code (care-rules §7).
pub fn reason_message(code: &str) -> Text {
    if let Some(s) = Symptom::from_code(code) {
        return symptom_text(s);
    }
    if let Some(p) = code.strip_prefix("pump_").and_then(PumpStatus::from_code) {
        let t = pump_text(p);
        let (en, es) = if p == PumpStatus::LineOutOrBroken {
            (LINE_OUT_ADVICE_EN, LINE_OUT_ADVICE_ES)
        } else {
            (PUMP_ADVICE_EN, PUMP_ADVICE_ES)
        };
        return Text {
            en: format!("{}. {en}", t.en),
            es: format!("{}. {es}", t.es),
        };
    }
    match code {
        "fever" => text(
            "Fever: the temperature is at or above the care plan's fever line.",
            "Fiebre: la temperatura está en o por encima del límite de fiebre del plan de cuidados.",
        ),
        "infant_fever" => text(
            "Fever of 38.0 °C or more in a baby under 3 months old.",
            "Fiebre de 38.0 °C o más en un bebé de menos de 3 meses.",
        ),
        "hypothermia" => text(
            "The temperature is below 36.0 °C. Take it again now, and call.",
            "La temperatura está por debajo de 36.0 °C. Vuelva a tomarla ahora, y llame.",
        ),
        "hypotension" => text(
            "Blood pressure is low for the child's age. Take it again now to confirm, and call.",
            "La presión está baja para la edad del niño. Vuelva a tomarla ahora para confirmar, y llame.",
        ),
        "hypotension_confirmed" => text(
            "Blood pressure was low for the child's age twice within 30 minutes.",
            "La presión salió baja para la edad del niño dos veces en 30 minutos.",
        ),
        "crs_grade_2" => text(
            "Fever (or fever medicine or a steroid dose) together with low blood pressure or low oxygen: possible serious cytokine release syndrome.",
            "Fiebre (o medicina para la fiebre o una dosis de esteroide) junto con presión baja u oxígeno bajo: posible síndrome de liberación de citocinas grave.",
        ),
        "sepsis_signs" => text(
            "Fever or chills together with a sign of poor circulation or fast breathing: possible serious infection, even with a normal blood pressure.",
            "Fiebre o escalofríos junto con una señal de mala circulación o respiración rápida: posible infección grave, aunque la presión esté normal.",
        ),
        "shock_signs" => text(
            "Low blood pressure with dizziness, pale cold skin or unusual sleepiness: signs of shock.",
            "Presión baja con mareo, piel pálida y fría o sueño fuera de lo normal: señales de choque.",
        ),
        "hypoxia" => text(
            "Oxygen level below 90%.",
            "Oxígeno por debajo de 90%.",
        ),
        "low_oxygen" => text(
            "Oxygen level below 92%.",
            "Oxígeno por debajo de 92%.",
        ),
        "tachycardia" => text(
            "Heart rate is fast for the child's age.",
            "El pulso está rápido para la edad del niño.",
        ),
        "tachycardia_extreme" => text(
            "Heart rate is very fast for the child's age.",
            "El pulso está muy rápido para la edad del niño.",
        ),
        "bradycardia" => text(
            "Heart rate is slow for the baby's age. Take it again now, and call.",
            "El pulso está lento para la edad del bebé. Vuelva a tomarlo ahora, y llame.",
        ),
        "bradycardia_severe" => text(
            "Heart rate is below 60 a minute.",
            "El pulso está por debajo de 60 por minuto.",
        ),
        "fast_breathing_measured" => text(
            "Breathing rate is fast for the child's age.",
            "La respiración está rápida para la edad del niño.",
        ),
        "icans_ice_1" => text(
            "The neurological check scored 7 to 9 out of 10: some answers were wrong.",
            "La revisión neurológica dio de 7 a 9 de 10: algunas respuestas fueron incorrectas.",
        ),
        "icans_ice_2" => text(
            "The neurological check scored 6 or less out of 10.",
            "La revisión neurológica dio 6 o menos de 10.",
        ),
        "capd_positive" => text(
            "The neurological check (CAPD) scored 9 or more: the child may be confused.",
            "La revisión neurológica (CAPD) dio 9 o más: el niño puede estar confundido.",
        ),
        "infant_fluid_loss" => text(
            "Vomiting or diarrhoea in a baby under 6 months: a baby this young dries out quickly.",
            "Vómito o diarrea en un bebé de menos de 6 meses: un bebé tan pequeño se deshidrata rápido.",
        ),
        "no_recent_reading" => text(
            "No reading in the last 6 hours: take a reading now.",
            "No hay registro en las últimas 6 horas: tome un registro ahora.",
        ),
        other => text(other, other),
    }
}

/// What an action means for the family (care-rules §7), in general: the fridge sheet
/// and training use it; an assessment uses [`assessment_advice`].
pub fn action_advice(action: Action) -> Text {
    match action {
        Action::Emergency => text(
            "Emergency. Seizure, cannot be woken, struggling to breathe or oxygen below 90: call the emergency number for an ambulance; do not drive. Otherwise go to the emergency department now. Take the pump and bag, still connected; say \"blinatumomab infusion, possible CRS\". Then call the 24/7 team.",
            "Emergencia. Convulsión, no despierta, le cuesta respirar u oxígeno menor de 90: llame al número de emergencias para pedir una ambulancia; no maneje. Si no, vaya a urgencias ahora. Lleve la bomba y la bolsa, sin desconectar; diga \"infusión de blinatumomab, posible síndrome de liberación de citocinas\". Después llame al equipo 24/7.",
        ),
        Action::CallNow => text(
            "Call the 24/7 team line now. If nobody picks up or calls back within 10 minutes, call the next contact; if nobody answers, go to the emergency department. While you wait, stay with the child and take a new reading in 15 minutes; if anything gets worse, it is an emergency.",
            "Llame ahora a la línea 24/7 del equipo. Si nadie contesta ni le devuelve la llamada en 10 minutos, llame al siguiente contacto; si nadie contesta, vaya a urgencias. Mientras espera, quédese con el niño y tome un registro nuevo en 15 minutos; si algo empeora, es una emergencia.",
        ),
        Action::CallToday => text(
            "Tell the team by phone during the day today (after 8 a.m. if it is night now). Call sooner if it gets worse or a new sign appears.",
            "Avise al equipo por teléfono durante el día de hoy (después de las 8 a. m. si ahora es de noche). Llame antes si empeora o aparece una señal nueva.",
        ),
        Action::Routine => text(
            "Nothing to do now. Keep to the reading schedule, and take a new reading if anything changes.",
            "Nada que hacer por ahora. Siga el horario de registros, y tome un registro nuevo si algo cambia.",
        ),
    }
}

/// The advice of one assessment (care-rules §7): the emergency says which way to go, and
/// a routine result with no reading for 6 hours asks for one.
pub fn assessment_advice(action: Action, call_ambulance: bool, no_recent_reading: bool) -> Text {
    match action {
        Action::Emergency if call_ambulance => text(
            "Emergency: call the emergency number for an ambulance now; do not drive. Take the pump and the bag with the child and do not disconnect it; tell them \"blinatumomab infusion, possible CRS\". Then call the 24/7 team.",
            "Emergencia: llame ahora al número de emergencias para pedir una ambulancia; no maneje. Lleve la bomba y la bolsa con el niño, sin desconectarla; diga \"infusión de blinatumomab, posible síndrome de liberación de citocinas\". Después llame al equipo 24/7.",
        ),
        Action::Emergency => text(
            "Emergency: go to the nearest emergency department now, or call the emergency number if you cannot get there quickly. Take the pump and the bag with the child and do not disconnect it; tell them \"blinatumomab infusion, possible CRS\". Then call the 24/7 team.",
            "Emergencia: vaya ahora a la sala de urgencias más cercana, o llame al número de emergencias si no puede llegar rápido. Lleve la bomba y la bolsa con el niño, sin desconectarla; diga \"infusión de blinatumomab, posible síndrome de liberación de citocinas\". Después llame al equipo 24/7.",
        ),
        Action::Routine if no_recent_reading => text(
            "Take a reading now: there is none from the last 6 hours.",
            "Tome un registro ahora: no hay ninguno de las últimas 6 horas.",
        ),
        other => action_advice(other),
    }
}

/// The title of a reminder's notification and banner. Generic: no name, no value.
pub fn reminder_title(kind: ReminderKind) -> Text {
    use ReminderKind::*;
    match kind {
        BagHeadsUp => text("Bag change coming up", "Se acerca el cambio de bolsa"),
        BagDue => text(
            "Time to change the infusion bag",
            "Es hora de cambiar la bolsa de la infusión",
        ),
        BagOverdue => text(
            "Bag change overdue: call the team now",
            "Cambio de bolsa atrasado: llame al equipo ahora",
        ),
        ReadingDue => text("Time for a reading", "Es hora de tomar los signos"),
        PremedicationStart => text("Tomorrow the infusion starts", "Mañana empieza la infusión"),
        PremedicationStepUp => text("Tomorrow the dose goes up", "Mañana sube la dosis"),
        LongPause => text(
            "The infusion has been paused for 4 hours",
            "La infusión lleva 4 horas en pausa",
        ),
    }
}

/// What to do about a reminder.
pub fn reminder_body(kind: ReminderKind) -> Text {
    use ReminderKind::*;
    match kind {
        BagHeadsUp => text(
            "The infusion bag is due for a change soon. Plan the trip to the centre.",
            "La bolsa de la infusión debe cambiarse pronto. Planee el viaje al centro.",
        ),
        BagDue => text(
            "The bag is due now. Once the new bag is hung, log it in Centinela.",
            "La bolsa vence ahora. Cuando pongan la bolsa nueva, regístrela en Centinela.",
        ),
        BagOverdue => text(
            "The infusion may stop. Call the team now. Do not change the pump settings.",
            "La infusión puede detenerse. Llame al equipo ahora. No cambie la programación de la bomba.",
        ),
        ReadingDue => text(
            "Take the temperature and the other readings, and enter them in Centinela.",
            "Tome la temperatura y los demás signos, y anótelos en Centinela.",
        ),
        PremedicationStart => text(
            "The team gives dexamethasone before the infusion starts. Confirm the time with them.",
            "El equipo da dexametasona antes de iniciar la infusión. Confirme la hora con ellos.",
        ),
        PremedicationStepUp => text(
            "The team gives dexamethasone before the dose changes. Confirm with them.",
            "El equipo da dexametasona antes del cambio de dosis. Confírmelo con ellos.",
        ),
        LongPause => text(
            "Call the team before the infusion restarts.",
            "Llame al equipo antes de reiniciar la infusión.",
        ),
    }
}

/// The title of a grouped notice: several reminders found on one tick.
pub fn reminders_group(count: u32, wake: Wake) -> Text {
    match wake {
        Wake::Slept => Text {
            en: format!("{count} reminders came due while the computer was asleep"),
            es: format!(
                "{count} recordatorios vencieron mientras la computadora estaba suspendida"
            ),
        },
        Wake::Started => Text {
            en: format!("{count} reminders came due while Centinela was closed"),
            es: format!("{count} recordatorios vencieron mientras Centinela estaba cerrado"),
        },
        Wake::Running => Text {
            en: format!("{count} reminders are due"),
            es: format!("{count} recordatorios pendientes"),
        },
    }
}

/// The body of a grouped notice: the most urgent one first.
pub fn reminders_group_body(top: ReminderKind) -> Text {
    let t = reminder_title(top);
    Text {
        en: format!("{}. Open Centinela to see them all.", t.en),
        es: format!("{}. Abra Centinela para verlos todos.", t.es),
    }
}

/// The heading for something that may keep the alarm from waking the family (issue 20).
pub fn watch_title(c: crate::vocab::Concern) -> Text {
    use crate::vocab::Concern::*;
    match c {
        SoundMuted => text(
            "The sound is off: Centinela cannot wake you",
            "El sonido está apagado: Centinela no puede despertarle",
        ),
        SoundLow { volume_percent, .. } => Text {
            en: format!("The sound is at {volume_percent}%: the alarm may not wake you"),
            es: format!("El sonido está al {volume_percent}%: la alarma quizá no le despierte"),
        },
        NotificationsHidden => text(
            "Do not disturb is on: notifications are hidden",
            "No molestar está activado: los avisos no se muestran",
        ),
        BatteryAlarm { percent } => Text {
            en: format!("Battery at {percent}%: plug in the charger now"),
            es: format!("Batería al {percent}%: conecte el cargador ahora"),
        },
        BatteryLow { percent } => Text {
            en: format!("Battery at {percent}%: plug in the charger"),
            es: format!("Batería al {percent}%: conecte el cargador"),
        },
        UnpluggedAtNight => text(
            "The charger is not plugged in",
            "El cargador no está conectado",
        ),
        StartAtLoginOff => text(
            "Centinela will not start by itself after a restart",
            "Centinela no se abrirá solo después de reiniciar",
        ),
    }
}

/// What to do about it.
pub fn watch_advice(c: crate::vocab::Concern) -> Text {
    use crate::vocab::Concern::*;
    match c {
        SoundMuted => text(
            "Turn the computer's sound on and up, so the alarm can be heard at night.",
            "Encienda y suba el sonido de la computadora para que la alarma se oiga en la noche.",
        ),
        SoundLow { limit_percent, .. } => Text {
            en: format!("Turn the computer's sound up to at least {limit_percent}%."),
            es: format!("Suba el sonido de la computadora al menos al {limit_percent}%."),
        },
        NotificationsHidden => text(
            "Turn do not disturb off in the computer's settings. The alarm still sounds, but reminders will not pop up.",
            "Desactive «No molestar» en la configuración de la computadora. La alarma sigue sonando, pero los recordatorios no aparecerán.",
        ),
        BatteryAlarm { .. } => text(
            "The computer may switch off soon, and then no alarm can wake you. Plug in the charger.",
            "La computadora puede apagarse pronto, y entonces ninguna alarma podrá despertarle. Conecte el cargador.",
        ),
        BatteryLow { .. } | UnpluggedAtNight => text(
            "Keep the computer plugged in during the night, so it does not run out of battery before the next reminder.",
            "Deje la computadora conectada durante la noche, para que la batería no se acabe antes del siguiente recordatorio.",
        ),
        StartAtLoginOff => text(
            "If the computer restarts, reminders stop until someone opens Centinela. Turn on \"Start Centinela when I log in\" in Settings.",
            "Si la computadora se reinicia, los recordatorios se detienen hasta que alguien abra Centinela. Active «Abrir Centinela al iniciar sesión» en Ajustes.",
        ),
    }
}

/// The heading of one notification for several such things at once.
pub fn watch_several() -> Text {
    text(
        "Centinela may not be able to wake you",
        "Es posible que Centinela no pueda despertarle",
    )
}

/// Ends a sentence with one full stop ("9:30 a.m." already has it).
fn sentence(s: String) -> String {
    if s.ends_with('.') {
        s
    } else {
        s + "."
    }
}

/// The measured values the call card names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallVital {
    Temperature,
    BloodPressure,
    Pulse,
    Breathing,
    Oxygen,
}

/// An age as the family says it: "6 years", "14 months", "9 days" (no-break space).
pub fn format_age(lang: Language, age: crate::patient::Age) -> String {
    let (n, en, es) = if age.years >= 1 {
        (age.years, ("year", "years"), ("año", "años"))
    } else if age.months >= 1 {
        (age.months, ("month", "months"), ("mes", "meses"))
    } else {
        (age.days, ("day", "days"), ("día", "días"))
    };
    let (one, many) = match lang {
        Language::En => en,
        Language::Es => es,
    };
    format!("{n}\u{a0}{}", if n == 1 { one } else { many })
}

/// The call card's heading (issue 18).
pub fn call_title() -> Text {
    text("When you call, say this", "Cuando llame, diga esto")
}

/// Its three parts, in the order a doctor on call asks.
pub fn call_headings() -> [Text; 3] {
    [
        text("Who", "Quién"),
        text("What is happening", "Qué está pasando"),
        text(
            "What you did, what Centinela advised",
            "Qué hizo usted, qué aconsejó Centinela",
        ),
    ]
}

/// "Sofía, 7 years, 24 kg." — the weight only when the diary has it.
pub fn call_child(
    first_name: &str,
    age: Option<crate::patient::Age>,
    weight_kg: Option<f64>,
) -> Text {
    // The age as the fridge sheet says it ("7 years", "14 months"), with a plain space.
    let age_in = |lang| age.map(|a| format_age(lang, a).replace('\u{a0}', " "));
    let weight = weight_kg.map(|w| {
        if w.fract() == 0.0 {
            format!("{w:.0} kg")
        } else {
            format!("{w:.1} kg")
        }
    });
    let line = |lang| {
        let parts: Vec<String> = std::iter::once(first_name.to_string())
            .chain(age_in(lang))
            .chain(weight.clone())
            .collect();
        format!("{}.", parts.join(", "))
    };
    Text {
        en: line(Language::En),
        es: line(Language::Es),
    }
}

pub fn call_course_day(day: i64, days: i64) -> Text {
    Text {
        en: format!("On blinatumomab at home: day {day} of {days}."),
        es: format!("Con blinatumomab en casa: día {day} de {days}."),
    }
}

pub fn call_on_blinatumomab() -> Text {
    text("On blinatumomab at home.", "Con blinatumomab en casa.")
}

/// Before or after the dose step-up.
pub fn call_step(after: bool, step_day: u8) -> Text {
    if after {
        Text {
            en: format!("After the dose step-up on day {step_day}."),
            es: format!("Después del aumento de dosis del día {step_day}."),
        }
    } else {
        Text {
            en: format!("Before the dose step-up (day {step_day})."),
            es: format!("Antes del aumento de dosis (día {step_day})."),
        }
    }
}

pub fn call_bag_on(when: &Text) -> Text {
    Text {
        en: sentence(format!("The current bag was hung {}", when.en)),
        es: sentence(format!("La bolsa actual se colocó {}", when.es)),
    }
}

/// A time for the card, with its preposition: "at 1:50 AM", or "on Fri at 8:00 PM" on
/// another day; Spanish (Mexico) "a la 1:50 a.m.", "el vie a las 8:00 p.m.". 12-hour clock,
/// as the screens show it.
pub fn call_time(at: chrono::DateTime<chrono::FixedOffset>, other_day: bool) -> Text {
    use chrono::{Datelike, Timelike};
    let (pm, h12) = at.hour12();
    let clock = format!("{h12}:{:02}", at.minute());
    const EN_DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const ES_DAYS: [&str; 7] = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"];
    let wd = at.weekday().num_days_from_monday() as usize;
    let (en_ampm, es_ampm) = if pm { ("PM", "p.m.") } else { ("AM", "a.m.") };
    let article = if h12 == 1 { "a la" } else { "a las" };
    let en = format!("at {clock} {en_ampm}");
    let es = format!("{article} {clock} {es_ampm}");
    if other_day {
        Text {
            en: format!("on {} {en}", EN_DAYS[wd]),
            es: format!("el {} {es}", ES_DAYS[wd]),
        }
    } else {
        Text { en, es }
    }
}

/// "Temperature 38.6 °C at 1:50 AM (before: 37.4 °C at Fri 8:00 PM)."
pub fn call_value(
    vital: CallVital,
    value: &str,
    at: &Text,
    before: Option<(String, Text)>,
) -> Text {
    let (name_en, name_es, unit_en, unit_es) = match vital {
        CallVital::Temperature => ("Temperature", "Temperatura", "", ""),
        CallVital::BloodPressure => ("Blood pressure", "Presión", " mmHg", " mmHg"),
        CallVital::Pulse => ("Pulse", "Pulso", " a minute", " por minuto"),
        CallVital::Breathing => (
            "Breathing",
            "Respiración",
            " breaths a minute",
            " respiraciones por minuto",
        ),
        CallVital::Oxygen => ("Oxygen", "Oxígeno", "%", "%"),
    };
    let (prev_en, prev_es) = match &before {
        Some((v, t)) => (
            format!(" (before: {v}{unit_en} {})", t.en),
            format!(" (antes: {v}{unit_es} {})", t.es),
        ),
        None => (String::new(), String::new()),
    };
    Text {
        en: sentence(format!("{name_en} {value}{unit_en} {}{prev_en}", at.en)),
        es: sentence(format!("{name_es} {value}{unit_es} {}{prev_es}", at.es)),
    }
}

/// The signs ticked on the newest reading.
pub fn call_signs(signs: &[Symptom]) -> Text {
    let lower = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let names: Vec<Text> = signs.iter().map(|&s| symptom_text(s)).collect();
    Text {
        en: sentence(format!(
            "Signs ticked: {}",
            names
                .iter()
                .map(|n| lower(&n.en))
                .collect::<Vec<_>>()
                .join("; ")
        )),
        es: sentence(format!(
            "Señales marcadas: {}",
            names
                .iter()
                .map(|n| lower(&n.es))
                .collect::<Vec<_>>()
                .join("; ")
        )),
    }
}

pub fn call_pump(p: PumpStatus) -> Text {
    let t = pump_text(p);
    Text {
        en: sentence(t.en),
        es: sentence(t.es),
    }
}

/// "Neurological check (ICE): 7 of 10 at 1:50 AM; usual: 10."
pub fn call_neuro(
    scale: crate::neuro::NeuroScale,
    score: f64,
    at: &Text,
    usual: Option<f64>,
) -> Text {
    let (name, max) = match scale {
        crate::neuro::NeuroScale::Ice => ("ICE", 10),
        crate::neuro::NeuroScale::Capd => ("CAPD", 32),
    };
    let n = |v: f64| {
        if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v:.1}")
        }
    };
    let (u_en, u_es) = match usual {
        Some(u) => (
            format!("; usual: {}", n(u)),
            format!("; lo habitual: {}", n(u)),
        ),
        None => (String::new(), String::new()),
    };
    Text {
        en: sentence(format!(
            "Neurological check ({name}): {} of {max} {}{u_en}",
            n(score),
            at.en
        )),
        es: sentence(format!(
            "Revisión neurológica ({name}): {} de {max} {}{u_es}",
            n(score),
            at.es
        )),
    }
}

pub fn call_no_reading() -> Text {
    text(
        "No reading in the last 48 hours.",
        "Ningún registro en las últimas 48 horas.",
    )
}

pub fn call_fever_medicine_at(when: &Text) -> Text {
    Text {
        en: sentence(format!("Fever medicine given {}", when.en)),
        es: sentence(format!("Medicina para la fiebre dada {}", when.es)),
    }
}

pub fn call_fever_medicine_recent() -> Text {
    text(
        "Fever medicine given in the last 6 hours.",
        "Medicina para la fiebre dada en las últimas 6 horas.",
    )
}

pub fn call_advised(advice: &Text) -> Text {
    Text {
        en: format!("Centinela advised: {}", advice.en),
        es: format!("Centinela aconsejó: {}", advice.es),
    }
}

/// The fridge sheet's "when you call, say" box (issue 18): what to have ready, in the card's
/// order; the app's card says the same with the diary's values.
pub fn call_sheet_who() -> Text {
    text(
        "On blinatumomab at home; the course day; when the bag was hung.",
        "Con blinatumomab en casa; día del ciclo; hora de la bolsa.",
    )
}

pub fn call_sheet_what() -> Text {
    text(
        "each sign with its value and time, and the one before; fever medicine; the pump.",
        "cada señal con su valor y hora, y la anterior; medicina para la fiebre; la bomba.",
    )
}

pub fn call_sheet_did() -> Text {
    text(
        "a repeat reading; Centinela's advice.",
        "un registro repetido; el consejo de Centinela.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_code_has_its_own_words_in_both_languages() {
        let mut codes: Vec<String> = [
            "fever",
            "hypotension",
            "crs_grade_2",
            "shock_signs",
            "hypoxia",
            "low_oxygen",
            "tachycardia",
            "infant_fever",
            "hypothermia",
            "hypotension_confirmed",
            "sepsis_signs",
            "tachycardia_extreme",
            "bradycardia",
            "bradycardia_severe",
            "fast_breathing_measured",
            "icans_ice_1",
            "icans_ice_2",
            "capd_positive",
            "infant_fluid_loss",
            "no_recent_reading",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        codes.extend(Symptom::ALL.iter().map(|s| s.code().to_string()));
        codes.extend(
            PumpStatus::ALL
                .iter()
                .filter(|p| **p != PumpStatus::Running)
                .map(|p| format!("pump_{}", p.code())),
        );
        for code in codes {
            let t = reason_message(&code);
            assert_ne!(t.en, code, "no English words for {code}");
            assert_ne!(t.es, code, "no Spanish words for {code}");
            assert_ne!(t.en, t.es, "untranslated {code}");
        }
    }

    #[test]
    fn every_reminder_has_its_own_words_in_both_languages() {
        for k in ReminderKind::ALL {
            for t in [reminder_title(k), reminder_body(k)] {
                assert!(!t.en.is_empty() && !t.es.is_empty());
                assert_ne!(t.en, t.es, "untranslated {k:?}");
            }
        }
    }
}
