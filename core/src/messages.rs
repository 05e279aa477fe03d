//! The words the family reads for each reason and action, in English and Mexican Spanish.
//! Written for a tired parent: what was seen, then what to do.

use serde::{Deserialize, Serialize};

use crate::assessment::Action;
use crate::reading::{PumpStatus, Symptom};
use crate::reminder::{ReminderKind, Wake};

/// A sentence in both of the app's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Text {
    pub en: String,
    pub es: String,
}

fn text(en: &str, es: &str) -> Text {
    Text {
        en: en.to_string(),
        es: es.to_string(),
    }
}

const PUMP_ADVICE_EN: &str =
    "Do not change the pump settings and do not flush the line. Call the team now.";
const PUMP_ADVICE_ES: &str =
    "No cambie la programación de la bomba ni lave la línea. Llame al equipo ahora.";

/// The family-facing wording of a symptom (care-rules §5 meaning, our words).
pub fn symptom_text(s: Symptom) -> Text {
    use Symptom::*;
    match s {
        Seizure => text(
            "Seizure: shaking or stiffening with loss of awareness",
            "Convulsión: sacudidas o rigidez con pérdida del conocimiento",
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
    }
}

/// The family-facing wording of a pump status.
pub fn pump_text(p: PumpStatus) -> Text {
    match p {
        PumpStatus::Running => text("Pump running normally", "La bomba funciona normalmente"),
        PumpStatus::Alarm => text("The pump is alarming", "La bomba está sonando la alarma"),
        PumpStatus::Stopped => text("The pump has stopped", "La bomba se detuvo"),
        PumpStatus::Disconnected => text(
            "The line is disconnected from the child",
            "La línea está desconectada del niño",
        ),
        PumpStatus::Leaking => text(
            "The line or bag is leaking",
            "La línea o la bolsa está goteando",
        ),
        PumpStatus::BagEmpty => text("The bag looks empty", "La bolsa se ve vacía"),
    }
}

/// The sentence for a reason code (care-rules §7).
pub fn reason_message(code: &str) -> Text {
    if let Some(s) = Symptom::from_code(code) {
        return symptom_text(s);
    }
    if let Some(p) = code.strip_prefix("pump_").and_then(PumpStatus::from_code) {
        let t = pump_text(p);
        return Text {
            en: format!("{}. {PUMP_ADVICE_EN}", t.en),
            es: format!("{}. {PUMP_ADVICE_ES}", t.es),
        };
    }
    match code {
        "fever" => text(
            "Fever: the temperature is at or above the care plan's fever line.",
            "Fiebre: la temperatura está en o por encima del límite de fiebre del plan de cuidados.",
        ),
        "hypotension" => text(
            "Blood pressure is low for the child's age. Take it again now to confirm, and call.",
            "La presión está baja para la edad del niño. Vuelva a tomarla ahora para confirmar, y llame.",
        ),
        "crs_grade_2" => text(
            "Fever (or fever medicine) together with low blood pressure or low oxygen: possible serious cytokine release syndrome.",
            "Fiebre (o medicina para la fiebre) junto con presión baja u oxígeno bajo: posible síndrome de liberación de citocinas grave.",
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
        "no_recent_reading" => text(
            "No reading in the last 6 hours: take a reading now.",
            "No hay registro en las últimas 6 horas: tome un registro ahora.",
        ),
        other => text(other, other),
    }
}

/// What an action means for the family (care-rules §7).
pub fn action_advice(action: Action) -> Text {
    match action {
        Action::Emergency => text(
            "Emergency: call the emergency number or go to the nearest emergency department now, then call the 24/7 team.",
            "Emergencia: llame al número de emergencias o vaya ahora a la sala de urgencias más cercana, y después llame al equipo 24/7.",
        ),
        Action::CallNow => text(
            "Call the 24/7 team line now. If nobody answers within 10 minutes, call the next contact; if nobody answers, go to the emergency department.",
            "Llame ahora a la línea 24/7 del equipo. Si nadie contesta en 10 minutos, llame al siguiente contacto; si nadie contesta, vaya a urgencias.",
        ),
        Action::CallToday => text(
            "Tell the team today, by phone during the day or at the next bag change.",
            "Avise al equipo hoy, por teléfono durante el día o en el próximo cambio de bolsa.",
        ),
        Action::Routine => text(
            "All fine: keep to the monitoring schedule.",
            "Todo bien: siga con el horario de vigilancia.",
        ),
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
