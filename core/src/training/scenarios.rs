//! The practice situations of the nurse's hour. Each one is a story, a practice child and
//! what the family sees (the facts to enter). The right answer is never stored here: it
//! is whatever the real engine says about the reading the caregiver enters
//! (`expected` below is only checked against the engine by the tests, so a story that
//! drifts from the rules fails CI).

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::assessment::Action;
use crate::messages::Text;
use crate::reading::{NeuroCheck, PumpStatus, Symptom};

/// What the caregiver sees in the situation and is asked to enter in the diary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ShownReading {
    pub temperature_c: Option<f64>,
    pub systolic_mmhg: Option<f64>,
    pub diastolic_mmhg: Option<f64>,
    pub heart_rate_bpm: Option<f64>,
    pub spo2_percent: Option<f64>,
    pub antipyretic_in_last_6h: bool,
    pub symptoms: Vec<Symptom>,
    pub pump: Option<PumpStatus>,
    /// The score of the guided neurological check, when the story gives one.
    pub neuro_check: Option<NeuroCheck>,
}

/// A reading already in the practice diary when the situation starts (e.g. the first of two
/// blood pressures), taken `minutes_before` the practice entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct EarlierReading {
    #[ts(type = "number")]
    pub minutes_before: u32,
    pub shown: ShownReading,
}

/// What a scenario is meant to exercise; the tests check that together they cover the
/// issue's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Fever,
    Neurological,
    Infant,
    Pump,
    LowBloodPressure,
    MaskedFever,
    Breathing,
    Everyday,
    /// Fever (or chills) with a sign of poor circulation: sepsis signs (care-rules §4.4).
    Sepsis,
    /// The catheter itself: out, cut or cracked (care-rules §6).
    Line,
}

/// One practice situation as defined in the app.
#[derive(Debug, Clone)]
pub struct ScenarioDef {
    pub id: &'static str,
    pub title: (&'static str, &'static str),
    pub story: (&'static str, &'static str),
    pub child_name: &'static str,
    /// The practice child's age on the day of practice, in completed months.
    pub age_months: u32,
    pub weight_kg: f64,
    pub shown: ShownReading,
    /// Readings already in the practice diary before the caregiver's entry.
    pub earlier: Vec<EarlierReading>,
    /// What the nurse can say once the answer is in.
    pub teaching: (&'static str, &'static str),
    pub topics: &'static [Topic],
    /// The action the story is written for; tests hold the engine to it.
    pub expected: Action,
}

impl ScenarioDef {
    /// The practice child's date of birth, so that they are `age_months` old on `today`.
    pub fn birth_date(&self, today: NaiveDate) -> NaiveDate {
        today
            .checked_sub_months(Months::new(self.age_months))
            .unwrap_or(today)
    }
}

pub(crate) fn t(pair: (&str, &str)) -> Text {
    Text {
        en: pair.0.to_string(),
        es: pair.1.to_string(),
    }
}

fn shown() -> ShownReading {
    ShownReading {
        temperature_c: None,
        systolic_mmhg: None,
        diastolic_mmhg: None,
        heart_rate_bpm: None,
        spo2_percent: None,
        antipyretic_in_last_6h: false,
        symptoms: Vec::new(),
        pump: Some(PumpStatus::Running),
        neuro_check: None,
    }
}

/// Every practice situation, in the order the nurse is offered them.
pub fn all() -> Vec<ScenarioDef> {
    use Symptom::*;
    vec![
        ScenarioDef {
            id: "night_fever_chills",
            title: ("2 a.m.: hot and shivering", "2 a. m.: caliente y temblando de frío"),
            story: (
                "It is 2 in the morning, day 3. Mateo (7) wakes up shivering hard and feels hot. \
                 The thermometer under his arm shows 38.4 °C. The pump is running normally.",
                "Son las 2 de la mañana del día 3. Mateo (7 años) despierta temblando mucho y se \
                 siente caliente. El termómetro en la axila marca 38.4 °C. La bomba funciona \
                 normalmente.",
            ),
            child_name: "Mateo",
            age_months: 7 * 12 + 2,
            weight_kg: 23.0,
            shown: ShownReading {
                temperature_c: Some(38.4),
                symptoms: vec![Rigors],
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Practice uses the standard plan, whose fever line is 38.0 °C; at home Centinela \
                 uses the line in your child's own plan. A fever at or above that line is a reason \
                 to call the team straight away, even in the middle of the night: it can be the \
                 reaction to the medicine or an infection, and both need the team fast. Shaking \
                 chills count too. Do not wait for the morning, and ask the team before giving \
                 any fever medicine.",
                "La práctica usa el plan estándar, con límite de fiebre de 38.0 °C; en casa Centinela \
                 usa el límite del plan de su hijo o hija. Una fiebre igual o mayor que ese límite \
                 es motivo para llamar de inmediato al equipo, aunque sea de madrugada: puede ser la \
                 reacción a la medicina o una infección, y las dos necesitan al equipo pronto. Los \
                 escalofríos con temblor también cuentan. No espere a la mañana y pregunte al \
                 equipo antes de darle cualquier medicina para la fiebre.",
            ),
            topics: &[Topic::Fever],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "pump_alarm_empty_bag",
            title: ("The pump beeps and the bag looks empty", "La bomba suena y la bolsa se ve vacía"),
            story: (
                "Day 6, late afternoon. The pump starts beeping and its screen shows an alarm. \
                 The bag in the carry pouch looks empty. Valentina (9) feels well: 36.8 °C.",
                "Día 6, por la tarde. La bomba empieza a sonar y en la pantalla aparece una alarma. \
                 La bolsa dentro del estuche se ve vacía. Valentina (9 años) se siente bien: 36.8 °C.",
            ),
            child_name: "Valentina",
            age_months: 9 * 12 + 5,
            weight_kg: 28.0,
            shown: ShownReading {
                temperature_c: Some(36.8),
                pump: Some(PumpStatus::BagEmpty),
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "A pump problem means calling the team now. Never change the pump's settings and \
                 never flush the line, even to stop the beeping: the team tells you what to do.",
                "Un problema con la bomba es motivo para llamar al equipo ahora. Nunca cambie la \
                 programación de la bomba ni lave la línea, aunque sea para que deje de sonar: el \
                 equipo le dirá qué hacer.",
            ),
            topics: &[Topic::Pump],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "infant_no_eye_contact",
            title: ("Your baby does not look at you", "Su bebé no hace contacto visual con usted"),
            story: (
                "Day 4. Sofía is 10 months old. Since her nap she does not look at you, does not \
                 reach for her toy and does not react when you call her name. Temperature 37.1 °C.",
                "Día 4. Sofía tiene 10 meses. Desde su siesta no hace contacto visual con usted, no busca su \
                 juguete y no reacciona cuando usted la llama por su nombre. Temperatura 37.1 °C.",
            ),
            child_name: "Sofía",
            age_months: 10,
            weight_kg: 8.5,
            shown: ShownReading {
                temperature_c: Some(37.1),
                symptoms: vec![NotInteracting],
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "A baby cannot say they feel confused. Not looking at you, not reaching and not \
                 reacting as usual can be the first sign of a problem with the nerves or brain: \
                 call the team now, even without a fever.",
                "Un bebé no puede decir que se siente confundido. Que no haga contacto visual con usted, no busque sus cosas \
                 y no reaccione como siempre puede ser la primera señal de un problema en los nervios \
                 o el cerebro: llame al equipo ahora, aunque no tenga fiebre.",
            ),
            topics: &[Topic::Neurological, Topic::Infant],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "seizure",
            title: ("Jerking and not answering", "Sacudidas y no responde"),
            story: (
                "Day 9. Diego (4) suddenly goes stiff, his arms and legs jerk, and for about a \
                 minute he does not answer you. Now he is very drowsy. Temperature 37.6 °C.",
                "Día 9. Diego (4 años) de pronto se pone rígido, le dan sacudidas en brazos y \
                 piernas y durante casi un minuto no le contesta. Ahora está muy adormilado. \
                 Temperatura 37.6 °C.",
            ),
            child_name: "Diego",
            age_months: 4 * 12 + 7,
            weight_kg: 16.0,
            shown: ShownReading {
                temperature_c: Some(37.6),
                symptoms: vec![Seizure, UnusualSleepiness],
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "A seizure is an emergency: call the emergency number for an ambulance now, do not \
                 drive. Lay the child on their side, clear the space around them, do not hold them \
                 down, put nothing in their mouth, keep the line from being pulled and note how long \
                 it lasts. Then call the team.",
                "Una convulsión es una emergencia: llame ahora al número de emergencias para pedir \
                 una ambulancia, no maneje. Acueste al niño de lado, quite lo que haya alrededor, no \
                 lo sujete, no le meta nada en la boca, cuide que la línea no se jale y fíjese cuánto \
                 dura. Después llame al equipo.",
            ),
            topics: &[Topic::Neurological],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "fever_low_pressure",
            title: ("Fever and low blood pressure", "Fiebre y presión baja"),
            story: (
                "Day 2, evening. Lucía (6) has 38.9 °C. You take her blood pressure with her own \
                 cuff, sitting quietly: 76/44. Heart rate 128.",
                "Día 2, en la noche. Lucía (6 años) tiene 38.9 °C. Le toma la presión con su propio \
                 brazalete, sentada y tranquila: 76/44. Frecuencia cardiaca 128.",
            ),
            child_name: "Lucía",
            age_months: 6 * 12 + 3,
            weight_kg: 20.0,
            shown: ShownReading {
                temperature_c: Some(38.9),
                systolic_mmhg: Some(76.0),
                diastolic_mmhg: Some(44.0),
                heart_rate_bpm: Some(128.0),
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Fever together with blood pressure below the limit for the child's age can be \
                 cytokine release syndrome getting worse. That is an emergency: emergency number or \
                 emergency department first, then the team.",
                "La fiebre junto con una presión por debajo del límite para la edad puede ser un \
                 síndrome de liberación de citocinas que empeora. Es una emergencia: primero el \
                 número de emergencias o urgencias, después el equipo.",
            ),
            topics: &[Topic::Fever, Topic::LowBloodPressure],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "low_pressure_teen",
            title: ("Low blood pressure for his age", "Presión baja para su edad"),
            story: (
                "Day 5, morning reading. Andrés (14) says he feels fine. Temperature 36.9 °C. \
                 Blood pressure 86/54, heart rate 96, oxygen 98 %.",
                "Día 5, toma de la mañana. Andrés (14 años) dice que se siente bien. Temperatura \
                 36.9 °C. Presión 86/54, frecuencia cardiaca 96, oxígeno 98 %.",
            ),
            child_name: "Andrés",
            age_months: 14 * 12 + 1,
            weight_kg: 50.0,
            shown: ShownReading {
                temperature_c: Some(36.9),
                systolic_mmhg: Some(86.0),
                diastolic_mmhg: Some(54.0),
                heart_rate_bpm: Some(96.0),
                spo2_percent: Some(98.0),
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "The safe limit depends on age: from 10 years old, a top number under 90 is low. \
                 Call the team now and repeat the reading while you wait, with the right cuff and \
                 the child sitting still. If the repeat is low again, it is an emergency.",
                "El límite seguro depende de la edad: desde los 10 años, un número de arriba menor \
                 de 90 es bajo. Llame al equipo ahora y repita la toma mientras espera, con el \
                 brazalete correcto y el niño sentado y quieto. Si la segunda también sale baja, es \
                 una emergencia.",
            ),
            topics: &[Topic::LowBloodPressure],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "fever_medicine_hides_fever",
            title: ("After fever medicine", "Después de la medicina para la fiebre"),
            story: (
                "Day 3. Three hours ago grandma gave Emilia (5) fever medicine because she felt \
                 warm, without taking her temperature. Now: 37.4 °C, blood pressure 74/42, and she \
                 wants to lie down.",
                "Día 3. Hace tres horas la abuela le dio a Emilia (5 años) medicina para la fiebre \
                 porque la sentía caliente, sin tomarle la temperatura. Ahora: 37.4 °C, presión \
                 74/42, y quiere estar acostada.",
            ),
            child_name: "Emilia",
            age_months: 5 * 12 + 8,
            weight_kg: 18.0,
            shown: ShownReading {
                temperature_c: Some(37.4),
                systolic_mmhg: Some(74.0),
                diastolic_mmhg: Some(42.0),
                antipyretic_in_last_6h: true,
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Fever medicine can hide a fever. That is why the diary asks about it: with the \
                 box ticked, low blood pressure is read as a possible reaction to the infusion, an \
                 emergency. Always tick it, and tell the team what was given and when.",
                "La medicina para la fiebre puede esconder una fiebre. Por eso el diario lo pregunta: \
                 con la casilla marcada, la presión baja se toma como una posible reacción a la \
                 infusión, una emergencia. Márquela siempre y dígale al equipo qué le dieron y a \
                 qué hora.",
            ),
            topics: &[Topic::MaskedFever, Topic::LowBloodPressure],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "low_oxygen_fast_breathing",
            title: ("Breathing fast, oxygen 88 %", "Respira rápido, oxígeno 88 %"),
            story: (
                "Day 2, night. Camila (11) is breathing much faster than usual. The clip on her \
                 finger shows oxygen 88 %. Temperature 38.2 °C.",
                "Día 2, de noche. Camila (11 años) respira mucho más rápido que de costumbre. El \
                 sensor en su dedo marca oxígeno 88 %. Temperatura 38.2 °C.",
            ),
            child_name: "Camila",
            age_months: 11 * 12 + 6,
            weight_kg: 36.0,
            shown: ShownReading {
                temperature_c: Some(38.2),
                spo2_percent: Some(88.0),
                symptoms: vec![FastBreathing],
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Oxygen under 90 % is an emergency, more so with a fever and fast breathing. \
                 Check that the sensor is on well, but do not lose time: call the emergency number \
                 for an ambulance, then the team.",
                "Un oxígeno menor de 90 % es una emergencia, más aún con fiebre y respiración rápida. \
                 Revise que el sensor esté bien puesto, pero no pierda tiempo: llame al número de \
                 emergencias para pedir una ambulancia, y después al equipo.",
            ),
            topics: &[Topic::Breathing, Topic::Fever],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "confused_words",
            title: ("Mixing up words", "Confunde las palabras"),
            story: (
                "Day 8. Santiago (13) calls the spoon a pencil, cannot find simple words, and \
                 does not know what day it is. Temperature 37.0 °C, blood pressure 108/66.",
                "Día 8. Santiago (13 años) le dice lápiz a la cuchara, no encuentra palabras \
                 sencillas y no sabe qué día es. Temperatura 37.0 °C, presión 108/66.",
            ),
            child_name: "Santiago",
            age_months: 13 * 12 + 4,
            weight_kg: 45.0,
            shown: ShownReading {
                temperature_c: Some(37.0),
                systolic_mmhg: Some(108.0),
                diastolic_mmhg: Some(66.0),
                symptoms: vec![Confusion, SpeechDifficulty],
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Trouble speaking and confusion are signs the infusion may be affecting the brain. \
                 They can come without fever. Call the team now; if it gets worse or a seizure \
                 starts, it becomes an emergency.",
                "La dificultad para hablar y la confusión son señales de que la infusión puede estar \
                 afectando el cerebro. Pueden llegar sin fiebre. Llame al equipo ahora; si empeora \
                 o empieza una convulsión, es una emergencia.",
            ),
            topics: &[Topic::Neurological],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "toddler_wobbly",
            title: ("A toddler who keeps falling", "Un niño pequeño que se cae"),
            story: (
                "Day 10. Leo (2) walked well yesterday. Today he is unsteady, keeps falling and \
                 his hands tremble when he reaches for his cup. Temperature 36.9 °C.",
                "Día 10. Leo (2 años) ayer caminaba bien. Hoy está inestable, se cae seguido y le \
                 tiemblan las manos cuando alcanza su vaso. Temperatura 36.9 °C.",
            ),
            child_name: "Leo",
            age_months: 2 * 12 + 3,
            weight_kg: 12.5,
            shown: ShownReading {
                temperature_c: Some(36.9),
                symptoms: vec![BalanceProblem, Tremor],
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "In a small child, new clumsiness and trembling are how nerve problems show. \
                 Compare with what they could do yesterday, and call the team now.",
                "En un niño pequeño, la torpeza nueva y el temblor son la forma en que se notan los \
                 problemas de los nervios. Compare con lo que hacía ayer y llame al equipo ahora.",
            ),
            topics: &[Topic::Neurological],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "headache_nausea",
            title: ("A mild headache and feeling sick", "Dolor de cabeza leve y náusea"),
            story: (
                "Day 4, afternoon. Regina (9) has a mild headache and feels a bit sick, but she \
                 is drinking and playing. Temperature 37.3 °C, blood pressure 104/64.",
                "Día 4, por la tarde. Regina (9 años) tiene un dolor de cabeza leve y un poco de \
                 náusea, pero toma líquidos y juega. Temperatura 37.3 °C, presión 104/64.",
            ),
            child_name: "Regina",
            age_months: 9 * 12 + 1,
            weight_kg: 27.0,
            shown: ShownReading {
                temperature_c: Some(37.3),
                systolic_mmhg: Some(104.0),
                diastolic_mmhg: Some(64.0),
                symptoms: vec![Headache, Nausea],
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Mild symptoms with normal readings: tell the team today, by phone in the daytime \
                 (after 8 a.m. if it is night). Keep watching: a severe headache or vomiting that \
                 does not stop means calling now.",
                "Síntomas leves con signos normales: avise al equipo hoy, por teléfono de día \
                 (después de las 8 a. m. si es de noche). Siga vigilando: un dolor de cabeza fuerte \
                 o vómito que no para es motivo para llamar ahora.",
            ),
            topics: &[Topic::Everyday],
            expected: Action::CallToday,
        },
        ScenarioDef {
            id: "line_site_redness",
            title: ("Red skin where the line goes in", "Piel roja donde entra la línea"),
            story: (
                "Day 7, during the bath routine (the dressing stayed dry). The skin around \
                 Isabela's (8) line is red and a little sore. Temperature 37.0 °C.",
                "Día 7, en la rutina del baño (el apósito se mantuvo seco). La piel alrededor de la \
                 línea de Isabela (8 años) está roja y le duele un poco. Temperatura 37.0 °C.",
            ),
            child_name: "Isabela",
            age_months: 8 * 12 + 9,
            weight_kg: 25.0,
            shown: ShownReading {
                temperature_c: Some(37.0),
                symptoms: vec![LineSiteRedness],
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Redness at the line without fever: tell the team today so they can look at it. \
                 With a fever, it becomes a call now.",
                "Enrojecimiento en la línea sin fiebre: avise al equipo hoy para que lo revisen. \
                 Con fiebre, hay que llamar ahora.",
            ),
            topics: &[Topic::Everyday],
            expected: Action::CallToday,
        },
        ScenarioDef {
            id: "fast_heart_toddler",
            title: ("A fast heartbeat", "El corazón late rápido"),
            story: (
                "Day 5. Renata (3) is playing after lunch. Temperature 37.5 °C. The clip shows \
                 heart rate 150 and oxygen 97 %.",
                "Día 5. Renata (3 años) juega después de comer. Temperatura 37.5 °C. El sensor marca \
                 frecuencia cardiaca 150 y oxígeno 97 %.",
            ),
            child_name: "Renata",
            age_months: 3 * 12 + 4,
            weight_kg: 14.0,
            shown: ShownReading {
                temperature_c: Some(37.5),
                heart_rate_bpm: Some(150.0),
                spo2_percent: Some(97.0),
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Above the limit for her age (140 from 2 to 5 years) but otherwise well: tell the \
                 team today. Let her rest and measure again; a fever or low pressure with it means \
                 calling now.",
                "Por arriba del límite para su edad (140 de 2 a 5 años) pero por lo demás bien: avise \
                 al equipo hoy. Déjela descansar y mida otra vez; si además hay fiebre o presión \
                 baja, llame ahora.",
            ),
            topics: &[Topic::Everyday],
            expected: Action::CallToday,
        },
        ScenarioDef {
            id: "just_below_fever",
            title: ("37.9 °C", "37.9 °C"),
            story: (
                "Day 1, the 6 p.m. reading. Pablo (12) feels warm. Temperature 37.9 °C, blood \
                 pressure 112/70, heart rate 90, oxygen 98 %. No other signs.",
                "Día 1, la toma de las 6 de la tarde. Pablo (12 años) se siente calientito. \
                 Temperatura 37.9 °C, presión 112/70, frecuencia cardiaca 90, oxígeno 98 %. Ninguna \
                 otra señal.",
            ),
            child_name: "Pablo",
            age_months: 12 * 12 + 2,
            weight_kg: 40.0,
            shown: ShownReading {
                temperature_c: Some(37.9),
                systolic_mmhg: Some(112.0),
                diastolic_mmhg: Some(70.0),
                heart_rate_bpm: Some(90.0),
                spo2_percent: Some(98.0),
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Practice uses the standard plan, whose fever line is 38.0 °C: 37.9 °C is just under \
                 it, so there is no call to make yet. At home the line is the one in your child's \
                 plan, and Centinela uses it. Keep to the schedule, but measure again sooner (in \
                 about an hour) and call at once if it reaches the line.",
                "La práctica usa el plan estándar, con límite de fiebre de 38.0 °C: 37.9 °C está justo \
                 debajo, así que todavía no hay que llamar. En casa el límite es el del plan de su \
                 hijo o hija, y Centinela lo usa. Siga el horario, pero vuelva a medir antes (en una \
                 hora más o menos) y llame en cuanto llegue al límite.",
            ),
            topics: &[Topic::Fever, Topic::Everyday],
            expected: Action::Routine,
        },
        ScenarioDef {
            id: "all_well",
            title: ("An ordinary reading", "Una toma normal"),
            story: (
                "Day 11, the midday reading. Ximena (15) is watching a film. Temperature 36.7 °C, \
                 blood pressure 110/68, heart rate 84, oxygen 99 %. The pump is running.",
                "Día 11, la toma del mediodía. Ximena (15 años) ve una película. Temperatura 36.7 °C, \
                 presión 110/68, frecuencia cardiaca 84, oxígeno 99 %. La bomba funciona.",
            ),
            child_name: "Ximena",
            age_months: 15 * 12 + 7,
            weight_kg: 52.0,
            shown: ShownReading {
                temperature_c: Some(36.7),
                systolic_mmhg: Some(110.0),
                diastolic_mmhg: Some(68.0),
                heart_rate_bpm: Some(84.0),
                spo2_percent: Some(99.0),
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "All within the limits: write it in the diary and keep to the schedule. Most \
                 readings look like this one, and writing them down is what lets the team see a \
                 change early.",
                "Todo dentro de los límites: anótelo en el diario y siga el horario. La mayoría de las \
                 tomas son como esta, y anotarlas es lo que permite al equipo ver un cambio a tiempo.",
            ),
            topics: &[Topic::Everyday],
            expected: Action::Routine,
        },
        ScenarioDef {
            id: "infant_fever",
            title: ("A 7-week-old with 38.2 °C", "Una bebé de 7 semanas con 38.2 °C"),
            story: (
                "Day 3, evening. Valeria is 7 weeks old and feels warm. The electronic thermometer \
                 under her arm shows 38.2 °C. She is feeding a little less. The pump is running.",
                "Día 3, en la tarde. Valeria tiene 7 semanas y se siente caliente. El termómetro \
                 electrónico en la axila marca 38.2 °C. Está comiendo un poco menos. La bomba \
                 funciona.",
            ),
            child_name: "Valeria",
            age_months: 1,
            weight_kg: 4.6,
            shown: ShownReading {
                temperature_c: Some(38.2),
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Under 3 months old, any temperature of 38.0 °C or more is an emergency, whatever \
                 fever line the plan has: go to the emergency department now, then call the team. \
                 A young baby can get very ill very fast.",
                "Antes de los 3 meses, cualquier temperatura de 38.0 °C o más es una emergencia, sea \
                 cual sea el límite de fiebre del plan: vaya a urgencias ahora y después llame al \
                 equipo. Un bebé tan pequeño puede ponerse muy grave muy rápido.",
            ),
            topics: &[Topic::Infant, Topic::Fever],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "sepsis_normal_pressure",
            title: ("Fever, pale and cold, pressure normal", "Fiebre, pálido y frío, presión normal"),
            story: (
                "Day 4, night. Tomás (5) has 38.6 °C. His skin looks pale and blotchy and his hands \
                 and feet are cold. His blood pressure is 96/60, normal for his age.",
                "Día 4, de noche. Tomás (5 años) tiene 38.6 °C. Su piel se ve pálida y manchada y \
                 tiene las manos y los pies fríos. Su presión es 96/60, normal para su edad.",
            ),
            child_name: "Tomás",
            age_months: 5 * 12 + 2,
            weight_kg: 18.5,
            shown: ShownReading {
                temperature_c: Some(38.6),
                systolic_mmhg: Some(96.0),
                diastolic_mmhg: Some(60.0),
                symptoms: vec![PaleColdSkin],
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "Fever with pale, blotchy or cold skin can be a serious infection or reaction even \
                 when the blood pressure is still normal: in children the pressure falls late. It \
                 is an emergency: go to the emergency department now, then call the team.",
                "Fiebre con piel pálida, manchada o fría puede ser una infección o reacción grave \
                 aunque la presión todavía esté normal: en los niños la presión baja tarde. Es una \
                 emergencia: vaya a urgencias ahora y después llame al equipo.",
            ),
            topics: &[Topic::Fever, Topic::Sepsis],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "catheter_out",
            title: ("The catheter came out", "Se salió el catéter"),
            story: (
                "Day 6, after playing. Julia's (8) shirt is wet and the end of the catheter is \
                 outside her body, under the loose, wet dressing. Temperature 36.9 °C.",
                "Día 6, después de jugar. La playera de Julia (8 años) está mojada y la punta del \
                 catéter está fuera de su cuerpo, debajo del apósito flojo y mojado. Temperatura 36.9 °C.",
            ),
            child_name: "Julia",
            age_months: 8 * 12 + 4,
            weight_kg: 26.0,
            shown: ShownReading {
                temperature_c: Some(36.9),
                symptoms: vec![DressingWetLoose],
                pump: Some(PumpStatus::LineOutOrBroken),
                ..shown()
            },
            earlier: Vec::new(),
            teaching: (
                "A catheter that came out is an emergency. Press on the site with clean gauze, stop \
                 the pump, and go to the emergency department now; call the team on the way. Never \
                 push the catheter back in. In Centinela, mark that the catheter came out, and that \
                 the dressing is wet and loose.",
                "Un catéter que se salió es una emergencia. Presione el sitio con una gasa limpia, \
                 detenga la bomba y vaya a urgencias ahora; llame al equipo en el camino. Nunca \
                 vuelva a meter el catéter. En Centinela, marque que el catéter se salió y que el \
                 apósito está mojado y flojo.",
            ),
            topics: &[Topic::Pump, Topic::Line],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "falling_ice",
            title: ("The check score is falling", "La puntuación de la revisión va bajando"),
            story: (
                "Day 8. This morning Mariana (14) scored 9 of 10 on the neurological check: she \
                 could not say the month. Four hours later you do the check again. She cannot say \
                 the month or the city, names two of three objects and cannot count back: \
                 6 of 10. Temperature 37.2 °C.",
                "Día 8. En la mañana Mariana (14 años) sacó 9 de 10 en la revisión neurológica: no \
                 pudo decir el mes. Cuatro horas después repite la revisión. No puede decir el mes ni \
                 la ciudad, nombra dos de tres objetos y no puede contar hacia atrás: 6 de 10. \
                 Temperatura 37.2 °C.",
            ),
            child_name: "Mariana",
            age_months: 14 * 12 + 3,
            weight_kg: 48.0,
            shown: ShownReading {
                temperature_c: Some(37.2),
                neuro_check: Some(NeuroCheck::ice(6.0)),
                ..shown()
            },
            earlier: vec![EarlierReading {
                minutes_before: 240,
                shown: ShownReading {
                    neuro_check: Some(NeuroCheck::ice(9.0)),
                    ..shown()
                },
            }],
            teaching: (
                "A score of 7 to 9 means call the team now. A score of 6 or less is an emergency: \
                 call the emergency number or go to the emergency department now, then the team. \
                 A falling score matters even when each step looks small.",
                "Una puntuación de 7 a 9 quiere decir llamar al equipo ahora. Una de 6 o menos es una \
                 emergencia: llame al número de emergencias o vaya a urgencias ahora, y después al \
                 equipo. Una puntuación que baja importa, aunque cada paso parezca pequeño.",
            ),
            topics: &[Topic::Neurological],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "repeat_pressure",
            title: ("The second blood pressure", "La segunda presión"),
            story: (
                "Day 2, afternoon. Twenty minutes ago Nicolás (6) had 37.1 °C and a blood pressure \
                 of 78/46; Centinela said to call the team and measure again. The team has not \
                 called back yet. You measure again, sitting quietly with the right cuff: 79/47.",
                "Día 2, por la tarde. Hace veinte minutos Nicolás (6 años) tenía 37.1 °C y una \
                 presión de 78/46; Centinela dijo que llamara al equipo y volviera a medir. El \
                 equipo todavía no le regresa la llamada. Vuelve a medir, sentado y tranquilo, con \
                 el brazalete correcto: 79/47.",
            ),
            child_name: "Nicolás",
            age_months: 6 * 12 + 5,
            weight_kg: 21.0,
            shown: ShownReading {
                systolic_mmhg: Some(79.0),
                diastolic_mmhg: Some(47.0),
                ..shown()
            },
            earlier: vec![EarlierReading {
                minutes_before: 20,
                shown: ShownReading {
                    temperature_c: Some(37.1),
                    systolic_mmhg: Some(78.0),
                    diastolic_mmhg: Some(46.0),
                    ..shown()
                },
            }],
            teaching: (
                "One low reading means call now and measure again. A second low reading within \
                 half an hour confirms it: that is an emergency, not another call-now. Go to the \
                 emergency department now, and do not wait for the team to call back.",
                "Una presión baja quiere decir llamar ahora y volver a medir. Una segunda presión \
                 baja en menos de media hora lo confirma: es una emergencia, no otro \"llamar \
                 ahora\". Vaya a urgencias ahora y no espere a que el equipo le regrese la llamada.",
            ),
            topics: &[Topic::LowBloodPressure],
            expected: Action::Emergency,
        },
    ]
}

/// The scenario with this id.
pub fn by_id(id: &str) -> Option<ScenarioDef> {
    all().into_iter().find(|s| s.id == id)
}
