// UI text lives here, never in Rust: the shell and core return codes, the UI turns them into words.
// Exception by design: each assessment reason and advice arrives as `{en, es}` from core
// (messages.rs) and is shown as it is, in the chosen language.

export type Lang = "en" | "es";

export const LANGS: readonly Lang[] = ["en", "es"] as const;

const en = {
  "app.name": "Centinela",
  "welcome.sentence":
    "A calm place to note your child's vital signs at home, and to know whom to call.",
  "lang.label": "Language",
  "lang.en": "English",
  "lang.es": "Español",
  "info.dataDir": "Your diary is kept on this computer, in",
  "info.version": "Version",
  "common.loading": "Loading…",
  "common.saving": "Saving…",
  "common.cancel": "Cancel",
  "common.optional": "optional",
  "common.required": "required",

  // Top bar
  "nav.label": "Main menu",
  "nav.home": "Home",
  "nav.newReading": "New reading",
  "nav.diary": "Diary",
  "nav.charts": "Charts",
  "nav.settings": "Settings",

  // Actions (the four states)
  "action.emergency": "Emergency",
  "action.call_now": "Call the team now",
  "action.call_today": "Tell the team today",
  "action.routine": "All fine",
  "action.short.emergency": "Emergency",
  "action.short.call_now": "Call now",
  "action.short.call_today": "Call today",
  "action.short.routine": "All fine",

  "advice.emergency":
    "Call the emergency number or go to the nearest emergency department now, then call the 24/7 team.",
  "advice.call_now":
    "Call the 24/7 team line now. If nobody answers within 10 minutes, call the next contact.",
  "advice.call_today": "Tell the team today, by phone during the day or at the next bag change.",
  "advice.routine": "Keep to the monitoring schedule.",

  // First run / settings
  "setup.title": "Welcome to Centinela",
  "setup.intro":
    "Fill this in together with your nurse. You can change everything later in Settings.",
  "settings.title": "Settings",
  "settings.intro": "Change the details of the child, the care plan and whom to call.",
  "setup.child": "The child",
  "setup.name": "Child's name",
  "setup.birthDate": "Date of birth",
  "setup.weight": "Weight (kg)",
  "setup.height": "Height (cm)",
  "setup.carePlan": "The care plan",
  "setup.feverThreshold": "Fever from (°C)",
  "setup.feverHint": "The care team decides this: between 37.5 and 38.5 °C. Usually 38.0 °C.",
  "setup.feverInF": "That is {value} °F.",
  "setup.contacts": "Whom to call",
  "setup.contactsIntro":
    "In an emergency the app shows these numbers in this order. Check each one with your nurse.",
  "setup.team": "24/7 team line",
  "setup.teamHint": "Needed: the care team's number that answers day and night.",
  "setup.second": "Second contact",
  "setup.secondHint": "Whom to call if the team line does not answer within 10 minutes.",
  "setup.ed": "Nearest emergency department",
  "setup.emergencyNumber": "Local emergency number",
  "setup.contactName": "Name",
  "setup.phone": "Phone number",
  "setup.address": "Address",
  "setup.display": "Language and units",
  "setup.language": "Language of the app",
  "setup.unit": "Temperature unit",
  "setup.unitC": "°C (Celsius)",
  "setup.unitF": "°F (Fahrenheit)",
  "setup.course": "The treatment",
  "setup.courseStart": "First day of this course of treatment",
  "setup.caregiver": "Name of the person who usually writes in the diary",
  "setup.save": "Save and start",
  "settings.save": "Save changes",
  "settings.saved": "Saved.",
  "setup.fixErrors": "Some answers need a change. Look for the messages in red.",

  // Home
  "home.title": "Home",
  "home.day": "Day {n} of the treatment course",
  "home.latest": "Latest reading",
  "home.noReading": "No reading yet.",
  "home.openAlerts": "Waiting for your call",
  "home.alertRaised": "Warning from {time}",
  "home.next": "What to do next",
  "home.why": "Why",
  "home.newReading": "New reading",
  "home.problemNoTeamLine":
    "The 24/7 team line is missing. Without it the app cannot tell you whom to call.",
  "home.problemFix": "Add it in Settings",
  "ack.open": "I called — what did the team say?",
  "ack.title": "After your call",
  "ack.by": "Who called",
  "ack.note": "What the team said",
  "ack.save": "Save",
  "ack.byMissing": "Write the name of the person who called.",
  "ack.done": "Saved. Follow what the team told you.",
  "home.lastCall": "{who} called the team on {time}",
  "home.teamSaid": "The team said",
  "home.takeReading": "Time for a reading",
  "home.lastCallNext":
    "Follow what the team told you. If your child gets worse or a new sign appears, take a new reading now.",

  // Escalation
  "esc.title": "Whom to call, in this order",
  "esc.nextRule": "If nobody answers within 10 minutes, call the next one.",
  "esc.lastRule": "If nobody answers at all, go to the emergency department.",
  "esc.worse": "If your child gets worse at any moment, call {number}.",
  "esc.noContacts": "No phone numbers saved. Add them in Settings.",
  "role.team24h": "24/7 team line",
  "role.second": "Second contact",
  "role.emergency_department": "Emergency department",
  "role.emergency_number": "Emergency number",

  // New reading
  "reading.title": "New reading",
  "reading.amendTitle": "Correct a reading",
  "reading.intro": "Fill in what you measured. Leave empty what you did not measure.",
  "reading.time": "Date and time of the reading",
  "reading.now": "Now",
  "reading.temp": "Temperature ({unit})",
  "reading.bp": "Blood pressure (mmHg)",
  "reading.systolic": "Top number (systolic)",
  "reading.diastolic": "Bottom number (diastolic)",
  "reading.hr": "Heart rate (beats per minute)",
  "reading.spo2": "Oxygen, SpO₂ (%)",
  "reading.antipyretic": "Fever medicine given in the last 6 hours",
  "reading.symptoms": "Signs you see now",
  "reading.symptomsIntro": "Tick every sign you see now. Leave the rest empty.",
  "reading.group.emergency": "Emergency signs",
  "reading.group.call_now": "Signs to call the team about now",
  "reading.group.call_today": "Signs to tell the team about today",
  "reading.pump": "The pump",
  "reading.save": "Save reading",
  "reading.switchToF": "Yes, this is °F: switch this reading to °F",
  "reading.fixErrors": "Nothing was saved. Look for the messages in red.",
  "amend.reason": "Why are you correcting it?",
  "amend.by": "Who is correcting it",
  "amend.save": "Save correction",
  "amend.of": "Correcting the reading of {time}",

  // Pump
  "pump.running": "Running normally",
  "pump.alarm": "Alarm sounding",
  "pump.stopped": "Stopped",
  "pump.disconnected": "Line disconnected from the child",
  "pump.leaking": "Leaking (line or bag)",
  "pump.bag_empty": "Bag looks empty",

  // Symptoms (our plain words, care-rules §5 meanings)
  "symptom.seizure": "Seizure: shaking or going stiff, and not aware",
  "symptom.unresponsive": "Cannot be woken, or does not respond",
  "symptom.breathing_difficulty": "Struggling to breathe, or blue lips or face",
  "symptom.confusion": "Confused: does not know where they are or who you are",
  "symptom.speech_difficulty": "Slurred speech, or cannot find words",
  "symptom.tremor": "New shaking or trembling of hands or body",
  "symptom.unusual_sleepiness": "Much sleepier than usual, hard to keep awake",
  "symptom.balance_problem": "New clumsiness, unsteady walking or falling",
  "symptom.not_interacting": "Baby or small child: no eye contact, not reacting to you",
  "symptom.rigors": "Shaking chills",
  "symptom.fast_breathing": "Breathing much faster than usual",
  "symptom.dizziness_fainting": "Dizzy, light-headed, or fainted",
  "symptom.pale_cold_skin": "Pale, grey or blotchy skin; cold hands and feet",
  "symptom.severe_headache": "Bad headache that stops play or does not go away",
  "symptom.vomiting_persistent": "Vomiting and cannot keep drinks down",
  "symptom.diarrhea_severe": "7 or more runny poops in a day, or blood in the poop",
  "symptom.rash_widespread": "Rash over a large part of the body, or blisters or peeling skin",
  "symptom.bleeding": "Bleeding that does not stop, or blood in pee, poop or vomit",
  "symptom.little_urine": "Much less pee than usual (fewer wet diapers)",
  "symptom.headache": "Mild headache",
  "symptom.nausea": "Feels sick",
  "symptom.vomiting": "Vomited, but keeps drinks down",
  "symptom.diarrhea": "Runny poops, fewer than 7 a day",
  "symptom.rash": "Small patch of rash",
  "symptom.fatigue": "More tired or weak than usual",
  "symptom.muscle_aches": "Aching muscles or joints",
  "symptom.line_site_redness": "Red, swollen or sore where the line goes into the skin",

  // Result
  "result.title": "Reading saved",
  "result.reasons": "What we saw",
  "result.noReasons": "Nothing in this reading needs a call.",
  "result.next": "What to do now",
  "result.done": "Back to Home",

  // Diary
  "diary.title": "Diary",
  "diary.empty": "Nothing written in the diary in the last {days} days.",
  "diary.reading": "Reading",
  "diary.recordedBy": "written by {who}",
  "diary.corrected": "Corrected",
  "diary.correctedBy": "Corrected by {who} on {time}. Reason: {reason}",
  "diary.correctionOf": "Correction of the reading of {time}",
  "diary.correctionReason": "Reason: {reason} ({who})",
  "diary.amend": "Correct this reading",
  "diary.alert": "Warning",
  "diary.ack": "Call made",
  "diary.ackBy": "{who} called the team on {time}.",
  "diary.teamSaid": "The team said: {note}",
  "diary.waiting": "Waiting for your call",
  "diary.symptoms": "Signs",
  "diary.noSymptoms": "No signs ticked",
  "diary.pump": "Pump",
  "diary.antipyretic": "Fever medicine in the last 6 hours",
  "diary.today": "Today",
  "diary.yesterday": "Yesterday",

  // Values
  "value.temp": "Temperature",
  "value.bp": "Blood pressure",
  "value.hr": "Heart rate",
  "value.spo2": "Oxygen",
  "unit.bpm": "per minute",

  // Charts
  "charts.title": "Charts",
  "charts.period": "The last {days} days",
  "charts.temp": "Temperature ({unit})",
  "charts.systolic": "Blood pressure, top number (mmHg)",
  "charts.hr": "Heart rate (beats per minute)",
  "charts.feverLine": "Fever line: {value}",
  "charts.systolicLimit": "Too low below the line (limit for the child's age)",
  "charts.hrLimit": "Too fast above the line (limit for the child's age)",
  "charts.flagged": "Needs attention",
  "charts.normal": "Reading",
  "charts.none": "No readings of this kind in the last {days} days.",
  "charts.flaggedCount": "{n} readings needed attention.",

  // Errors: readings
  "err.number": "Write a number, for example {example}.",
  "err.temp.range": "Enter a temperature between {min} and {max} {unit}.",
  "err.temp.looksF":
    "{value} is not a body temperature in °C (30 to 45 °C). It looks like °F.",
  "err.bp.systolicRange": "The top number must be between {min} and {max} mmHg.",
  "err.bp.diastolicRange": "The bottom number must be between {min} and {max} mmHg.",
  "err.bp.order": "The bottom number must be lower than the top number.",
  "err.bp.both": "Enter both numbers of the blood pressure, or neither.",
  "err.hr.range": "Enter a heart rate between {min} and {max} beats per minute.",
  "err.spo2.range": "Enter an oxygen level between {min} and {max} %.",
  "err.time.missing": "Enter the date and time of the reading.",
  "err.time.future": "The time cannot be more than 5 minutes from now.",
  "err.time.beforeBirth": "The time cannot be before the child's date of birth.",
  "err.reading.empty": "Enter at least one measurement, a sign or the pump status.",
  "err.range": "Accepted: {min} to {max} {unit}.",

  // Errors: setup
  "err.required": "Please fill this in.",
  "err.birth.future": "The date of birth cannot be in the future.",
  "err.birth.range": "Check the date of birth.",
  "err.weight.range": "Enter a weight between {min} and {max} kg.",
  "err.height.range": "Enter a height between {min} and {max} cm.",
  "err.fever.range": "The fever line must be between {min} and {max} °C.",
  "err.phone":
    "Check the number: at least 3 digits; only digits, spaces and + - ( ) . are allowed.",
  "err.name.required": "Write a name for this number.",
  "err.courseStart": "The first day must be within a year of today.",

  // Errors: commands
  "err.cmd.storage": "The diary could not be read or written. Close Centinela and open it again.",
  "err.cmd.no_patient": "The child's details are missing. Fill in the first page first.",
  "err.cmd.not_found": "That entry was not found. It may have been changed already.",
  "err.cmd.already_amended":
    "This reading was already corrected. Correct the newest version instead.",
  "err.cmd.already_acknowledged": "This warning was already answered.",
  "err.cmd.newer_version":
    "This diary was written by a newer Centinela. Please update the app.",
  "err.cmd.not_a_diary": "The diary file is damaged or is not a Centinela diary.",
  "err.cmd.corrupt": "The diary holds something this version cannot read.",
  "err.cmd.invalid_phone":
    "Check the phone numbers: at least 3 digits; only digits, spaces and + - ( ) . are allowed.",
  "err.cmd.rejected": "Something in the form is not accepted. Please check it.",
  "err.cmd.unknown": "Something went wrong: {message}",
} as const;

export type Key = keyof typeof en;

// Mexican Spanish: "usted" register, plain words a worried parent reads at 3 a.m.
const es: Record<Key, string> = {
  "app.name": "Centinela",
  "welcome.sentence":
    "Un lugar tranquilo para anotar los signos vitales de su hijo o hija en casa, y saber a quién llamar.",
  "lang.label": "Idioma",
  "lang.en": "English",
  "lang.es": "Español",
  "info.dataDir": "Su diario se guarda en esta computadora, en",
  "info.version": "Versión",
  "common.loading": "Cargando…",
  "common.saving": "Guardando…",
  "common.cancel": "Cancelar",
  "common.optional": "opcional",
  "common.required": "obligatorio",

  "nav.label": "Menú principal",
  "nav.home": "Inicio",
  "nav.newReading": "Nuevo registro",
  "nav.diary": "Diario",
  "nav.charts": "Gráficas",
  "nav.settings": "Ajustes",

  "action.emergency": "Emergencia",
  "action.call_now": "Llame al equipo ahora",
  "action.call_today": "Avise al equipo hoy",
  "action.routine": "Todo bien",
  "action.short.emergency": "Emergencia",
  "action.short.call_now": "Llamar ahora",
  "action.short.call_today": "Avisar hoy",
  "action.short.routine": "Todo bien",

  "advice.emergency":
    "Llame al número de emergencias o vaya ahora a la sala de urgencias más cercana, y después llame al equipo 24/7.",
  "advice.call_now":
    "Llame ahora a la línea 24/7 del equipo. Si nadie contesta en 10 minutos, llame al siguiente contacto.",
  "advice.call_today":
    "Avise al equipo hoy, por teléfono durante el día o en el próximo cambio de bolsa.",
  "advice.routine": "Siga con el horario de vigilancia.",

  "setup.title": "Bienvenido a Centinela",
  "setup.intro":
    "Llene esto junto con su enfermera. Puede cambiar todo después en Ajustes.",
  "settings.title": "Ajustes",
  "settings.intro": "Cambie los datos del niño, el plan de cuidados y a quién llamar.",
  "setup.child": "El niño o la niña",
  "setup.name": "Nombre del niño o la niña",
  "setup.birthDate": "Fecha de nacimiento",
  "setup.weight": "Peso (kg)",
  "setup.height": "Estatura (cm)",
  "setup.carePlan": "El plan de cuidados",
  "setup.feverThreshold": "Fiebre a partir de (°C)",
  "setup.feverHint":
    "Lo decide el equipo médico: entre 37.5 y 38.5 °C. Normalmente 38.0 °C.",
  "setup.feverInF": "Equivale a {value} °F.",
  "setup.contacts": "A quién llamar",
  "setup.contactsIntro":
    "En una emergencia la aplicación muestra estos números en este orden. Revise cada uno con su enfermera.",
  "setup.team": "Línea 24/7 del equipo",
  "setup.teamHint": "Necesario: el número del equipo médico que contesta de día y de noche.",
  "setup.second": "Segundo contacto",
  "setup.secondHint": "A quién llamar si la línea del equipo no contesta en 10 minutos.",
  "setup.ed": "Sala de urgencias más cercana",
  "setup.emergencyNumber": "Número local de emergencias",
  "setup.contactName": "Nombre",
  "setup.phone": "Teléfono",
  "setup.address": "Dirección",
  "setup.display": "Idioma y unidades",
  "setup.language": "Idioma de la aplicación",
  "setup.unit": "Unidad de temperatura",
  "setup.unitC": "°C (Celsius)",
  "setup.unitF": "°F (Fahrenheit)",
  "setup.course": "El tratamiento",
  "setup.courseStart": "Primer día de este ciclo de tratamiento",
  "setup.caregiver": "Nombre de la persona que normalmente escribe en el diario",
  "setup.save": "Guardar y empezar",
  "settings.save": "Guardar cambios",
  "settings.saved": "Guardado.",
  "setup.fixErrors": "Algunas respuestas necesitan un cambio. Busque los mensajes en rojo.",

  "home.title": "Inicio",
  "home.day": "Día {n} del ciclo de tratamiento",
  "home.latest": "Último registro",
  "home.noReading": "Todavía no hay registros.",
  "home.openAlerts": "Esperando su llamada",
  "home.alertRaised": "Aviso de {time}",
  "home.next": "Qué hacer ahora",
  "home.why": "Por qué",
  "home.newReading": "Nuevo registro",
  "home.problemNoTeamLine":
    "Falta la línea 24/7 del equipo. Sin ella la aplicación no puede decirle a quién llamar.",
  "home.problemFix": "Agréguela en Ajustes",
  "ack.open": "Ya llamé — ¿qué dijo el equipo?",
  "ack.title": "Después de su llamada",
  "ack.by": "Quién llamó",
  "ack.note": "Qué dijo el equipo",
  "ack.save": "Guardar",
  "ack.byMissing": "Escriba el nombre de la persona que llamó.",
  "ack.done": "Guardado. Siga lo que le dijo el equipo.",
  "home.lastCall": "{who} llamó al equipo el {time}",
  "home.teamSaid": "El equipo dijo",
  "home.takeReading": "Es hora de un registro",
  "home.lastCallNext":
    "Siga lo que le dijo el equipo. Si su hijo o hija empeora o aparece una señal nueva, tome un registro nuevo ahora.",

  "esc.title": "A quién llamar, en este orden",
  "esc.nextRule": "Si nadie contesta en 10 minutos, llame al siguiente.",
  "esc.lastRule": "Si nadie contesta, vaya a la sala de urgencias.",
  "esc.worse": "Si su hijo o hija empeora en cualquier momento, llame al {number}.",
  "esc.noContacts": "No hay teléfonos guardados. Agréguelos en Ajustes.",
  "role.team24h": "Línea 24/7 del equipo",
  "role.second": "Segundo contacto",
  "role.emergency_department": "Sala de urgencias",
  "role.emergency_number": "Número de emergencias",

  "reading.title": "Nuevo registro",
  "reading.amendTitle": "Corregir un registro",
  "reading.intro": "Anote lo que midió. Deje vacío lo que no midió.",
  "reading.time": "Fecha y hora del registro",
  "reading.now": "Ahora",
  "reading.temp": "Temperatura ({unit})",
  "reading.bp": "Presión arterial (mmHg)",
  "reading.systolic": "Número de arriba (sistólica)",
  "reading.diastolic": "Número de abajo (diastólica)",
  "reading.hr": "Pulso (latidos por minuto)",
  "reading.spo2": "Oxígeno, SpO₂ (%)",
  "reading.antipyretic": "Le dio medicina para la fiebre en las últimas 6 horas",
  "reading.symptoms": "Señales que ve ahora",
  "reading.symptomsIntro": "Marque cada señal que ve ahora. Deje las demás sin marcar.",
  "reading.group.emergency": "Señales de emergencia",
  "reading.group.call_now": "Señales para llamar al equipo ahora",
  "reading.group.call_today": "Señales para avisar al equipo hoy",
  "reading.pump": "La bomba",
  "reading.save": "Guardar registro",
  "reading.switchToF": "Sí, es °F: cambiar este registro a °F",
  "reading.fixErrors": "No se guardó nada. Busque los mensajes en rojo.",
  "amend.reason": "¿Por qué lo corrige?",
  "amend.by": "Quién lo corrige",
  "amend.save": "Guardar corrección",
  "amend.of": "Corrigiendo el registro de {time}",

  "pump.running": "Funciona normalmente",
  "pump.alarm": "Suena la alarma",
  "pump.stopped": "Detenida",
  "pump.disconnected": "Línea desconectada del niño",
  "pump.leaking": "Gotea (línea o bolsa)",
  "pump.bag_empty": "La bolsa se ve vacía",

  "symptom.seizure": "Convulsión: se sacude o se pone rígido y no se da cuenta",
  "symptom.unresponsive": "No se despierta o no responde",
  "symptom.breathing_difficulty": "Le cuesta mucho respirar, o labios o cara morados",
  "symptom.confusion": "Confundido: no sabe dónde está ni quién es usted",
  "symptom.speech_difficulty": "Habla arrastrada o no encuentra las palabras",
  "symptom.tremor": "Temblor nuevo de las manos o del cuerpo",
  "symptom.unusual_sleepiness": "Mucho más dormido de lo normal, cuesta mantenerlo despierto",
  "symptom.balance_problem": "Torpeza nueva, camina inestable o se cae",
  "symptom.not_interacting": "Bebé o niño pequeño: no le mira a los ojos, no reacciona con usted",
  "symptom.rigors": "Escalofríos con temblor",
  "symptom.fast_breathing": "Respira mucho más rápido de lo normal",
  "symptom.dizziness_fainting": "Mareado, aturdido o se desmayó",
  "symptom.pale_cold_skin": "Piel pálida, grisácea o manchada; manos y pies fríos",
  "symptom.severe_headache": "Dolor de cabeza fuerte que no le deja jugar o no se quita",
  "symptom.vomiting_persistent": "Vomita y no retiene los líquidos",
  "symptom.diarrhea_severe": "7 o más evacuaciones aguadas en un día, o sangre en el popó",
  "symptom.rash_widespread": "Ronchas en gran parte del cuerpo, o ampollas o piel que se despega",
  "symptom.bleeding": "Sangrado que no para, o sangre en la orina, el popó o el vómito",
  "symptom.little_urine": "Orina mucho menos de lo normal (menos pañales mojados)",
  "symptom.headache": "Dolor de cabeza leve",
  "symptom.nausea": "Tiene náuseas",
  "symptom.vomiting": "Vomitó, pero retiene los líquidos",
  "symptom.diarrhea": "Evacuaciones aguadas, menos de 7 al día",
  "symptom.rash": "Ronchas en un área pequeña",
  "symptom.fatigue": "Más cansado o débil de lo normal",
  "symptom.muscle_aches": "Dolor de músculos o de articulaciones",
  "symptom.line_site_redness": "Rojo, hinchado o adolorido donde el catéter entra en la piel",

  "result.title": "Registro guardado",
  "result.reasons": "Lo que vimos",
  "result.noReasons": "Nada en este registro requiere una llamada.",
  "result.next": "Qué hacer ahora",
  "result.done": "Volver al inicio",

  "diary.title": "Diario",
  "diary.empty": "No hay nada escrito en el diario en los últimos {days} días.",
  "diary.reading": "Registro",
  "diary.recordedBy": "anotado por {who}",
  "diary.corrected": "Corregido",
  "diary.correctedBy": "Corregido por {who} el {time}. Motivo: {reason}",
  "diary.correctionOf": "Corrección del registro de {time}",
  "diary.correctionReason": "Motivo: {reason} ({who})",
  "diary.amend": "Corregir este registro",
  "diary.alert": "Aviso",
  "diary.ack": "Llamada hecha",
  "diary.ackBy": "{who} llamó al equipo el {time}.",
  "diary.teamSaid": "El equipo dijo: {note}",
  "diary.waiting": "Esperando su llamada",
  "diary.symptoms": "Señales",
  "diary.noSymptoms": "Ninguna señal marcada",
  "diary.pump": "Bomba",
  "diary.antipyretic": "Medicina para la fiebre en las últimas 6 horas",
  "diary.today": "Hoy",
  "diary.yesterday": "Ayer",

  "value.temp": "Temperatura",
  "value.bp": "Presión",
  "value.hr": "Pulso",
  "value.spo2": "Oxígeno",
  "unit.bpm": "por minuto",

  "charts.title": "Gráficas",
  "charts.period": "Los últimos {days} días",
  "charts.temp": "Temperatura ({unit})",
  "charts.systolic": "Presión, número de arriba (mmHg)",
  "charts.hr": "Pulso (latidos por minuto)",
  "charts.feverLine": "Línea de fiebre: {value}",
  "charts.systolicLimit": "Demasiado baja debajo de la línea (límite para la edad del niño)",
  "charts.hrLimit": "Demasiado rápido arriba de la línea (límite para la edad del niño)",
  "charts.flagged": "Requiere atención",
  "charts.normal": "Registro",
  "charts.none": "No hay registros de este tipo en los últimos {days} días.",
  "charts.flaggedCount": "{n} registros requirieron atención.",

  "err.number": "Escriba un número, por ejemplo {example}.",
  "err.temp.range": "Escriba una temperatura entre {min} y {max} {unit}.",
  "err.temp.looksF":
    "{value} no es una temperatura del cuerpo en °C (30 a 45 °C). Parece estar en °F.",
  "err.bp.systolicRange": "El número de arriba debe estar entre {min} y {max} mmHg.",
  "err.bp.diastolicRange": "El número de abajo debe estar entre {min} y {max} mmHg.",
  "err.bp.order": "El número de abajo debe ser menor que el de arriba.",
  "err.bp.both": "Escriba los dos números de la presión, o ninguno.",
  "err.hr.range": "Escriba un pulso entre {min} y {max} latidos por minuto.",
  "err.spo2.range": "Escriba un oxígeno entre {min} y {max} %.",
  "err.time.missing": "Escriba la fecha y la hora del registro.",
  "err.time.future": "La hora no puede ser más de 5 minutos después de ahora.",
  "err.time.beforeBirth": "La hora no puede ser antes de la fecha de nacimiento.",
  "err.reading.empty": "Escriba al menos una medida, una señal o el estado de la bomba.",
  "err.range": "Se acepta de {min} a {max} {unit}.",

  "err.required": "Por favor llene este dato.",
  "err.birth.future": "La fecha de nacimiento no puede ser en el futuro.",
  "err.birth.range": "Revise la fecha de nacimiento.",
  "err.weight.range": "Escriba un peso entre {min} y {max} kg.",
  "err.height.range": "Escriba una estatura entre {min} y {max} cm.",
  "err.fever.range": "La línea de fiebre debe estar entre {min} y {max} °C.",
  "err.phone":
    "Revise el número: al menos 3 dígitos; solo dígitos, espacios y + - ( ) .",
  "err.name.required": "Escriba un nombre para este número.",
  "err.courseStart": "El primer día debe estar a menos de un año de hoy.",

  "err.cmd.storage":
    "No se pudo leer o escribir el diario. Cierre Centinela y vuelva a abrirlo.",
  "err.cmd.no_patient": "Faltan los datos del niño. Llene primero la primera página.",
  "err.cmd.not_found": "No se encontró ese dato. Tal vez ya fue cambiado.",
  "err.cmd.already_amended":
    "Este registro ya fue corregido. Corrija la versión más reciente.",
  "err.cmd.already_acknowledged": "Este aviso ya fue atendido.",
  "err.cmd.newer_version":
    "Este diario fue escrito por una versión más nueva de Centinela. Actualice la aplicación.",
  "err.cmd.not_a_diary": "El archivo del diario está dañado o no es un diario de Centinela.",
  "err.cmd.corrupt": "El diario tiene algo que esta versión no puede leer.",
  "err.cmd.invalid_phone":
    "Revise los teléfonos: al menos 3 dígitos; solo dígitos, espacios y + - ( ) .",
  "err.cmd.rejected": "Algo en el formulario no se acepta. Por favor revíselo.",
  "err.cmd.unknown": "Algo salió mal: {message}",
};

export const dictionaries: Record<Lang, Record<string, string>> = { en, es };

export type Vars = Record<string, string | number>;

/** Text for `key` in `lang`, with `{name}` placeholders filled from `vars`.
 *  A missing key shows the key itself, so it is visible, not blank. */
export function t(key: Key, lang: Lang, vars?: Vars): string {
  const s = dictionaries[lang][key] ?? key;
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/** The locale for `Intl` formatting. */
export function locale(lang: Lang): string {
  return lang === "es" ? "es-MX" : "en-US";
}

/** The starting language: Spanish if the system prefers any Spanish, else English. */
export function initialLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "es") return "es";
    if (base === "en") return "en";
  }
  return "en";
}
