### Los documentos impresos (la hoja del refrigerador, el informe, el registro de capacitación), español de México.

## La hoja del refrigerador (una página: cada línea corta)
sheet-title = { $name }: qué vigilar y a quién llamar
sheet-footer = Centinela · { $rules } · impreso el { $today }. Esta hoja no sustituye las indicaciones del equipo: si tiene dudas, llame.

## Todos los documentos
document-page = Página { $page } de { $pages }
sheet-limits = Los límites son para la edad de { $name } hoy: <b>{ $age }</b>, los mismos que usa Centinela.
sheet-bag = <b>Próximo cambio de bolsa: { $due }</b>; una bolsa nueva cada { $hours } h: anótela al ponerla.
sheet-bag-past = { $due } (ya pasó: revise el diario)
sheet-bag-none = aún no anotado
sheet-low-bp = Presión baja (número de arriba menor de { $systolic })
sheet-oxygen-below = Oxigenación (SpO₂) menor de { $percent }%
sheet-low-bp-fever = { $lowBp } con temperatura de { $fever } o más en las últimas { $recentHours } h, o medicina para la fiebre en las últimas { $currentHours } h
sheet-low-bp-shock = { $lowBp } y cualquiera de: { $signs }
sheet-infant-fever = Temperatura de { $fever } o más (bebé de menos de 3 meses)
sheet-low-bp-twice = { $lowBp } dos veces en 30 minutos
sheet-pump-heading = La bomba o la línea
sheet-fever = Temperatura de { $fever } o más
sheet-low-bp-again = { $lowBp }: vuelva a tomarla ahora, y llame
sheet-cold = Temperatura menor de { $temp }: vuelva a tomarla ahora, y llame
sheet-breathing = Respiración de { $rate } o más por minuto
sheet-pulse-extreme = Pulso de { $rate } o más por minuto
sheet-no-new-bag = Sin bolsa nueva { $minutes } minutos después de la hora del cambio
sheet-pulse-high = Pulso mayor de { $rate } latidos por minuto
sheet-reading-every = Un registro cada { $every } h, cada { $close } h en días de vigilancia estrecha (1–{ $firstDays }, aumento de dosis y el siguiente).
sheet-fever-medicine = La medicina para la fiebre puede ocultar la fiebre: en cada registro, anote en el diario si la recibió.
sheet-no-phones = Aún no hay teléfonos guardados
sheet-ask-team = pídalos al equipo

## The clinic report
# El informe clínico, para el equipo: aquí van bien las palabras clínicas que usa la clínica.
report-title = Informe clínico: { $name }
report-footer = Centinela · { $name } · informe clínico del { $made }
report-intro = Blinatumomab en casa, tal como la familia lo registró en Centinela. Las horas son la hora local de la familia ({ $offset }).
report-child = El niño o la niña
report-course = El ciclo
report-name = Nombre
report-birth = Fecha de nacimiento
report-birth-value = { $date } ({ $age })
report-weight = Peso
report-not-entered = sin registrar
report-height = Estatura
report-fever-limit = Límite de fiebre (plan de cuidados)
report-made = Informe hecho
report-made-with = Hecho con
report-made-with-value = Centinela { $version }, reglas { $rules }
report-course-label = Ciclo
report-course-none = aún no se ha registrado el ciclo
report-every = cada { $every } h; cada { $close } h en días de vigilancia estrecha ({ $days })
report-and = { $rest } y { $last }
report-today = Hoy
report-start = Inicio (día 1)
report-planned-end = Fin previsto
report-planned-end-value = { $date } (día { $day })
report-step-up = Aumento de dosis
report-step-up-value = día { $day }, { $date }
report-step-up-none = no está previsto
report-readings = Registros
report-bags = Bolsas puestas
report-interruptions = Interrupciones
report-interruptions-paused = { $n } (en pausa ahora)
report-day-of = Día { $n } de { $days }
report-close-watch-day = { $day } (día de vigilancia estrecha)
report-not-started = Aún no empieza ({ $n ->
    [one] falta { $n } día
   *[other] faltan { $n } días
})
report-course-ended = El ciclo terminó
report-summary = Resumen
report-alerts-count = { $n ->
    [one] { $n } alerta
   *[other] { $n } alertas
}
report-alerts-open = { $n } sin atender
report-missed-count = { $n ->
    [one] { $n } recordatorio no atendido a tiempo
   *[other] { $n } recordatorios no atendidos a tiempo
}.
report-paused-now = La infusión está en pausa ahora, desde el { $since }: { $reason }.
report-readings-count = { $n ->
    [one] { $n } registro
   *[other] { $n } registros
}
report-readings-corrected = ({ $n ->
    [one] { $n } corregido
   *[other] { $n } corregidos
})
report-readings-last = el último el { $when }
report-bags-none = Aún no se registró ninguna bolsa.
report-bag = Bolsa
report-bag-put-on = Puesta el
report-bag-lasts = Dura
report-bag-due = Vence
report-bag-by = Registró, nota
report-pauses = Interrupciones de la infusión
report-pauses-none = Sin interrupciones.
report-pause-from = Desde
report-pause-to = Hasta
report-pause-length = Duración
report-pause-reason = Motivo
report-pause-still = Sigue en pausa
report-pause-so-far = { $length } hasta ahora
report-paused-by = pausó { $who }
report-resumed-by = reanudó { $who }
report-charts = Gráficas
report-axis-course = Día del ciclo (arriba) y fecha
report-axis-date = Fecha
report-now = ahora
report-fever-limit-series = Límite de fiebre (plan de cuidados): { $temp }
report-temperature-series = Temperatura ({ $unit })
report-temperature-flagged = En o sobre el límite de fiebre
report-temperature-title = Temperatura, { $unit }
report-temperature-none = Aún no hay registros de temperatura
report-systolic-limit = Baja para la edad: menor de { $limit }
report-systolic-series = Sistólica (mmHg)
report-systolic-flagged = Bajo el límite para la edad
report-systolic-title = Presión arterial sistólica, mmHg
report-systolic-none = Aún no hay registros de presión
report-pulse-limit = Rápido para la edad: mayor de { $limit }
report-pulse-unit = por minuto
report-pulse-series = Pulso (latidos por minuto)
report-pulse-flagged = Sobre el límite para la edad
report-pulse-title = Pulso, latidos por minuto
report-pulse-none = Aún no hay registros de pulso
report-limit-from = { $limit } desde el { $date }
report-alerts = Alertas
report-alerts-none = No hubo alertas.
report-alerts-lead = Cada alerta que dio Centinela, de la más antigua a la más reciente, con quién la atendió y qué dijo el equipo.
report-alert-raised = Alerta
report-alert-action = Qué hacer
report-alert-why = Por qué
report-alert-ack = Atendida
report-alert-by = Por { $who }, { $when }
report-alert-not-ack = Sin atender
report-team-said = <b>El equipo dijo: </b>“{ $said }”
report-alert-rules = (reglas { $rules })
report-missed = Recordatorios no atendidos a tiempo
report-missed-lead = Se anota un recordatorio de tomar los signos, cambiar la bolsa o confirmar la premedicación cuando siguió pendiente más de { $minutes } minutos después de su hora, sin importar cómo terminó (un registro, una bolsa nueva, al aceptarlo o al terminar el ciclo); un cambio de bolsa con { $overdue } minutos de atraso siempre se anota.
report-missed-none = No hubo recordatorios sin atender a tiempo.
report-missed-reminder = Recordatorio
report-missed-due = Hora
report-missed-ended = Cómo terminó
report-after-bag-due = { $late } después de la hora de cambiar la bolsa
report-after-time = { $late } después de su hora
report-still-open = Sigue pendiente en este informe ({ $after })
report-ended-course = Seguía pendiente al terminar el ciclo, el { $when } ({ $after })
report-ended-reading = Registro anotado el { $when } ({ $after })
report-ended-bag = Bolsa nueva registrada el { $when } ({ $after })
report-ended-resumed = Infusión reanudada el { $when } ({ $after })
report-ended-ok-by = { $who } presionó “Entendido” el { $when } ({ $after })
report-ended-ok = Se presionó “Entendido” el { $when } ({ $after })
report-every-reading = Todos los registros
report-readings-none = Aún no hay registros.
report-readings-lead = Del más antiguo al más reciente. Los valores fuera de los límites van en negritas. Un registro corregido va en gris, con quién lo corrigió, cuándo y por qué; su corrección es la fila siguiente.
report-col-time = Hora
report-col-temp = Temp.
report-col-bp = Presión mmHg
report-col-pulse = Pulso
report-col-signs = Señales
report-col-pump = Bomba
report-col-alert = Alerta
report-correction-note = <b>Corregido por { $who } el { $when }.</b> Motivo: “{ $reason }”. La corrección es la fila siguiente.
report-corrected = Corregido
report-correction = Corrección
report-day-band = Día { $n } de { $days } · { $date }
report-signs-none = Ninguna
report-breathing = Respiración { $rate }/min
report-fever-medicine-at = Medicina para la fiebre a las { $time }
report-fever-medicine-6h = Medicina para la fiebre en las últimas 6 h
report-minutes = { $m } min
report-hours = { $h } h { $m } min
report-days = { $d ->
    [one] { $d } día
   *[other] { $d } días
} { $h } h
