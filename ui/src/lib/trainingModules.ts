// The seven training modules the nurse goes through with the family in the one-hour session.
// Facts: shared/clinical/reference.md; actions: shared/clinical/care-rules.md §4–§7.
// The wording is ours. Never a dose, a pump setting or a medicine: whom to call, and how soon.
import type { Action } from "./bindings";
import { t } from "./i18n";

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
  | { kind: "callout"; id: string; action: Action; text: L; basis: Basis }
  | { kind: "ladder" }; // the family's own contacts

/** What backs a "what to do" box: the engine on the situations in trainingCases.json
 *  (core/tests/training_modules.rs runs them), the engine's own advice for the action
 *  (its words, compared with core by a core test), or the reminder schedule (core's bag
 *  and pause reminders, tested there). */
export type Basis = "engine" | "advice" | "schedule";

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
const callout = (id: string, action: Action, en: string, es: string, basis: Basis = "engine"): Block => ({
  kind: "callout",
  id,
  action,
  text: l(en, es),
  basis,
});
/** The engine's advice for `action`, without its first word (the box shows the action). */
const adviceCallout = (action: Action): Block => {
  const drop = (s: string) => (action === "emergency" ? s.replace(/^[^.]*\.\s*/, "") : s);
  return callout(
    `advice_${action}`,
    action,
    drop(t(`advice-${action}`, "en")),
    drop(t(`advice-${action}`, "es")),
    "advice",
  );
};
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
              "The team's 24-hour phone is saved in Centinela, in the order to call.",
              "El teléfono de 24 horas del equipo está guardado en Centinela, en el orden en que hay que llamar.",
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
        p(
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
              "Tome los signos y anótelos cuando Centinela se lo pida: por lo general cada 6 horas, cada 4 horas en los días de vigilancia estrecha.",
            ),
            l(
              "Take an extra reading any time your child seems different.",
              "Tome los signos y anótelos cada vez que note a su hijo o hija diferente.",
            ),
            l(
              "Once a day, do the neurological check that Home offers.",
              "Una vez al día, haga la revisión neurológica que le ofrece Inicio.",
            ),
            l(
              "Do what the app says after each reading: it tells you who to call and how soon.",
              "Haga lo que la aplicación indica después de cada registro: le dice a quién llamar y qué tan pronto.",
            ),
          ],
        },
        callout(
          "quiet_days",
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
    "The body's alarm reaction to the medicine, and infection: fever first, then the signs that make it urgent.",
    "La reacción de alarma del cuerpo a la medicina, y las infecciones: primero la fiebre, luego las señales que la vuelven urgente.",
  ),
  sections: [
    {
      heading: l("What it is", "Qué es"),
      blocks: [
        p(
          "The medicine wakes up the immune system to fight the leukemia. Sometimes it wakes up too much and the whole body reacts. This is CRS. It usually starts in the first days, and it can be treated when it is found early.",
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
          "crs_emergency_sepsis",
          "emergency",
          "A fever, fever medicine in the last 6 hours, shaking chills or a temperature below 36.0 °C (96.8 °F), together with any of these: pale, gray or cold skin; much less pee; dizzy or fainting; much sleepier than usual; a baby not reacting to you or crying without comfort; breathing much faster than usual; oxygen below 92%. This is an emergency even when the blood pressure is normal: low pressure comes late in children.",
          "Fiebre, medicina para la fiebre en las últimas 6 horas, escalofríos con temblor o una temperatura menor de 36.0 °C, junto con cualquiera de estas: piel pálida, grisácea o fría; orina mucho menos; mareo o desmayo; mucho más dormido de lo normal; un bebé que no reacciona con usted o llora sin consuelo; respira mucho más rápido de lo normal; oxígeno por debajo de 92%. Es una emergencia aunque la presión esté normal: en los niños la presión baja llega tarde.",
        ),
        callout(
          "crs_emergency_circulation",
          "emergency",
          "Low blood pressure together with a fever, fever medicine, dizziness, pale skin or sleepiness. Low blood pressure on two readings within 30 minutes. A heartbeat below 60 a minute in a child under 12. Struggling to breathe, blue lips, or oxygen below 90%.",
          "Presión baja junto con fiebre, medicina para la fiebre, mareo, palidez o mucho sueño. Presión baja en dos registros con menos de 30 minutos entre ellos. Pulso menor de 60 por minuto en un niño menor de 12 años. Le cuesta mucho respirar, labios morados, u oxígeno por debajo de 90%.",
        ),
        callout(
          "crs_call_now",
          "call_now",
          "A fever at or above the fever limit in your care plan (the standard plan: 38.0 °C / 100.4 °F). One low blood pressure, or a temperature below 36.0 °C: measure again now. Oxygen below 92%. A very fast heartbeat: 180 a minute or more, or 220 or more under 1 year. On their own, without a fever: shaking chills, breathing much faster than usual, dizziness or fainting, pale and cold skin, a bad headache, a rash over much of the body. Call the team's 24-hour phone now.",
          "Fiebre igual o mayor que el límite de fiebre de su plan de cuidados (el plan estándar: 38.0 °C / 100.4 °F). Una presión baja, o una temperatura menor de 36.0 °C: vuelva a medir ahora. Oxigenación por debajo de 92%. Corazón muy acelerado: 180 por minuto o más, o 220 o más en menores de 1 año. Por sí solas, sin fiebre: escalofríos con temblor, respira mucho más rápido de lo normal, mareo o desmayo, piel pálida y fría, dolor de cabeza fuerte, ronchas en gran parte del cuerpo. Llame ahora al teléfono de 24 horas del equipo.",
        ),
        callout(
          "crs_call_now_fluids",
          "call_now",
          "Also call now: vomiting that keeps no drinks down; 7 or more runny poops in a day, or blood in them; bleeding that does not stop; much less pee than usual. A baby under 6 months who vomits or has runny poops at all.",
          "Llame ahora también por: vómito que no le deja retener ningún líquido; 7 o más evacuaciones aguadas en un día, o sangre en ellas; sangrado que no para; orina mucho menos de lo normal. Un bebé menor de 6 meses que vomita o tiene evacuaciones aguadas, aunque sea poco.",
        ),
        callout(
          "crs_call_today",
          "call_today",
          "A fast heartbeat on its own, a mild headache, nausea, vomiting that keeps drinks down, fewer than 7 runny poops a day, a small patch of rash, more tired than usual, aching muscles. Tell the team today.",
          "Solo el corazón acelerado, dolor de cabeza leve, náuseas, vómito que sí retiene los líquidos, menos de 7 evacuaciones aguadas al día, una zona pequeña de ronchas, más cansado de lo normal, dolor de músculos. Avise al equipo hoy.",
        ),
        p(
          "You do not need to decide this alone: enter the reading and Centinela shows the action and who to call.",
          "No tiene que decidirlo usted: anote el registro y Centinela le muestra qué hacer y a quién llamar.",
        ),
      ],
    },
    {
      heading: l("Fever medicine: ask the team first", "Medicina para la fiebre: primero pregunte al equipo"),
      blocks: [
        p(
          "Medicine for fever or pain can bring the temperature down for some hours while the reaction goes on underneath. The team needs to hear about the fever first.",
          "La medicina para la fiebre o el dolor puede bajar la temperatura por unas horas mientras la reacción sigue por dentro. El equipo necesita saber primero de la fiebre.",
        ),
        {
          kind: "do",
          items: [
            l(
              "Ask the team before giving any fever or pain medicine.",
              "Pregunte al equipo antes de dar cualquier medicina para la fiebre o el dolor.",
            ),
            l(
              "If any was given, answer \"Yes\" to the fever medicine question in the reading, with the time.",
              "Si le dieron alguna, conteste \"Sí\" a la pregunta de la medicina para la fiebre en el registro, con la hora.",
            ),
          ],
        },
        {
          kind: "dont",
          items: [
            l(
              "No ibuprofen and no aspirin unless the team tells you to.",
              "Nada de ibuprofeno ni de aspirina, salvo que el equipo se lo indique.",
            ),
            l(
              "No medicines in the bottom (suppositories), and no temperatures there.",
              "Nada de medicinas por el recto (supositorios), ni tomar la temperatura ahí.",
            ),
            l(
              "Do not wait to see whether the fever goes down: a fever means call now.",
              "No espere a ver si la fiebre baja: fiebre quiere decir llamar ahora.",
            ),
          ],
        },
      ],
    },
    {
      heading: l("Fever can also be an infection", "La fiebre también puede ser una infección"),
      blocks: [
        p(
          "The treatment lowers the body's defences. A fever can be an infection as well as CRS, and an infection needs antibiotics fast, within about an hour of arriving at the hospital. That is why a fever means calling straight away.",
          "El tratamiento baja las defensas del cuerpo. Una fiebre puede ser una infección además del SLC, y una infección necesita antibióticos pronto, más o menos en la primera hora después de llegar al hospital. Por eso la fiebre quiere decir llamar de inmediato.",
        ),
        {
          kind: "do",
          items: [
            l(
              "Everyone washes their hands before touching your child, the line or the pump.",
              "Todos se lavan las manos antes de tocar a su hijo o hija, la línea o la bomba.",
            ),
            l(
              "Keep your child away from people who are sick.",
              "Mantenga a su hijo o hija lejos de personas enfermas.",
            ),
            l(
              "Tell the team at once if your child has been near someone with chickenpox or measles.",
              "Avise de inmediato al equipo si su hijo o hija estuvo cerca de alguien con varicela o sarampión.",
            ),
          ],
        },
        callout(
          "infection_fever",
          "call_now",
          "A fever at or above your plan's line, day or night: call the team now. Do not wait for the morning.",
          "Fiebre igual o mayor que el límite de su plan, de día o de noche: llame al equipo ahora. No espere a la mañana.",
        ),
      ],
    },
  ],
};

const neuroSigns: TrainingModule = {
  id: "neuro_signs",
  title: l("Changes in the brain and nerves", "Cambios en el cerebro y los nervios"),
  minutes: 6,
  summary: l(
    "Neurotoxicity: what it looks like in a child, in a baby or toddler, what to do in a seizure, and the daily neurological check.",
    "Neurotoxicidad: cómo se ve en un niño, en un bebé o niño pequeño, qué hacer en una convulsión, y la revisión neurológica diaria.",
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
          "neuro_emergency",
          "emergency",
          "A seizure, or your child cannot be woken or does not respond: call the local emergency number for an ambulance now; do not drive.",
          "Una convulsión, o su hijo o hija no se despierta o no responde: llame ahora al número de emergencias local para pedir una ambulancia; no maneje.",
        ),
        callout(
          "neuro_call_now",
          "call_now",
          "Any other new sign on this list: call the team's 24-hour phone now, even at night.",
          "Cualquier otra señal nueva de esta lista: llame ahora al teléfono de 24 horas del equipo, aunque sea de noche.",
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
          "Lo normal: hace contacto visual con usted y reacciona. Preocupante: no hace contacto visual con usted ni reacciona.",
        ),
        {
          kind: "list",
          items: [
            l("No eye contact with you", "No hace contacto visual con usted"),
            l(
              "Not reacting to you as usual: no smile, does not turn to your voice",
              "No reacciona con usted como siempre: no sonríe, no voltea cuando le habla",
            ),
            l("Cannot be consoled, even in your arms", "No se consuela, ni en sus brazos"),
            l("Stops babbling, or stops saying the words they knew", "Deja de balbucear, o deja de decir las palabras que ya sabía"),
            l(
              "A toddler who walked well is now clumsy or falls",
              "Un niño que ya caminaba bien ahora está torpe o se cae",
            ),
          ],
        },
        callout(
          "infant_neuro",
          "call_now",
          "In Centinela, check \"Baby or small child: no eye contact, not reacting to you\" or \"cries and cannot be comforted\", and call the team now.",
          "En Centinela, marque \"Bebé o niño pequeño: no hace contacto visual con usted ni reacciona como siempre\" o \"llora y no se le puede calmar\", y llame al equipo ahora.",
        ),
      ],
    },
    {
      heading: l("A seizure: what to do", "Una convulsión: qué hacer"),
      blocks: [
        {
          kind: "do",
          items: [
            l(
              "Lay your child on their side, on the floor or the bed, with nothing hard nearby.",
              "Acueste a su hijo o hija de lado, en el piso o en la cama, sin nada duro cerca.",
            ),
            l(
              "Look at the time when it starts, and stay with them.",
              "Fíjese en la hora en que empieza, y quédese con él o ella.",
            ),
            l(
              "Keep the pump close to your child so the line is not pulled.",
              "Mantenga la bomba junto a su hijo o hija para que no se jale la línea.",
            ),
          ],
        },
        {
          kind: "dont",
          items: [
            l("Do not hold your child down.", "No lo sujete a la fuerza."),
            l("Put nothing in their mouth.", "No le meta nada en la boca."),
          ],
        },
        p(
          "In a baby a seizure can be quiet: staring spells, or one arm or leg jerking. Check \"Seizure\" for these too.",
          "En un bebé una convulsión puede ser discreta: se queda con la mirada fija, o le brinca un brazo o una pierna. Marque \"Convulsión\" también en estos casos.",
        ),
        callout(
          "seizure",
          "emergency",
          "Any seizure, even a short one that has stopped: call the local emergency number for an ambulance; do not drive.",
          "Cualquier convulsión, aunque sea corta y ya haya pasado: llame al número de emergencias local para pedir una ambulancia; no maneje.",
        ),
      ],
    },
    {
      heading: l("The neurological check", "La revisión neurológica"),
      blocks: [
        p(
          "Once a day, and whenever you check a sign on this page, Centinela guides a short check from Home. From age 12 it asks 10 questions (the ICE score; 10 is normal). Under 12 it asks 8 questions about how your child is with you (the CAPD score; under 9 is expected).",
          "Una vez al día, y cada vez que marque una señal de esta página, Centinela le guía en una revisión corta desde Inicio. Desde los 12 años hace 10 preguntas (la puntuación ICE; 10 es lo normal). En menores de 12 años hace 8 preguntas sobre cómo está su hijo o hija con usted (la puntuación CAPD; menos de 9 es lo esperado).",
        ),
        p(
          "The nurse does the first check with you today, during training: it is your child's baseline, and every later check is shown beside it.",
          "La enfermera hace la primera revisión con usted hoy, en la capacitación: es la revisión de base de su hijo o hija, y cada revisión después se muestra junto a ella.",
        ),
        callout(
          "check_normal",
          "routine",
          "ICE 10, or CAPD below 9, and no other sign: nothing to do now. Keep doing the check every day.",
          "ICE de 10, o CAPD menor de 9, y ninguna otra señal: nada que hacer por ahora. Siga haciendo la revisión cada día.",
        ),
        callout(
          "check_call_now",
          "call_now",
          "ICE 7 to 9, or CAPD 9 or more: call the team now.",
          "ICE de 7 a 9, o CAPD de 9 o más: llame al equipo ahora.",
        ),
        callout(
          "check_emergency",
          "emergency",
          "ICE 6 or less: emergency. Sleeping at night is normal, but if you cannot wake your child, that is an emergency too.",
          "ICE de 6 o menos: emergencia. Dormir de noche es normal, pero si no puede despertar a su hijo o hija, también es una emergencia.",
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
    "Temperature, blood pressure, pulse, oxygen and breathing, measured the same way each time, and recorded in Centinela.",
    "Temperatura, presión arterial, pulso, oxígeno y respiración, medidos igual cada vez, y anotados en Centinela.",
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
              "Under the arm on dry skin, or from 4 weeks old in the ear, as the nurse showed you.",
              "En la axila con la piel seca, o desde las 4 semanas de edad en el oído, como le enseñó la enfermera.",
            ),
            l(
              "A baby under 4 weeks: only under the arm, with an electronic thermometer.",
              "Un bebé menor de 4 semanas: solo en la axila, con un termómetro electrónico.",
            ),
            l(
              "An armpit reading runs a little lower than one from inside the body. Write down what the thermometer shows.",
              "La temperatura en la axila sale un poco más baja que la de adentro del cuerpo. Anote lo que marca el termómetro.",
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
        callout(
          "infant_fever",
          "emergency",
          "A baby under 3 months at 38.0 °C (100.4 °F) or more: emergency, whatever the line in your plan.",
          "Un bebé menor de 3 meses con 38.0 °C o más: emergencia, sea cual sea el límite de su plan.",
        ),
        callout(
          "hypothermia",
          "call_now",
          "Below 36.0 °C (96.8 °F): measure again now and call the team.",
          "Menos de 36.0 °C: vuelva a medir ahora y llame al equipo.",
        ),
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
        callout(
          "bp_once",
          "call_now",
          "One low reading: call the team and measure again now. Enter only the new pressure: the rest of the last reading stays.",
          "Una presión baja: llame al equipo y vuelva a medir ahora. Anote solo la presión nueva: lo demás del registro anterior se mantiene.",
        ),
        callout(
          "bp_twice",
          "emergency",
          "Low again within 30 minutes: that is an emergency, even if the team has not called back yet.",
          "Baja otra vez en menos de 30 minutos: es una emergencia, aunque el equipo todavía no le haya regresado la llamada.",
        ),
      ],
    },
    {
      heading: l("Pulse, oxygen and breathing", "Pulso, oxigenación y respiración"),
      blocks: [
        figure(
          "pulse_oximeter",
          "The clip on a warm finger (or a toe, for a baby). Wait until the numbers stop changing.",
          "El sensor del oxímetro en un dedo tibio (o en un dedo del pie, en bebés). Espere a que los números dejen de cambiar.",
        ),
        {
          kind: "list",
          items: [
            l(
              "Keep the hand still and warm; nail polish can give a wrong number.",
              "Mantenga la mano quieta y tibia; el esmalte de uñas puede dar un número falso.",
            ),
            l(
              "After 30 seconds or more, write down both numbers: SpO₂ (%) and pulse (beats a minute).",
              "Después de 30 segundos o más, anote los dos números: SpO₂ (%) y pulso (latidos por minuto).",
            ),
            l(
              "Breathing: count for one full minute while your child is calm. Each rise of the chest is one breath. Centinela knows the limit for your child's age.",
              "Respiración: cuente durante un minuto completo con su hijo o hija tranquilo. Cada vez que sube el pecho es una respiración. Centinela conoce el límite para su edad.",
            ),
          ],
        },
        callout(
          "spo2_low",
          "call_now",
          "Oxygen below 92% without a fever: warm the hand and measure again, and call the team now.",
          "Oxígeno por debajo de 92% sin fiebre: caliente la mano y vuelva a medir, y llame al equipo ahora.",
        ),
        callout(
          "spo2_very_low",
          "emergency",
          "Oxygen below 90%: emergency.",
          "Oxígeno por debajo de 90%: emergencia.",
        ),
        callout(
          "breathing_fast",
          "call_now",
          "Breaths in a minute at or above the limit for the age: call the team now.",
          "Respiraciones en un minuto iguales o más que el límite para la edad: llame al equipo ahora.",
        ),
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
              "Answer the fever medicine question: yes (with the time it was given) or no.",
              "Conteste la pregunta de la medicina para la fiebre: sí (con la hora en que se la dio) o no.",
            ),
            l(
              "Check every sign you see now, or \"None of these signs\", and how the pump is.",
              "Marque cada señal que ve ahora, o \"Ninguna de estas señales\", y cómo está la bomba.",
            ),
            l(
              "Save. Read the answer: it says what to do and who to call.",
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
  minutes: 6,
  summary: l(
    "The pump is set by the team. Your job: keep it with your child, charged and dry, and the line safe.",
    "La bomba la programa el equipo. Su tarea: que esté siempre con su hijo o hija, con carga y seca, y con la línea segura.",
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
              "Never try to clear air from the line yourself: call the team.",
              "Nunca intente sacar usted el aire de la línea: llame al equipo.",
            ),
            l(
              "Never silence an alarm and forget it.",
              "Nunca apague una alarma y se olvide de ella.",
            ),
            l(
              "Do not open the bag, disconnect the line, or reconnect tubing that came apart.",
              "No abra la bolsa, no desconecte la línea, ni vuelva a conectar una línea que se separó.",
            ),
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
              "Call the team, even if the alarm stopped. Check the pump status in a new reading.",
              "Llame al equipo, aunque la alarma se haya callado. Marque cómo está la bomba en un registro nuevo.",
            ),
          ],
        },
        callout(
          "pump_call_now",
          "call_now",
          "Alarm, pump stopped, tubing came apart, leaking, or bag empty: call the team's 24-hour phone now.",
          "Alarma, bomba detenida, la línea se separó, goteo o bolsa vacía: llame ahora al teléfono de 24 horas del equipo.",
        ),
      ],
    },
    {
      heading: l("When the line itself has a problem", "Cuando el problema es el catéter"),
      blocks: [
        {
          kind: "list",
          items: [
            l(
              "The tubing came apart, the catheter is still in: do not reconnect it. Call the team now.",
              "La línea se separó y el catéter sigue puesto: no la vuelva a conectar. Llame al equipo ahora.",
            ),
            l(
              "The catheter is cut or cracked: clamp or pinch it between the break and your child's body, cover it with clean gauze, and stop the pump.",
              "El catéter está cortado o roto: cierre la pinza o apriételo entre la rotura y el cuerpo de su hijo o hija, cúbralo con una gasa limpia y detenga la bomba.",
            ),
            l(
              "The catheter came out: press on the spot with clean gauze, and stop the pump.",
              "El catéter se salió: presione el sitio con una gasa limpia, y detenga la bomba.",
            ),
          ],
        },
        callout(
          "line_out",
          "emergency",
          "The catheter came out, or is cut or cracked: go to the emergency department now, then call the team. In Centinela, choose \"The catheter came out, or it is cut or cracked\".",
          "El catéter se salió, o está cortado o roto: vaya a urgencias ahora, y después llame al equipo. En Centinela, elija \"El catéter se salió, o está cortado o roto\".",
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
              "At night, run a baby's tubing under their clothes, away from the neck.",
              "De noche, pase la línea del bebé por debajo de su ropa, lejos del cuello.",
            ),
            l(
              "Bathing: no soaking in the bath and no swimming. Cover the line with a waterproof cover and keep the pump dry, out of the water.",
              "El baño: sin remojarse en la tina y sin nadar. Cubra la línea con una funda impermeable y mantenga la bomba seca, fuera del agua.",
            ),
            l(
              "Wear gloves to touch the bag, to wipe up a spill, and to handle your child's pee, poop or vomit, during the infusion and for 48 hours after. Then wash your hands.",
              "Use guantes para tocar la bolsa, para limpiar un derrame y para tocar la orina, el popó o el vómito de su hijo o hija, durante la infusión y hasta 48 horas después. Luego lávese las manos.",
            ),
            l(
              "The bag stays inside the pump backpack, with the pump, always with your child, at night too.",
              "La bolsa se queda dentro de su mochila, con la bomba, siempre con su hijo o hija, también de noche.",
            ),
          ],
        },
        callout(
          "dressing",
          "call_today",
          "The dressing is wet, loose or dirty: it needs changing the same day. Redness, swelling or pain where the line goes into the skin. Tell the team today.",
          "El apósito está mojado, flojo o sucio: hay que cambiarlo el mismo día. Enrojecimiento, hinchazón o dolor donde la línea entra en la piel. Avise al equipo hoy.",
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
              "The new bag is put on at the clinic, by the nurse.",
              "La bolsa nueva la pone la enfermera, en la clínica.",
            ),
          ],
        },
      ],
    },
    {
      heading: l("Enter the new bag", "Anote la bolsa nueva"),
      blocks: [
        {
          kind: "do",
          items: [
            l(
              "As soon as the new bag is on the pump, press \"Enter the new bag\" on Home.",
              "En cuanto pongan la bolsa nueva, presione \"Anotar la bolsa nueva\" en Inicio.",
            ),
            l(
              "Check the time it was put on, how long it lasts, and any extra hours.",
              "Revise la hora en que la pusieron, cuánto dura y las horas extra.",
            ),
            l(
              "Home then counts down to the next change.",
              "Inicio cuenta entonces el tiempo hasta el siguiente cambio.",
            ),
          ],
        },
        p(
          "Reminders come before the bag is due, at the due time, and every 15 minutes after, until you log the new bag.",
          "Los recordatorios llegan antes de que toque el cambio, a la hora, y cada 15 minutos después, hasta que registre la bolsa nueva.",
        ),
      ],
    },
    {
      heading: l("What to bring", "Qué llevar"),
      blocks: [
        {
          kind: "list",
          items: [
            l("Your child, with the pump and the bag in the pump backpack", "A su hijo o hija, con la bomba y la bolsa en la mochila de la bomba"),
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
          "bag_late",
          "call_now",
          "30 minutes late with no new bag, the infusion may stop: call the team now.",
          "Con 30 minutos de retraso y sin bolsa nueva, la infusión puede detenerse: llame al equipo ahora.",
          "schedule",
        ),
      ],
    },
  ],
};

const callLadder: TrainingModule = {
  id: "call_ladder",
  title: l("Who to call, day and night", "A quién llamar, de día y de noche"),
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
          "Call now, day or night: if nobody picks up or calls back within 10 minutes, go to the next step. An emergency has no waiting step.",
          "Llamar ahora, de día o de noche: si nadie contesta ni le devuelve la llamada en 10 minutos, pase al siguiente paso. Una emergencia no tiene paso de espera.",
        ),
        adviceCallout("emergency"),
        adviceCallout("call_now"),
        adviceCallout("call_today"),
        adviceCallout("routine"),
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
              "Si recibió medicina para la fiebre, y a qué hora.",
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
