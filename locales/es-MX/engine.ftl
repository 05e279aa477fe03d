### Las palabras del motor, español de México (usted): señales, motivos, consejos,
### recordatorios, lo que puede impedir que la alarma despierte a la familia, y la tarjeta
### "Cuando llame, diga esto". Las pantallas, los PDF, la bandeja y las notificaciones
### muestran estos mismos mensajes.

## Señales (significados de care-rules §5, en palabras sencillas). La casilla, el
## resultado, el diario y la hoja del refrigerador muestran estas.
symptom-seizure = Convulsión: se sacude o se pone rígido y no se da cuenta
symptom-unresponsive = No se despierta o no responde
symptom-breathing_difficulty = Le cuesta mucho respirar, o labios o cara morados
symptom-confusion = Confundido: no sabe dónde está ni quién es usted
symptom-speech_difficulty = Habla arrastrada o no encuentra las palabras
symptom-tremor = Temblor nuevo de las manos o del cuerpo
symptom-unusual_sleepiness = Mucho más dormido de lo normal, cuesta mantenerlo despierto
symptom-balance_problem = Torpeza nueva, camina inestable o se cae
symptom-not_interacting = Bebé o niño pequeño: no hace contacto visual con usted ni reacciona como siempre
symptom-inconsolable_cry = Bebé o niño pequeño: llora y no se le puede calmar
symptom-rigors = Escalofríos con temblor
symptom-fast_breathing = Respira mucho más rápido de lo normal
symptom-dizziness_fainting = Mareado, aturdido o se desmayó
symptom-pale_cold_skin = Piel pálida, grisácea o manchada; manos y pies fríos
symptom-severe_headache = Dolor de cabeza fuerte: no puede jugar o no se quita
symptom-vomiting_persistent = Vomita y no retiene los líquidos
symptom-diarrhea_severe = 7 o más evacuaciones aguadas al día, o sangre en la popó
symptom-rash_widespread = Ronchas en gran parte del cuerpo, o ampollas o piel que se despega
symptom-bleeding = Sangrado que no para, o sangre en pipí, popó o vómito
symptom-little_urine = Hace mucho menos pipí (menos pañales mojados)
symptom-headache = Dolor de cabeza leve
symptom-nausea = Tiene ganas de vomitar (náuseas)
symptom-vomiting = Vomitó, pero retiene los líquidos
symptom-diarrhea = Evacuaciones aguadas, menos de 7 al día
symptom-rash = Ronchas en un área pequeña
symptom-fatigue = Más cansado o débil de lo normal
symptom-muscle_aches = Dolor de músculos o de articulaciones
symptom-line_site_redness = Rojo, hinchado o adolorido donde entra el catéter
symptom-dressing_wet_loose = El apósito del catéter está mojado, flojo o despegado

## El estado de la bomba como oración (el resultado, la tarjeta para llamar)
pump-sentence-running = La bomba funciona normalmente
pump-sentence-alarm = Está sonando la alarma de la bomba
pump-sentence-stopped = La bomba se detuvo
pump-sentence-disconnected = El tubo de la infusión se soltó
pump-sentence-leaking = La línea o la bolsa está goteando
pump-sentence-bag_empty = La bolsa se ve vacía
pump-sentence-line_out_or_broken = El catéter se salió, o está cortado o roto

## Por qué el motor eligió su acción (care-rules §7)
reason-pump-advice = No cambie la programación de la bomba, no lave la línea y no vuelva a conectar un tubo que se soltó. Llame al equipo ahora.
reason-line-out-advice = Si se salió, presione el sitio con una gasa limpia. Si está roto, píncelo o apriételo entre la rotura y el cuerpo. Detenga la bomba y vaya a urgencias ahora.
reason-pump_alarm = { pump-sentence-alarm }. { reason-pump-advice }
reason-pump_stopped = { pump-sentence-stopped }. { reason-pump-advice }
reason-pump_disconnected = { pump-sentence-disconnected }. { reason-pump-advice }
reason-pump_leaking = { pump-sentence-leaking }. { reason-pump-advice }
reason-pump_bag_empty = { pump-sentence-bag_empty }. { reason-pump-advice }
reason-pump_line_out_or_broken = { pump-sentence-line_out_or_broken }. { reason-line-out-advice }
reason-fever = Fiebre: la temperatura está en o por encima del límite de fiebre del plan de cuidados.
reason-infant_fever = Fiebre de 38.0 °C (100.4 °F) o más en un bebé de menos de 3 meses.
reason-hypothermia = La temperatura está por debajo de 36.0 °C (96.8 °F). Vuelva a tomarla ahora, y llame.
reason-hypotension = La presión está baja para la edad del niño. Vuelva a tomarla ahora para confirmar, y llame.
reason-hypotension_confirmed = La presión salió baja para la edad del niño dos veces en 30 minutos.
reason-crs_grade_2 = Fiebre (o medicina para la fiebre o una dosis de esteroide) junto con presión baja u oxigenación baja: posible reacción grave a la medicina (síndrome de liberación de citocinas, SLC).
reason-sepsis_signs = Fiebre o escalofríos junto con una señal de mala circulación o respiración rápida: posible infección grave, aunque la presión esté normal.
reason-shock_signs = Presión baja con mareo, piel pálida y fría o sueño fuera de lo normal: señales de choque (shock): el cuerpo no recibe suficiente sangre.
reason-hypoxia = Oxigenación por debajo de 90%.
reason-low_oxygen = Oxigenación por debajo de 92%.
reason-tachycardia = El pulso está rápido para la edad del niño.
reason-tachycardia_extreme = El pulso está muy rápido para la edad del niño.
reason-bradycardia = El pulso está lento para la edad del bebé. Vuelva a tomarlo ahora, y llame.
reason-bradycardia_severe = El pulso está por debajo de 60 por minuto.
reason-fast_breathing_measured = La respiración está rápida para la edad del niño.
reason-icans_ice_1 = La revisión neurológica dio de 7 a 9 de 10: algunas respuestas fueron incorrectas.
reason-icans_ice_2 = La revisión neurológica dio 6 o menos de 10.
reason-capd_positive = La revisión neurológica (CAPD) dio 9 o más: el niño puede estar confundido.
reason-infant_fluid_loss = Vómito o diarrea en un bebé de menos de 6 meses: un bebé tan pequeño se deshidrata rápido.
reason-no_recent_reading = No hay registro en las últimas 6 horas: tome los signos ahora y anótelos.
# Una alerta guardada por un Centinela más nuevo que este no conoce.
reason-unknown = Una alerta que esta versión de Centinela no conoce ({ $code }). Si le preocupa, llame al equipo.

## Lo que cada acción significa para la familia (care-rules §7). Emergencia: primero la ambulancia.
advice-emergency = Emergencia. Convulsión, no despierta, le cuesta respirar u oxigenación menor de 90: llame al número de emergencias para pedir una ambulancia; no maneje. Si no, vaya a urgencias ahora. Lleve la bomba y la bolsa, sin desconectar; diga "infusión de blinatumomab, posible síndrome de liberación de citocinas". Después llame al teléfono de 24 horas del equipo.
advice-call_now = Llame ahora al teléfono de 24 horas del equipo. Si nadie contesta ni le devuelve la llamada en 10 minutos, llame al segundo contacto; si nadie contesta, vaya a urgencias. Mientras espera, quédese con el niño y vuelva a tomar los signos en 15 minutos; si algo empeora, es una emergencia.
advice-call_today = Avise al equipo hoy, por teléfono durante el día (después de las 8 a.m. si ahora es de noche). Llame antes si empeora o aparece una señal nueva.
advice-routine = Nada que hacer por ahora. Siga el horario de registros, y vuelva a tomar los signos si algo cambia.
advice-ambulance = Emergencia: llame ahora al número de emergencias para pedir una ambulancia; no maneje. Lleve la bomba y la bolsa con el niño, sin desconectarla; diga "infusión de blinatumomab, posible síndrome de liberación de citocinas". Después llame al teléfono de 24 horas del equipo.
advice-emergency-department = Emergencia: vaya ahora a la sala de urgencias más cercana, o llame al número de emergencias si no puede llegar rápido. Lleve la bomba y la bolsa con el niño, sin desconectarla; diga "infusión de blinatumomab, posible síndrome de liberación de citocinas". Después llame al teléfono de 24 horas del equipo.
advice-no-recent-reading = Tome los signos ahora y anótelos: no hay ningún registro de las últimas 6 horas.

## Recordatorios: el título de la notificación y qué hacer. Genéricos: sin nombre ni valores.
reminder-title-bag_heads_up = Se acerca el cambio de bolsa
reminder-title-bag_due = Es hora de cambiar la bolsa de la infusión
reminder-title-bag_overdue = Cambio de bolsa atrasado: llame al equipo ahora
reminder-title-reading_due = Es hora de tomar los signos
reminder-title-premedication_start = Mañana empieza la infusión
reminder-title-premedication_step_up = Mañana sube la dosis
reminder-title-long_pause = La infusión lleva 4 horas en pausa
reminder-body-bag_heads_up = La bolsa de la infusión debe cambiarse pronto. Planee el viaje a la clínica.
reminder-body-bag_due = La bolsa vence ahora. Cuando pongan la bolsa nueva en la bomba, anótela en Centinela.
reminder-body-bag_overdue = La infusión puede detenerse. Llame al equipo ahora. No cambie la programación de la bomba.
reminder-body-reading_due = Tome la temperatura y los demás signos, y anótelos en Centinela.
reminder-body-premedication_start = Es posible que el equipo tenga que dar una medicina, dexametasona, antes de iniciar la infusión. Confirme la hora con ellos.
reminder-body-premedication_step_up = Es posible que el equipo tenga que dar una medicina, dexametasona, antes del cambio de dosis. Confírmelo con ellos.
reminder-body-long_pause = Llame al equipo antes de reanudar la infusión.
reminders-group-slept =
    { $count ->
        [one] 1 recordatorio venció mientras la computadora estaba suspendida
       *[other] { $count } recordatorios vencieron mientras la computadora estaba suspendida
    }
reminders-group-started =
    { $count ->
        [one] 1 recordatorio venció mientras Centinela estaba cerrado
       *[other] { $count } recordatorios vencieron mientras Centinela estaba cerrado
    }
reminders-group-running =
    { $count ->
        [one] 1 recordatorio pendiente
       *[other] { $count } recordatorios pendientes
    }
reminders-group-body = { $top }. Abra Centinela para verlos todos.

## Lo que puede impedir que la alarma despierte a la familia (issue 20)
concern-title-sound_muted = El sonido está apagado: Centinela no puede despertarle
concern-title-sound_low = El sonido está al { $volume }%: la alarma quizá no le despierte
concern-title-notifications_hidden = No molestar está activado: las notificaciones no se muestran
concern-title-battery_alarm = Batería al { $percent }%: conecte el cargador ahora
concern-title-battery_low = Batería al { $percent }%: conecte el cargador
concern-title-unplugged_at_night = El cargador no está conectado
concern-title-start_at_login_off = Centinela no se abrirá solo después de reiniciar la computadora
concern-advice-sound_muted = Encienda y suba el sonido de la computadora para que la alarma se oiga en la noche.
concern-advice-sound_low = Suba el sonido de la computadora al menos al { $limit }%.
concern-advice-notifications_hidden = Desactive «No molestar» en la configuración de la computadora. La alarma sigue sonando, pero los recordatorios no aparecerán.
concern-advice-battery_alarm = La computadora puede apagarse pronto, y entonces ninguna alarma podrá despertarle. Conecte el cargador.
concern-advice-battery_low = Deje la computadora conectada durante la noche, para que la batería no se acabe antes del siguiente recordatorio.
concern-advice-unplugged_at_night = { concern-advice-battery_low }
concern-advice-start_at_login_off = Si la computadora se reinicia, los recordatorios se detienen hasta que alguien abra Centinela. Active «Abrir Centinela al iniciar sesión» en Configuración.
concern-several = Es posible que Centinela no pueda despertarle

## Edades, como las dice la familia (espacio sin corte entre número y palabra)
age-years =
    { $n ->
        [one] 1 año
       *[other] { $n } años
    }
age-months =
    { $n ->
        [one] 1 mes
       *[other] { $n } meses
    }
age-days =
    { $n ->
        [one] 1 día
       *[other] { $n } días
    }

## Horas dentro de una oración: "a la 1:50 a.m.", "el vie a las 8:00 p.m."
call-clock = { $hour }:{ $minute } { $pm ->
        [yes] p.m.
       *[no] a.m.
    }
call-at = { $hour ->
        [1] a la
       *[other] a las
    } { call-clock }
call-at-day = el { $day } { call-at }
weekday-short-1 = lun
weekday-short-2 = mar
weekday-short-3 = mié
weekday-short-4 = jue
weekday-short-5 = vie
weekday-short-6 = sáb
weekday-short-7 = dom

## "Cuando llame, diga esto" (issue 18), en el orden en que pregunta el médico de guardia
call-title = Cuando llame, diga esto
call-heading-who = Quién
call-heading-what = Qué está pasando
call-heading-did = Qué hizo usted, qué aconsejó Centinela
call-course-day = Con blinatumomab en casa: día { $day } de { $days }.
call-on-blinatumomab = Con blinatumomab en casa.
call-step-after = Después del aumento de dosis del día { $day }.
call-step-before = Antes del aumento de dosis (día { $day }).
call-bag-on = La bolsa actual se colocó { $when }
call-name-temperature = Temperatura
call-name-blood_pressure = Presión
call-name-pulse = Pulso
call-name-breathing = Respiración
call-name-oxygen = Oxigenación
call-amount-temperature = { $value }
call-amount-blood_pressure = { $value } mmHg
call-amount-pulse = { $value } por minuto
call-amount-breathing = { $value } respiraciones por minuto
call-amount-oxygen = { $value }%
call-reading = { $name } { $amount } { $at }
call-reading-before = { $name } { $amount } { $at } (antes: { $before } { $beforeAt })
call-signs = Señales marcadas: { $signs }
call-neuro = Revisión neurológica ({ $scale }): { $score } de { $max } { $at }
call-neuro-usual = Revisión neurológica ({ $scale }): { $score } de { $max } { $at }; lo habitual: { $usual }
call-no-reading = Ningún registro en las últimas 48 horas.
call-fever-medicine-at = Medicina para la fiebre dada { $when }
call-fever-medicine-recent = Medicina para la fiebre dada en las últimas 6 horas.
call-advised = Centinela aconsejó: { $advice }
## El recuadro de la hoja del refrigerador: qué tener a mano, en el orden de la tarjeta
call-sheet-who = Con blinatumomab en casa; día del ciclo; hora de la bolsa.
call-sheet-what = cada señal con su valor y hora, y la anterior; medicina para la fiebre; la bomba.
call-sheet-did = un registro repetido; el consejo de Centinela.

## Fechas y horas: una sola forma por idioma para las pantallas y los PDF
## (México: el día antes del mes, "de", reloj de 12 horas; "sáb 21 de nov, 2:05 p.m.")
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sep
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic
weekday-long-1 = lunes
weekday-long-2 = martes
weekday-long-3 = miércoles
weekday-long-4 = jueves
weekday-long-5 = viernes
weekday-long-6 = sábado
weekday-long-7 = domingo
date-weekday-day = { $weekday } { $day } de { $month }
date-weekday-day-year = { $weekday } { $day } de { $month } de { $year }
date-weekday-day-time = { $weekday } { $day } de { $month }, { $time }
date-long = { $weekday }, { $day } de { $month } de { $year }
date-plain = { $day } de { $month } de { $year }
date-short = { $day } de { $month } de { $year }
date-weekday-day-year-time = { $weekday } { $day } de { $month } de { $year }, { $time }
date-day-month = { $day } { $month }
