// The seven training modules the nurse goes through with the family in the one-hour session.
// Facts: shared/clinical/reference.md; actions: shared/clinical/care-rules.md §4–§7.
// The wording is ours. Never a dose, a pump setting or a medicine: whom to call, and how soon.
import type { Action } from "./bindings";

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

export type L = { en: string; es: string };

/** A key of FIGURES (ui/src/components/training/figures/index.ts). */
export type FigureId = string;

export type Block =
  | { kind: "p"; text: L }
  | { kind: "list"; items: L[] }
  | { kind: "do"; items: L[] }
  | { kind: "dont"; items: L[] }
  | { kind: "figure"; figure: FigureId; caption: L }
  | { kind: "callout"; action: Action; text: L }
  | { kind: "ladder" }; // the family's own contacts

export type Section = { heading: L; blocks: Block[] };

export interface TrainingModule {
  id: ModuleId;
  title: L;
  minutes: number;
  summary: L;
  sections: Section[];
}

const l = (en: string, es: string): L => ({ en, es });
const p = (en: string, es: string): Block => ({ kind: "p", text: l(en, es) });
const callout = (action: Action, en: string, es: string): Block => ({
  kind: "callout",
  action,
  text: l(en, es),
});
const figure = (id: FigureId, en: string, es: string): Block => ({
  kind: "figure",
  figure: id,
  caption: l(en, es),
});

const whyHome: TrainingModule = {
  id: "why_home",
  title: l("Why the infusion is given at home", "Por qué la infusión se pone en casa"),
  minutes: 5,
  summary: l(
    "What the next weeks look like, and why the team trusts you with them.",
    "Cómo serán las próximas semanas y por qué el equipo confía en usted para ellas.",
  ),
  sections: [
    {
      heading: l("Home instead of the ward", "En casa en lugar del hospital"),
      blocks: [
        p(
          "Blinatumomab works best as a slow, steady drip, day and night, for up to 21 days. A small portable pump gives it, so your child can sleep in their own bed instead of staying in hospital.",
          "El blinatumomab funciona mejor goteando despacio y sin parar, de día y de noche, hasta por 21 días. Una bomba de infusión pequeña y portátil lo pasa, así su hijo o hija puede dormir en su propia cama en vez de quedarse en el hospital.",
        ),
        p(
          "At home, you become the team's eyes. You measure, you write it down in Centinela, and you call when something changes. You are never alone: the team answers the phone 24 hours a day.",
          "En casa, usted se convierte en los ojos del equipo. Mide, lo anota en Centinela y llama cuando algo cambia. Siempre tiene apoyo: el equipo contesta el teléfono las 24 horas del día.",
        ),
        {
          kind: "list",
          items: [
            l(
              "You live within 1 hour of the hospital, so you can get there quickly.",
              "Usted vive a menos de 1 hora del hospital, así puede llegar rápido.",
            ),
            l(
              "The team's 24/7 line is saved in Centinela, in the order to call.",
              "La línea 24/7 del equipo está guardada en Centinela, en el orden en que hay que llamar.",
            ),
            l(
              "Every 2 days or so you go back to the clinic for a new bag.",
              "Más o menos cada 2 días regresa a la clínica por una bolsa nueva.",
            ),
          ],
        },
      ],
    },
    {
      heading: l("What to expect, week by week", "Qué esperar, semana por semana"),
      blocks: [
        figure(
          "course_timeline",
          "The course: a low dose first, a higher dose after about a week, a new bag every 48 hours. The first days and the first two weeks need the closest watch.",
          "El ciclo: primero una dosis baja, una dosis más alta después de más o menos una semana, una bolsa nueva cada 48 horas. Los primeros días y las primeras dos semanas piden la vigilancia más estrecha.",
        ),
        {
          kind: "list",
          items: [
            l(
              "Week 1: a low dose. Before it starts, the team gives a medicine to prevent reactions (premedication).",
              "Semana 1: una dosis baja. Antes de empezar, el equipo da una medicina para prevenir reacciones (premedicación).",
            ),
            l(
              "After about a week: the dose goes up (the step-up). The team gives the premedication again before it.",
              "Después de más o menos una semana: la dosis sube. El equipo vuelve a dar la premedicación antes.",
            ),
            l(
              "Cytokine release syndrome (CRS), if it comes, usually comes early: most often around day 2.",
              "El síndrome de liberación de citocinas (SLC), si aparece, suele aparecer pronto: casi siempre alrededor del día 2.",
            ),
            l(
              "Changes in the brain and nerves (neurotoxicity), if they come, usually come in the first 2 weeks.",
              "Los cambios en el cerebro y los nervios (neurotoxicidad), si aparecen, suelen aparecer en las primeras 2 semanas.",
            ),
            l(
              "The whole course lasts at most 21 days. Home shows \"day N of M\".",
              "Todo el ciclo dura como máximo 21 días. Inicio muestra \"día N de M\".",
            ),
          ],
        },
        callout(
          "call_today",
          "The evening before the start and before the step-up, Centinela reminds you to check the premedication with the team.",
          "La tarde antes del inicio y antes de que suba la dosis, Centinela le recuerda confirmar la premedicación con el equipo.",
        ),
      ],
    },
    {
      heading: l("Your part, every day", "Su parte, cada día"),
      blocks: [
        {
          kind: "do",
          items: [
            l(
              "Take a reading when Centinela asks: usually every 6 hours, every 4 hours on close-watch days.",
              "Tome un registro cuando Centinela se lo pida: por lo general cada 6 horas, cada 4 horas en los días de vigilancia estrecha.",
            ),
            l(
              "Take an extra reading any time your child seems different.",
              "Tome un registro extra cada vez que note a su hijo o hija diferente.",
            ),
            l(
              "Do what the app says after each reading: it tells you whom to call and how soon.",
              "Haga lo que la aplicación indica después de cada registro: le dice a quién llamar y qué tan pronto.",
            ),
          ],
        },
        callout(
          "routine",
          "Most days are quiet. Quiet days are the goal: keep to the schedule.",
          "La mayoría de los días son tranquilos. Ese es el objetivo: siga el horario.",
        ),
      ],
    },
  ],
};

const crsSigns: TrainingModule = {
  id: "crs_signs",
  title: l("Cytokine release syndrome (CRS)", "Síndrome de liberación de citocinas (SLC)"),
  minutes: 6,
  summary: l(
    "The body's alarm reaction to the medicine: fever first, then the signs that make it urgent.",
    "La reacción de alarma del cuerpo a la medicina: primero la fiebre, luego las señales que la vuelven urgente.",
  ),
  sections: [
    {
      heading: l("What it is", "Qué es"),
      blocks: [
        p(
          "The medicine wakes up the immune system to fight the leukaemia. Sometimes it wakes up too much and the whole body reacts. This is CRS. It usually starts in the first days, and it can be treated when it is found early.",
          "La medicina despierta al sistema de defensas para que ataque la leucemia. A veces se despierta de más y todo el cuerpo reacciona. Esto es el SLC. Suele empezar en los primeros días, y se puede tratar si se detecta a tiempo.",
        ),
      ],
    },
    {
      heading: l("The signs", "Las señales"),
      blocks: [
        {
          kind: "list",
          items: [
            l("Fever — the most common first sign", "Fiebre — la primera señal más frecuente"),
            l("Chills, or shaking chills", "Escalofríos, o escalofríos con temblor"),
            l("Breathing faster than usual", "Respira más rápido de lo normal"),
            l(
              "Low blood pressure: dizzy, pale, cold hands and feet",
              "Presión baja: mareo, palidez, manos y pies fríos",
            ),
            l("Fast heartbeat", "Corazón acelerado"),
            l("Headache", "Dolor de cabeza"),
            l("Nausea or vomiting", "Náuseas o vómito"),
            l("Rash", "Ronchas o sarpullido"),
            l("Weakness, much more tired than usual", "Debilidad, mucho más cansado de lo normal"),
          ],
        },
      ],
    },
    {
      heading: l("How urgent is it?", "¿Qué tan urgente es?"),
      blocks: [
        callout(
          "emergency",
          "Struggling to breathe, blue lips, or oxygen below 90%. Fever together with low blood pressure or low oxygen. Cannot be woken. Call the local emergency number or go to the emergency department now.",
          "Le cuesta mucho respirar, labios morados, u oxígeno por debajo de 90%. Fiebre junto con presión baja u oxígeno bajo. No se despierta. Llame al número de emergencias local (911) o vaya a urgencias ahora.",
        ),
        callout(
          "call_now",
          "Fever at or above the line in your care plan (usually 38.0 °C / 100.4 °F). Low blood pressure (measure again now). Oxygen below 92%. Shaking chills, fast breathing, dizziness or fainting, pale and cold skin, a bad headache, a rash over much of the body. Call the 24/7 team now.",
          "Fiebre igual o mayor que la marcada en su plan de cuidados (por lo general 38.0 °C). Presión baja (vuelva a medirla ahora). Oxígeno por debajo de 92%. Escalofríos con temblor, respiración rápida, mareo o desmayo, piel pálida y fría, dolor de cabeza fuerte, ronchas en gran parte del cuerpo. Llame ahora a la línea 24/7 del equipo.",
        ),
        callout(
          "call_today",
          "Fast heartbeat alone, a mild headache, nausea, a small patch of rash, more tired than usual. Tell the team today.",
          "Solo el corazón acelerado, dolor de cabeza leve, náuseas, una zona pequeña de ronchas, más cansado de lo normal. Avise al equipo hoy.",
        ),
        p(
          "You do not need to decide this alone: enter the reading and Centinela shows the action and whom to call.",
          "No tiene que decidirlo usted: anote el registro y Centinela le muestra qué hacer y a quién llamar.",
        ),
      ],
    },
    {
      heading: l("Fever medicine can hide a fever", "La medicina para la fiebre puede esconder la fiebre"),
      blocks: [
        p(
          "Medicine for fever or pain can bring the temperature down for some hours, while the reaction goes on underneath.",
          "La medicina para la fiebre o el dolor puede bajar la temperatura por unas horas, mientras la reacción sigue por dentro.",
        ),
        {
          kind: "do",
          items: [
            l(
              "Every time, tick \"Fever medicine given in the last 6 hours\" in the reading.",
              "Cada vez, marque \"Le dio medicina para la fiebre en las últimas 6 horas\" en el registro.",
            ),
            l(
              "Give only the medicines the team has agreed with you.",
              "Dé solo las medicinas que el equipo acordó con usted.",
            ),
          ],
        },
        {
          kind: "dont",
          items: [
            l(
              "Do not wait to see whether fever medicine brings the fever down: a fever means call now.",
              "No espere a ver si la medicina baja la fiebre: fiebre quiere decir llamar ahora.",
            ),
          ],
        },
      ],
    },
  ],
};

const neuroSigns: TrainingModule = {
  id: "neuro_signs",
  title: l("Changes in the brain and nerves", "Cambios en el cerebro y los nervios"),
  minutes: 6,
  summary: l(
    "Neurotoxicity: what it looks like in a child, in a baby or toddler, and the quick checks you can do.",
    "Neurotoxicidad: cómo se ve en un niño, en un bebé o niño pequeño, y las revisiones rápidas que usted puede hacer.",
  ),
  sections: [
    {
      heading: l("What to look for", "Qué vigilar"),
      blocks: [
        p(
          "The medicine can affect the brain for a while. It usually shows in the first 2 weeks and gets better with treatment. You know your child best: a change from their usual self is what counts.",
          "La medicina puede afectar el cerebro por un tiempo. Suele notarse en las primeras 2 semanas y mejora con tratamiento. Usted conoce mejor que nadie a su hijo o hija: lo que cuenta es un cambio en su forma de ser de siempre.",
        ),
        {
          kind: "list",
          items: [
            l(
              "Confused: does not know where they are, or who you are",
              "Confundido: no sabe dónde está, o quién es usted",
            ),
            l(
              "Trouble speaking: slurred words, cannot find the word",
              "Le cuesta hablar: arrastra las palabras, no encuentra la palabra",
            ),
            l("New shaking (tremor) of the hands", "Temblor nuevo de las manos"),
            l(
              "Much sleepier than usual, hard to keep awake",
              "Mucho más dormido de lo normal, cuesta mantenerlo despierto",
            ),
            l("Unsteady, falling, new clumsiness", "Inestable, se cae, torpeza nueva"),
            l(
              "Seizure: shaking or going stiff, and not aware",
              "Convulsión: se sacude o se pone rígido, y no se da cuenta",
            ),
            l("Cannot be woken, or does not respond", "No se despierta, o no responde"),
          ],
        },
        callout(
          "emergency",
          "A seizure, or your child cannot be woken or does not respond: call the local emergency number now.",
          "Una convulsión, o su hijo o hija no se despierta o no responde: llame ahora al número de emergencias local (911).",
        ),
        callout(
          "call_now",
          "Any other new sign on this list: call the 24/7 team now, even at night.",
          "Cualquier otra señal nueva de esta lista: llame ahora a la línea 24/7 del equipo, aunque sea de noche.",
        ),
      ],
    },
    {
      heading: l("In a baby or toddler", "En un bebé o niño pequeño"),
      blocks: [
        p(
          "Infants and toddlers cannot tell you they feel strange. Watch how they are with you.",
          "Los bebés y los niños pequeños no pueden decirle que se sienten raros. Fíjese en cómo están con usted.",
        ),
        figure(
          "infant_eyes",
          "Usual: looks at you and reacts. Worrying: does not look at you, does not react to you.",
          "Lo normal: le mira y reacciona. Preocupante: no le mira, no reacciona con usted.",
        ),
        {
          kind: "list",
          items: [
            l("No eye contact with you", "No le mira a los ojos"),
            l(
              "Not reacting to you as usual: no smile, does not turn to your voice",
              "No reacciona con usted como siempre: no sonríe, no voltea cuando le habla",
            ),
            l("Cannot be consoled, even in your arms", "No se consuela, ni en sus brazos"),
            l("Stops babbling, or stops saying the words they knew", "Deja de balbucear, o deja de decir las palabras que ya sabía"),
            l("Floppy, or stiff", "Aguadito (flojo, sin fuerza), o rígido"),
            l(
              "A toddler who walked well is now clumsy or falls",
              "Un niño que ya caminaba bien ahora está torpe o se cae",
            ),
          ],
        },
        callout(
          "call_now",
          "In Centinela, tick \"Baby or small child: no eye contact, not reacting to you\", and call the team now.",
          "En Centinela, marque \"Bebé o niño pequeño: no le mira a los ojos, no reacciona con usted\", y llame al equipo ahora.",
        ),
      ],
    },
    {
      heading: l("Quick checks, at every reading", "Revisiones rápidas, en cada registro"),
      blocks: [
        p(
          "Do the same checks each time, so you notice a change. They take one minute.",
          "Haga las mismas revisiones cada vez, así notará un cambio. Toman un minuto.",
        ),
        {
          kind: "list",
          items: [
            l("\"What is your name?\"", "\"¿Cómo te llamas?\""),
            l("\"Where are we?\"", "\"¿Dónde estamos?\""),
            l(
              "Point to an object: \"What is this?\" (a cup, a spoon, a shoe)",
              "Señale un objeto: \"¿Qué es esto?\" (un vaso, una cuchara, un zapato)",
            ),
            l(
              "Give a simple command: \"Show me two fingers\", \"Touch your nose\"",
              "Dé una orden sencilla: \"Enséñame dos dedos\", \"Tócate la nariz\"",
            ),
            l(
              "Older children: write the same short sentence each day, and compare.",
              "Niños más grandes: que escriban la misma frase corta cada día, y compare.",
            ),
          ],
        },
        p(
          "For babies: do they look you in the eye, reach for a toy, turn to your voice?",
          "Para bebés: ¿le mira a los ojos, estira la mano hacia un juguete, voltea cuando oye su voz?",
        ),
        callout(
          "routine",
          "Sleeping at night is normal. If you cannot wake your child, that is an emergency.",
          "Dormir de noche es normal. Si no puede despertar a su hijo o hija, eso es una emergencia.",
        ),
      ],
    },
  ],
};

const measuring: TrainingModule = {
  id: "measuring",
  title: l("Measuring and writing it down", "Medir y anotarlo"),
  minutes: 6,
  summary: l(
    "Temperature, blood pressure, heart rate and oxygen, measured the same way each time, and recorded in Centinela.",
    "Temperatura, presión arterial, pulso y oxígeno, medidos igual cada vez, y anotados en Centinela.",
  ),
  sections: [
    {
      heading: l("Temperature", "Temperatura"),
      blocks: [
        figure(
          "thermometer_arm",
          "Tip of the thermometer deep in the armpit, arm held against the body until it beeps.",
          "La punta del termómetro bien metida en la axila, con el brazo pegado al cuerpo hasta que suene.",
        ),
        {
          kind: "do",
          items: [
            l(
              "Under the arm (dry skin) or in the ear, as the nurse showed you.",
              "En la axila (piel seca) o en el oído, como le enseñó la enfermera.",
            ),
            l("Use the same thermometer every time.", "Use siempre el mismo termómetro."),
            l(
              "Wait 20 minutes after a bath, a warm or cold drink, or a blanket wrap.",
              "Espere 20 minutos después de un baño, una bebida caliente o fría, o de estar muy tapado.",
            ),
          ],
        },
        {
          kind: "dont",
          items: [
            l(
              "Never take the temperature in the bottom (rectal).",
              "Nunca tome la temperatura por el recto (en la colita).",
            ),
          ],
        },
      ],
    },
    {
      heading: l("Blood pressure", "Presión arterial"),
      blocks: [
        figure(
          "bp_cuff",
          "A child's cuff: the right size covers about two thirds of the upper arm, from shoulder to elbow.",
          "Un brazalete para niño: el tamaño correcto cubre unas dos terceras partes del brazo, del hombro al codo.",
        ),
        {
          kind: "do",
          items: [
            l(
              "Use the child's cuff the team gave you. A cuff too small reads too high; too big reads too low.",
              "Use el brazalete para niño que le dio el equipo. Uno muy chico marca de más; uno muy grande marca de menos.",
            ),
            l(
              "Sitting quietly for 5 minutes first, feet supported, no talking or crying.",
              "Antes, 5 minutos sentado tranquilo, con los pies apoyados, sin hablar ni llorar.",
            ),
            l(
              "Bare arm resting on a table, at the level of the heart.",
              "Brazo descubierto y apoyado en una mesa, a la altura del corazón.",
            ),
            l(
              "If a reading looks low or strange, wait 2 minutes and measure again.",
              "Si una lectura sale baja o rara, espere 2 minutos y vuelva a medir.",
            ),
          ],
        },
        {
          kind: "dont",
          items: [
            l(
              "Do not put the cuff on an arm that has the line in it.",
              "No ponga el brazalete en el brazo que tiene la línea.",
            ),
          ],
        },
      ],
    },
    {
      heading: l("Heart rate and oxygen", "Pulso y oxígeno"),
      blocks: [
        figure(
          "pulse_oximeter",
          "The clip on a warm finger (or a toe, for a baby). Wait until the numbers stop changing.",
          "La pinza en un dedo tibio (o en un dedo del pie, en bebés). Espere a que los números dejen de cambiar.",
        ),
        {
          kind: "list",
          items: [
            l(
              "Keep the hand still and warm; nail polish can give a wrong number.",
              "Mantenga la mano quieta y tibia; el esmalte de uñas puede dar un número falso.",
            ),
            l(
              "After 30 seconds or more, write down both numbers: SpO₂ (%) and heart rate (beats per minute).",
              "Después de 30 segundos o más, anote los dos números: SpO₂ (%) y pulso (latidos por minuto).",
            ),
            l(
              "A low number with a moving or cold hand: warm the hand and measure again.",
              "Un número bajo con la mano moviéndose o fría: caliente la mano y vuelva a medir.",
            ),
          ],
        },
      ],
    },
    {
      heading: l("Writing it in Centinela", "Anotarlo en Centinela"),
      blocks: [
        {
          kind: "list",
          items: [
            l("Open \"New reading\".", "Abra \"Nuevo registro\"."),
            l(
              "Enter what you measured. Leave empty what you did not measure.",
              "Escriba lo que midió. Deje vacío lo que no midió.",
            ),
            l(
              "Tick \"Fever medicine given in the last 6 hours\" if you gave any.",
              "Marque \"Le dio medicina para la fiebre en las últimas 6 horas\" si le dio.",
            ),
            l(
              "Tick every sign you see now in the checklist, and the pump's status.",
              "Marque en la lista cada señal que ve ahora, y cómo está la bomba.",
            ),
            l(
              "Save. Read the answer: it says what to do and whom to call.",
              "Guarde. Lea la respuesta: le dice qué hacer y a quién llamar.",
            ),
          ],
        },
        p(
          "Made a mistake? Correct the reading: the old one stays in the diary, marked as corrected.",
          "¿Se equivocó? Corrija el registro: el anterior se queda en el diario, marcado como corregido.",
        ),
      ],
    },
  ],
};

const pump: TrainingModule = {
  id: "pump",
  title: l("Living with the pump", "La vida con la bomba"),
  minutes: 5,
  summary: l(
    "The pump is set by the team. Your job: keep it with your child, charged, and the line safe.",
    "La bomba la programa el equipo. Su tarea: que esté siempre con su hijo o hija, con carga, y con la línea segura.",
  ),
  sections: [
    {
      heading: l("Hands off the settings", "No toque la programación"),
      blocks: [
        figure(
          "pump_line",
          "The bag, the pump and the line to your child. Never press the settings, never flush the line.",
          "La bolsa, la bomba y la línea hacia su hijo o hija. Nunca toque la programación, nunca lave la línea.",
        ),
        {
          kind: "dont",
          items: [
            l(
              "Never change settings on the pump, even when it alarms.",
              "Nunca cambie la programación de la bomba, aunque suene la alarma.",
            ),
            l(
              "Never flush the line: it pushes in an extra dose of the medicine.",
              "Nunca lave ni purgue la línea: eso mete una dosis extra de la medicina.",
            ),
            l(
              "Never silence an alarm and forget it.",
              "Nunca apague una alarma y se olvide de ella.",
            ),
            l("Do not open the bag or disconnect the line.", "No abra la bolsa ni desconecte la línea."),
          ],
        },
      ],
    },
    {
      heading: l("When the pump alarms", "Cuando suena la alarma"),
      blocks: [
        {
          kind: "list",
          items: [
            l(
              "Look: what does the screen say? Is the line kinked, the clamp closed, the bag empty?",
              "Mire: ¿qué dice la pantalla? ¿La línea está doblada, la pinza cerrada, la bolsa vacía?",
            ),
            l(
              "Straighten a kink or open a clamp you closed. Nothing else.",
              "Enderece un doblez o abra una pinza que usted cerró. Nada más.",
            ),
            l(
              "Call the team, even if the alarm stopped. Tick the pump status in a new reading.",
              "Llame al equipo, aunque la alarma se haya callado. Marque cómo está la bomba en un registro nuevo.",
            ),
          ],
        },
        callout(
          "call_now",
          "Alarm, stopped, line disconnected, leaking, or bag empty: call the 24/7 team now.",
          "Alarma, bomba detenida, línea desconectada, goteo o bolsa vacía: llame ahora a la línea 24/7 del equipo.",
        ),
      ],
    },
    {
      heading: l("Every day", "Todos los días"),
      blocks: [
        {
          kind: "do",
          items: [
            l(
              "Keep the battery charged, and a spare one (or the charger) at hand.",
              "Mantenga la batería cargada, y tenga a la mano una de repuesto (o el cargador).",
            ),
            l(
              "Tubing without kinks, clamp open, not pulled or caught.",
              "La línea sin dobleces, la pinza abierta, sin jalones ni atorada.",
            ),
            l(
              "Line site dry and covered. Protect it at bath time.",
              "El sitio de la línea seco y tapado. Protéjalo al bañarlo.",
            ),
            l(
              "The bag stays inside its carry bag, with the pump, always with your child, at night too.",
              "La bolsa se queda dentro de su mochila, con la bomba, siempre con su hijo o hija, también de noche.",
            ),
          ],
        },
        callout(
          "call_today",
          "Redness, swelling or pain where the line goes into the skin: tell the team today.",
          "Enrojecimiento, hinchazón o dolor donde la línea entra en la piel: avise al equipo hoy.",
        ),
      ],
    },
  ],
};

const bagChanges: TrainingModule = {
  id: "bag_changes",
  title: l("Bag changes", "Cambios de bolsa"),
  minutes: 4,
  summary: l(
    "A new bag at the clinic every 48 hours, and Centinela reminds you in time.",
    "Una bolsa nueva en la clínica cada 48 horas, y Centinela le avisa a tiempo.",
  ),
  sections: [
    {
      heading: l("Every 48 hours", "Cada 48 horas"),
      blocks: [
        figure(
          "bag_clock",
          "A bag lasts 48 hours. Centinela warns you before it is due, and again at the time.",
          "Una bolsa dura 48 horas. Centinela le avisa antes de que toque el cambio, y otra vez a la hora.",
        ),
        {
          kind: "list",
          items: [
            l(
              "Most bags last 48 hours. Some last 24, 72 or 96 hours, or 7 days: the team tells you.",
              "La mayoría de las bolsas duran 48 horas. Algunas duran 24, 72 o 96 horas, o 7 días: el equipo le dice.",
            ),
            l(
              "Sometimes the pharmacy makes a bag last a few hours longer. The nurse tells you how many.",
              "A veces la farmacia hace que una bolsa dure unas horas más. La enfermera le dice cuántas.",
            ),
            l(
              "The new bag is hung at the clinic, by the nurse.",
              "La bolsa nueva la pone la enfermera, en la clínica.",
            ),
          ],
        },
      ],
    },
    {
      heading: l("Log the new bag", "Registre la bolsa nueva"),
      blocks: [
        {
          kind: "do",
          items: [
            l(
              "As soon as the new bag is hung, press \"Log the new bag\" on Home.",
              "En cuanto pongan la bolsa nueva, oprima \"Registrar la bolsa nueva\" en Inicio.",
            ),
            l(
              "Check the time it was hung, how long it lasts, and any extra hours.",
              "Revise la hora en que la pusieron, cuánto dura y las horas extra.",
            ),
            l(
              "Home then counts down to the next change.",
              "Inicio cuenta entonces el tiempo hasta el siguiente cambio.",
            ),
          ],
        },
        callout(
          "routine",
          "Reminders come before the bag is due, at the due time, and every 15 minutes after, until you log the new bag.",
          "Los avisos llegan antes de que toque el cambio, a la hora, y cada 15 minutos después, hasta que registre la bolsa nueva.",
        ),
      ],
    },
    {
      heading: l("What to bring", "Qué llevar"),
      blocks: [
        {
          kind: "list",
          items: [
            l("Your child, with the pump and the bag in its carry bag", "A su hijo o hija, con la bomba y la bolsa en su mochila"),
            l("The charger or a spare battery", "El cargador o una batería de repuesto"),
            l(
              "Your questions, and anything marked \"tell the team today\"",
              "Sus preguntas, y todo lo marcado como \"avisar al equipo hoy\"",
            ),
            l("Water, a snack, something to play with", "Agua, algo de comer, algo para jugar"),
          ],
        },
      ],
    },
    {
      heading: l("If you will be late", "Si va a llegar tarde"),
      blocks: [
        {
          kind: "do",
          items: [
            l(
              "Call the team before the due time, and say when you can arrive.",
              "Llame al equipo antes de la hora del cambio, y diga a qué hora puede llegar.",
            ),
          ],
        },
        {
          kind: "dont",
          items: [
            l(
              "Do not disconnect the line or touch the pump to make the bag last.",
              "No desconecte la línea ni toque la bomba para que la bolsa dure más.",
            ),
          ],
        },
        callout(
          "call_now",
          "30 minutes late with no new bag, the infusion may stop: call the team now.",
          "Con 30 minutos de retraso y sin bolsa nueva, la infusión puede detenerse: llame al equipo ahora.",
        ),
      ],
    },
  ],
};

const callLadder: TrainingModule = {
  id: "call_ladder",
  title: l("Whom to call, day and night", "A quién llamar, de día y de noche"),
  minutes: 5,
  summary: l(
    "Four levels, the same day and night. Your own numbers, in the order to call.",
    "Cuatro niveles, iguales de día y de noche. Sus propios números, en el orden en que hay que llamar.",
  ),
  sections: [
    {
      heading: l("Four levels", "Cuatro niveles"),
      blocks: [
        figure(
          "call_ladder",
          "Day or night, the same steps: if nobody answers, go to the next one.",
          "De día o de noche, los mismos pasos: si nadie contesta, pase al siguiente.",
        ),
        callout(
          "emergency",
          "Call the local emergency number or go to the nearest emergency department now. Then call the 24/7 team.",
          "Llame al número de emergencias local (911) o vaya ahora a la sala de urgencias más cercana. Después llame a la línea 24/7 del equipo.",
        ),
        callout(
          "call_now",
          "Call the 24/7 team line. No answer within 10 minutes: call the next contact. Nobody at all: go to the emergency department.",
          "Llame a la línea 24/7 del equipo. Si no contestan en 10 minutos: llame al siguiente contacto. Si nadie contesta: vaya a urgencias.",
        ),
        callout(
          "call_today",
          "Tell the team by phone during the day, or at the next bag change.",
          "Avise al equipo por teléfono durante el día, o en el próximo cambio de bolsa.",
        ),
        callout(
          "routine",
          "All fine: keep to the monitoring schedule. Take a new reading if anything changes.",
          "Todo bien: siga con el horario de vigilancia. Tome un registro nuevo si algo cambia.",
        ),
      ],
    },
    {
      heading: l("Your numbers", "Sus números"),
      blocks: [
        { kind: "ladder" },
        p(
          "Check these numbers with the nurse now. Save them in your phone too, and stick a copy on the fridge.",
          "Revise estos números con la enfermera ahora. Guárdelos también en su celular, y pegue una copia en el refrigerador.",
        ),
      ],
    },
    {
      heading: l("When you call", "Cuando llame"),
      blocks: [
        {
          kind: "list",
          items: [
            l(
              "Your child's name, and that they are on blinatumomab at home.",
              "El nombre de su hijo o hija, y que recibe blinatumomab en casa.",
            ),
            l("Which day of the course it is.", "Qué día del ciclo es."),
            l(
              "What you see, and the last numbers: Centinela shows them on the screen.",
              "Lo que ve, y los últimos números: Centinela se los muestra en la pantalla.",
            ),
            l(
              "Any fever medicine given, and when.",
              "Si le dio medicina para la fiebre, y a qué hora.",
            ),
          ],
        },
        {
          kind: "do",
          items: [
            l(
              "Call at night too. The team would rather hear from you early.",
              "Llame también de noche. El equipo prefiere saberlo pronto.",
            ),
            l(
              "Write down in Centinela what the team said.",
              "Anote en Centinela lo que le dijo el equipo.",
            ),
          ],
        },
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
