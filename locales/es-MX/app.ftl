### Las pantallas de Centinela, español de México (usted). Los ids son los mismos en cada idioma.

app-name = Centinela
welcome-sentence = Un lugar tranquilo para anotar los signos vitales de su hijo o hija en casa, y saber a quién llamar.
lang-label = Idioma
lang-en = English
lang-es = Español
info-dataDir = Su diario se guarda en esta computadora, en
info-version = Versión
common-loading = Cargando…
common-saving = Guardando…
common-cancel = Cancelar
common-tryAgain = Intente de nuevo
common-optional = opcional
common-required = obligatorio

## Top bar
nav-label = Menú principal
nav-home = Inicio
nav-more = Más
nav-newReading = Nuevo registro
nav-diary = Diario
nav-charts = Gráficas
nav-settings = Configuración

## Actions (the four states)
action-emergency = Emergencia
action-call_now = Llame al equipo ahora
action-call_today = Avise al equipo hoy
action-routine = Todo bien
action-short-emergency = Emergencia
action-short-call_now = Llamar ahora
action-short-call_today = Avisar hoy
action-short-routine = Todo bien


## First run / settings
setup-title = Le damos la bienvenida a Centinela
setup-intro = Llene esto junto con su enfermera. Puede cambiar todo después en Configuración.
settings-title = Configuración
settings-intro = Cambie los datos del niño, el plan de cuidados y a quién llamar.
setup-child = El niño o la niña
setup-name = Nombre del niño o la niña
setup-birthDate = Fecha de nacimiento
setup-weight = Peso (kg)
setup-height = Estatura (cm)
setup-carePlan = El plan de cuidados
setup-feverThreshold = Fiebre a partir de (°C)
setup-feverHint = Lo decide el equipo médico: entre 37.5 y 38.5 °C. Normalmente 38.0 °C.
setup-feverInF = Equivale a { $value } °F.
setup-contacts = A quién llamar
setup-contactsIntro = En una emergencia la aplicación muestra estos números en este orden. Revise cada uno con su enfermera.
setup-team = Teléfono de 24 horas del equipo
setup-teamHint = Necesario: el número del equipo médico que contesta de día y de noche.
setup-second = Segundo contacto
setup-secondHint = A quién llamar si el teléfono de 24 horas del equipo no contesta en 10 minutos.
setup-ed = Sala de urgencias más cercana
setup-emergencyNumber = Número local de emergencias
setup-contactName = Nombre
setup-phone = Teléfono
setup-address = Dirección
setup-display = En esta computadora
setup-language = Idioma de la aplicación
setup-unit = Unidad de temperatura
setup-unitC = °C (Celsius)
setup-unitF = °F (Fahrenheit)
setup-course = El ciclo de tratamiento
setup-courseStart = Primer día de este ciclo
setup-caregiver = Nombre de la persona que normalmente escribe en el diario
setup-save = Guardar y empezar
settings-save = Guardar cambios
settings-saved = Guardado.
setup-fixErrors = Algunas respuestas necesitan un cambio. Busque los mensajes en rojo.

## Home
home-title = Inicio
home-latest = Último registro
home-noReading = Todavía no hay registros.
home-openAlerts = Todavía no ha llamado
home-alertRaised = Alerta del { $time }
home-next = Qué hacer ahora
home-why = Por qué
home-newReading = Nuevo registro
home-problemNoTeamLine = Falta el teléfono de 24 horas del equipo. Sin él la aplicación no puede decirle a quién llamar.
home-problemFix = Agréguelo en Configuración
ack-open = Ya llamé — ¿qué dijo el equipo?
ack-title = Después de su llamada
ack-by = Quién llamó
ack-note = Qué dijo el equipo
ack-save = Guardar
ack-byMissing = Escriba el nombre de la persona que llamó.
ack-done = Guardado. Siga lo que le dijo el equipo.
home-lastCall = { $who } llamó al equipo el { $time }
home-teamSaid = El equipo dijo
home-takeReading = Es hora de un registro
home-lastCallNext = Siga lo que le dijo el equipo. Si su hijo o hija empeora o aparece una señal nueva, vuelva a tomar los signos y anótelos.

## Escalation
esc-title = A quién llamar, en este orden
esc-titleEmergency = Emergencia: llame o vaya ahora
esc-nextRule = Si nadie contesta ni le devuelve la llamada en 10 minutos, llame al siguiente.
esc-emergencyRule = No espere a que le devuelvan la llamada. Cuando la ayuda ya esté en camino, llame al teléfono de 24 horas del equipo.
esc-lastRule = Si nadie contesta, vaya a la sala de urgencias.
esc-worse = Si su hijo o hija empeora en cualquier momento, llame al { $number }.
esc-noContacts = No hay teléfonos guardados. Agréguelos en Configuración.
role-team24h = Teléfono de 24 horas del equipo
role-second = Segundo contacto
role-emergency_department = Sala de urgencias
role-emergency_number = Número de emergencias

## New reading
reading-title = Nuevo registro
reading-amendTitle = Corregir un registro
reading-intro = Anote lo que midió. Deje vacío lo que no midió.
reading-time = Fecha y hora del registro
reading-now = Ahora
reading-temp = Temperatura ({ $unit })
reading-bp = Presión arterial (mmHg)
reading-systolic = Número de arriba (sistólica)
reading-diastolic = Número de abajo (diastólica)
reading-hr = Pulso (latidos por minuto)
reading-spo2 = Oxigenación (SpO₂ %)
reading-antipyretic = ¿Recibió medicina para la fiebre (como paracetamol o ibuprofeno) en las últimas 6 horas?
reading-yes = Sí
reading-no = No
reading-antipyreticAt = ¿A qué hora la recibió? Déjelo vacío si tiene dudas.
reading-rr = Respiraciones (por minuto)
reading-rrHint = Cuente durante un minuto completo con el niño tranquilo: cada vez que sube el pecho es una respiración.
reading-noSymptoms = Ninguna de estas señales
reading-neuroHint = Si marcó una señal de confusión, del habla, temblor o somnolencia, o una vez al día, haga la revisión guiada: toma unos minutos.
reading-neuroAgain = Hacer la revisión otra vez
reading-neuroUse = Agregarla a este registro
reading-unansweredTitle = Sin responder: se mantiene la última respuesta que dio para
reading-unanswered-antipyretic = Medicina para la fiebre
reading-repeatTitle-bp = Otra vez la presión
reading-repeatTitle-temp = Otra vez la temperatura
reading-repeatTitle-hr = Otra vez el pulso
reading-repeatIntro = Vuelva a tomarla ahora y anote solo esto. Las señales, la medicina para la fiebre y la bomba se quedan como las anotó en el registro anterior.
reading-symptoms = Señales que ve ahora
reading-symptomsIntro = Marque cada señal que ve ahora. Deje las demás sin marcar.
reading-group-emergency = Señales de emergencia
reading-group-call_now = Señales para llamar al equipo ahora
reading-group-call_today = Señales para avisar al equipo hoy
reading-pump = La bomba
reading-save = Guardar registro
reading-switchToF = Sí, es °F: cambiar este registro a °F
reading-fixErrors = No se guardó nada. Busque los mensajes en rojo.
amend-reason = ¿Por qué lo corrige?
amend-by = Quién lo corrige
amend-save = Guardar corrección
amend-of = Corrigiendo el registro del { $time }

## Pump
pump-running = Funciona normalmente
pump-alarm = Suena la alarma
pump-stopped = Detenida
pump-disconnected = Línea desconectada del niño
pump-leaking = Gotea (línea o bolsa)
pump-bag_empty = La bolsa se ve vacía
pump-line_out_or_broken = El catéter se salió, o está cortado o roto


## Result
result-title = Registro guardado
result-reasons = Lo que vimos
result-noReasons = Nada en este registro requiere una llamada.
result-next = Qué hacer ahora
result-done = Volver al inicio
steroid-question-start = ¿A qué hora se le dio la dexametasona (la premedicación) antes del inicio?
steroid-question-step_up = ¿A qué hora se le dio la dexametasona (la premedicación) antes de que subiera la dosis?
steroid-question-restart = La infusión estuvo detenida 4 horas o más. ¿Se le dio dexametasona antes de reiniciarla? Si fue así, ¿a qué hora?
steroid-why = La dexametasona puede ocultar la fiebre durante un día, así que Centinela la tiene en cuenta al leer la temperatura.
steroid-when = Fecha y hora en que se le dio
steroid-save = Guardar esta hora
steroid-notGiven = No se le dio
steroid-open = Ya se le dio la dexametasona: anotar la hora
steroid-saved = La hora de la dexametasona quedó guardada.
result-repeat-bp = Tomar la presión otra vez ahora
result-repeat-temp = Tomar la temperatura otra vez ahora
result-repeat-hr = Tomar el pulso otra vez ahora

## Diary
diary-title = Diario
diary-empty = No hay nada escrito en el diario en los últimos { $days } días.
diary-reading = Registro
diary-recordedBy = anotado por { $who }
diary-corrected = Corregido
diary-correctedBy = Corregido por { $who } el { $time }. Motivo: { $reason }
diary-correctionOf = Corrección del registro del { $time }
diary-correctionReason = Motivo: { $reason } ({ $who })
diary-amend = Corregir este registro
diary-alert = Alerta
diary-ack = Llamada hecha
diary-ackBy = { $who } llamó al equipo el { $time }.
diary-teamSaid = El equipo dijo: { $note }
diary-waiting = Todavía no ha llamado
diary-symptoms = Señales
diary-noSymptoms = Ninguna señal marcada
diary-pump = Bomba
diary-antipyretic = Medicina para la fiebre en las últimas 6 horas
diary-antipyreticAt = Medicina para la fiebre a las { $time }
diary-today = Hoy
diary-yesterday = Ayer

## Values
value-temp = Temperatura
value-bp = Presión
value-hr = Pulso
value-spo2 = Oxigenación
value-rr = Respiración
unit-bpm = por minuto

## Charts
charts-title = Gráficas
charts-period = Los últimos { $days } días
charts-temp = Temperatura ({ $unit })
charts-systolic = Presión, número de arriba (mmHg)
charts-hr = Pulso (latidos por minuto)
charts-feverLine = Límite de fiebre: { $value }
charts-systolicLimit = Demasiado baja debajo de la línea (límite para la edad del niño)
charts-hrLimit = Demasiado rápido arriba de la línea (límite para la edad del niño)
charts-flagged = Requiere atención
charts-normal = Registro
charts-none = No hay registros de este tipo en los últimos { $days } días.
charts-flaggedCount =
    { $n ->
        [one] 1 registro requirió atención.
       *[other] { $n } registros requirieron atención.
    }

## Errors: readings
err-number = Escriba un número, por ejemplo { $example }.
err-temp-range = Escriba una temperatura entre { $min } y { $max } { $unit }.
err-temp-looksF = { $value } no es una temperatura del cuerpo en °C (30 a 45 °C). Parece estar en °F.
err-bp-systolicRange = El número de arriba debe estar entre { $min } y { $max } mmHg.
err-bp-diastolicRange = El número de abajo debe estar entre { $min } y { $max } mmHg.
err-bp-order = El número de abajo debe ser menor que el de arriba.
err-bp-both = Escriba los dos números de la presión, o ninguno.
err-hr-range = Escriba un pulso entre { $min } y { $max } latidos por minuto.
err-spo2-range = Escriba una oxigenación entre { $min } y { $max } %.
err-time-missing = Escriba la fecha y la hora del registro.
err-time-future = La hora no puede ser más de 5 minutos después de ahora.
err-time-beforeBirth = La hora no puede ser antes de la fecha de nacimiento.
err-reading-empty = Escriba al menos una medida, una señal o el estado de la bomba.
err-range = Se acepta de { $min } a { $max } { $unit }.

## Errors: setup
err-required = Por favor llene este dato.
err-steroid-time = Escriba la fecha y la hora en que se le dio la dexametasona.
err-repeat-temp = Escriba la temperatura que acaba de tomar.
err-repeat-bp = Escriba los dos números de la presión que acaba de tomar.
err-repeat-hr = Escriba el pulso que acaba de tomar.
err-rr-range = Escriba entre { $min } y { $max } respiraciones por minuto.
err-antipyretic-time = Escriba la fecha y la hora en que le dio la medicina, o déjelo vacío.
err-antipyretic-afterReading = La hora de la medicina es después de la hora del registro. Revise las dos horas.
err-antipyretic-tooEarly = Eso es más de 6 horas antes del registro. Si le dio la medicina antes, responda No.
err-birth-future = La fecha de nacimiento no puede ser en el futuro.
err-birth-range = Revise la fecha de nacimiento.
err-weight-range = Escriba un peso entre { $min } y { $max } kg.
err-height-range = Escriba una estatura entre { $min } y { $max } cm.
err-fever-range = El límite de fiebre debe estar entre { $min } y { $max } °C.
err-phone = Revise el número: al menos 3 dígitos; solo dígitos, espacios y + - ( ) .
err-name-required = Escriba un nombre para este número.
err-courseStart = El primer día debe estar a menos de un año de hoy.

## Errors: commands
err-cmd-storage = No se pudo leer o escribir el diario. Cierre Centinela y vuelva a abrirlo.
err-cmd-no_patient = Faltan los datos del niño. Llene primero la primera página.
err-cmd-not_found = No se encontró ese dato. Tal vez ya fue cambiado.
err-cmd-already_amended = Este registro ya fue corregido. Corrija la versión más reciente.
err-cmd-already_acknowledged = Esta alerta ya fue atendida.
err-cmd-newer_version = Este diario fue escrito por una versión más nueva de Centinela. Actualice la aplicación.
err-cmd-not_a_diary = Ese archivo no es un diario ni un respaldo de Centinela, o está dañado.
err-cmd-corrupt = El diario tiene algo que esta versión no puede leer.
err-cmd-invalid_phone = Revise los teléfonos: al menos 3 dígitos; solo dígitos, espacios y + - ( ) .
err-cmd-rejected = Algo en el formulario no se acepta. Por favor revíselo.
err-cmd-unknown = Algo salió mal (código de error: { $code }). Intente de nuevo; si sigue pasando, anote el código y avise al equipo.
err-cmd-missing = Ese archivo ya no está. Elija de nuevo el archivo de respaldo.
err-cmd-not_a_file = Eso es una carpeta, no un respaldo. Elija un archivo que termine en .sqlite3.
err-cmd-unreadable = No se pudo leer ese archivo. Revise la memoria USB o la carpeta e intente de nuevo.
err-cmd-not_sqlite = Ese archivo no es un respaldo de Centinela. Un respaldo es un archivo .sqlite3 hecho por Centinela.
err-cmd-damaged = Ese respaldo está dañado y no se puede usar. No se cambió nada. Elija otro respaldo.
err-cmd-empty_diary = Ese respaldo todavía no tiene diario (no se anotó ningún niño).
err-cmd-nothing_to_back_up = Todavía no hay nada que respaldar: primero llene los datos del niño.
err-cmd-dest_is_diary = Un respaldo no puede guardarse encima del diario. Elija otro nombre.
err-cmd-write_failed = No se pudo guardar el archivo ahí. Revise que la memoria USB o la carpeta esté conectada y tenga espacio.
err-cmd-check_failed = El respaldo nuevo no pasó su revisión y no se guardó. Intente de nuevo.
err-cmd-restore_failed = No se pudo poner el respaldo. Su diario está como estaba. Cierre Centinela e intente de nuevo.
err-cmd-restore_incomplete = La restauración no terminó. Su diario como estaba quedó guardado como respaldo: restáurelo desde la lista.
err-cmd-not_a_backup_choice = Elija de nuevo el respaldo con “Restaurar desde un archivo”.
err-cmd-export_failed = No se pudo guardar el archivo. Revise que la carpeta exista y tenga espacio, e intente de nuevo.
err-cmd-open_failed = No se pudo abrir el PDF. Ábralo desde su carpeta.
err-cmd-not_exported = Centinela solo abre los documentos que guardó.
err-cmd-disk_full = El disco de la computadora está lleno, así que esto NO se guardó. Libere espacio y vuelva a presionar Guardar. Lo que escribió sigue aquí.
err-cmd-read_only = Centinela no puede escribir en su carpeta en este momento, así que esto NO se guardó. Lo que escribió sigue aquí. Revise que el disco esté conectado y vuelva a presionar Guardar. Si sigue pasando, reinicie la computadora.
err-cmd-disk_io = La computadora no pudo escribir en su disco, así que esto NO se guardó. Lo que escribió sigue aquí. Vuelva a presionar Guardar. Si sigue pasando, anote el registro en papel y reinicie la computadora.
err-cmd-diary_damaged = El archivo del diario está dañado. Cierre Centinela y vuelva a abrirlo: le ofrecerá su respaldo más reciente.

## Issue 4: course, bags, pauses and reminders
nav-newBag = Bolsa nueva
dur-min = { $m } min
dur-h = { $h } h
dur-hMin = { $h } h { $m } min
dur-hour = { $h } hora
dur-hours = { $h } horas
dur-day = { $d } día
dur-days = { $d } días
dur-daysH = { $days } { $h } h
count-in = en { $d }
count-now = vence ahora
count-overdue = con { $d } de retraso
at-time = a las { $time }
at-time1 = a la { $time }
at-timeDay = { $at } ({ $day })
every =
    { $n ->
        [one] cada hora
       *[other] cada { $n } horas
    }
course-day = Día { $day } de { $days }
course-starts = El ciclo empieza el { $date }
course-ended = El ciclo terminó
course-stepUp = La dosis sube el { $date }
course-stepUpToday = Hoy sube la dosis
course-closeWatch = Vigilancia estrecha hoy: un registro { $every }
bag-title = Próximo cambio de bolsa
bag-none = Todavía no hay una bolsa registrada
bag-noneHint = Registre la bolsa que tiene puesta ahora, para que Centinela le avise antes de que se termine.
bag-logNow = Registrar la bolsa puesta ahora
bag-logNew = Anotar la bolsa nueva
bag-dueTitle = Es hora de cambiar la bolsa
bag-dueWas = Vencía { $at }.
bag-overdueBy = Cambio de bolsa con { $d } de retraso
bag-callNow = La infusión puede detenerse — llame al equipo
bag-callNowAdvice = La infusión puede detenerse. Llame al equipo ahora. No cambie la programación de la bomba.
bag-dueHint = Vaya ahora por la bolsa nueva. Cuando se la pongan, regístrela aquí.
bag-headsUpHint = Planee ya el viaje a la clínica.
bag-pausedNote = La infusión está en pausa: los recordatorios de la bolsa esperan hasta que se reanude.
bag-hungOn = Esta bolsa se puso el { $when }.
next-title = Próximo registro
next-at = Próximo registro { $at } ({ $every })
next-atToday = Próximo registro { $at } ({ $every } hoy)
next-due = Es hora de un registro
next-dueWas = Tocaba { $at }.
next-missed = Registro atrasado — tocaba { $at }
next-take = Tomar el registro ahora
pause-open = Pausar la infusión
pause-title = Pausar la infusión
pause-reason = ¿Por qué se pausa?
pause-reasonHint = Por ejemplo: la alarma de la bomba, lo pidió el equipo, un problema con la línea.
pause-by = Quién la pausa
pause-save = Pausar la infusión
pause-since = Infusión en pausa desde { $hour ->
        [1] la
       *[other] las
    } { $time } ({ $day })
pause-soFar = En pausa desde hace { $d }.
pause-long = En pausa 4 horas o más: llame al equipo antes de reanudar la infusión (es posible que el equipo tenga que dar una medicina, dexametasona, primero).
pause-longAdvice = Llame al equipo antes de reanudar la infusión: es posible que el equipo tenga que dar una medicina, dexametasona, primero.
pause-resume = Ya se reanudó la infusión
pause-confirm = ¿Ya habló con el equipo?
pause-confirmHint = Después de 4 horas en pausa, el equipo decide cuándo y cómo se reinicia la infusión.
pause-confirmYes = Sí, ya hablé con el equipo
pause-confirmNo = Todavía no
pause-pausedDone = Guardado: la infusión está en pausa.
pause-resumedDone = Guardado: se reanudó la infusión.
rem-label = Recordatorios
rem-ok = Entendido
rem-called = Ya llamé al equipo
bagForm-title = Bolsa nueva
bagForm-intro = Registre la bolsa en cuanto se la pongan. Centinela le avisa antes de que se termine.
bagForm-hungAt = ¿Cuándo se puso la bolsa?
bagForm-duration = Cuánto dura la bolsa (viene en la etiqueta)
bagDuration-24h = 24 horas
bagDuration-48h = 48 horas
bagDuration-72h = 72 horas
bagDuration-96h = 96 horas
bagDuration-7d = 7 días
bagForm-extension = Horas extra que agregó la farmacia (0 a 8)
bagForm-extensionHint = Deje 0 si la etiqueta o la farmacia no indican otra cosa.
bagForm-note = Nota
bagForm-by = Quién la registra
bagForm-preview = Vence el { $day } { $at }
bagForm-previewNone = Escriba cuándo se puso la bolsa para ver cuándo vence.
bagForm-previewFix = Corrija las horas extra de la farmacia para ver cuándo vence.
bagForm-save = Guardar la bolsa nueva
bagForm-saved = Bolsa nueva guardada.
bagForm-past = Bolsas registradas
bagForm-pastNone = Todavía no hay bolsas registradas.
bagForm-hung = Puesta
bagForm-due = Vence
bagForm-lasts = Dura
bagForm-plusExt = { $d } + { $h } h de la farmacia
bagForm-current = Puesta ahora
setup-courseIntro = El equipo decide estas fechas. Déjelas vacías si todavía no están decididas.
setup-courseEnd = Último día previsto
setup-courseDays = Del día 1 al día { $n }.
setup-stepUp = Día en que sube la dosis
setup-stepUpHint = Un número de día, por ejemplo 8. Déjelo vacío si la dosis no cambia.
setup-reminders = Registros y recordatorios
setup-readingEvery = Horas entre registros en días normales
setup-closeWatchEvery = Horas entre registros en días de vigilancia estrecha
setup-closeWatchHint = Días de vigilancia estrecha: los días 1 a 3, el día en que sube la dosis y el día siguiente.
setup-headsUp = Avisarme antes de que venza la bolsa
setup-headsUpHint = Deje tiempo suficiente para llegar a la clínica.
setup-headsUpOption = { $d } antes
setup-startAtLogin = Abrir Centinela al iniciar sesión (recomendado, para que los recordatorios sigan llegando)
err-wholeNumber = Escriba un número entero, por ejemplo { $example }.
err-course-end = El último día debe ser el mismo que el primero o posterior, y el ciclo de { $max } días como máximo.
err-course-stepUp = La dosis debe subir entre el día { $min } y el día { $max } del ciclo.
err-course-every = Escriba entre { $min } y { $max } horas.
err-course-closeWatchLonger = En días de vigilancia estrecha los registros son al menos tan frecuentes como en días normales: use el mismo número de horas o menos.
err-course-headsUp = Elija un recordatorio de entre 15 minutos y 12 horas antes.
err-bag-hungMissing = Escriba la fecha y la hora en que se puso la bolsa.
err-bag-hungRange = La bolsa debe haberse puesto en los últimos 8 días.
err-bag-extension = El tiempo extra de la farmacia debe estar entre { $min } y { $max } horas.
err-pause-reason = Escriba por qué se pausa la infusión.
err-pause-already = La infusión ya está en pausa.
err-pause-notPaused = La infusión no está en pausa.
err-reminder-bagDue = Este recordatorio termina cuando se registra la bolsa nueva.

## Training mode (the nurse's hour; practice never touches the diary)
nav-training = Capacitación
err-cmd-training_order = Siga los pasos en orden: primero anote el registro de práctica y después responda.
err-signoff-caregivers = Escriba el nombre de al menos una persona que recibió la capacitación.
err-signoff-nurse = Escriba el nombre de la enfermera o el enfermero.
training-band = PRÁCTICA — nada de esto va al diario
training-nav-label = Menú de capacitación
training-nav-overview = Resumen
training-nav-leave = Salir de la capacitación
training-title = Capacitación para el cuidado en casa
training-intro = Revise los temas con su enfermera o enfermero y luego practique con situaciones inventadas. Nada de lo que anote aquí va al diario de su hijo o hija.
training-continue = Continuar donde se quedó
training-modules = Los siete temas
training-module-minutes = Unos { $n } min
training-module-done = Revisado el { $time }
training-module-notDone = Aún no revisado
training-scenarios = Situaciones de práctica
training-scenariosIntro = Lea lo que pasa, anótelo en el diario como lo haría en casa y luego diga qué haría.
training-state-not_tried = Sin intentar
training-state-passed = Aprobada
training-state-retry = Intente de nuevo
training-state-in_progress = En curso
training-attempts =
    { $n ->
        [one] 1 intento
       *[other] { $n } intentos
    }
training-score = { $passed } de { $total } situaciones aprobadas
training-scoreTitle = Resultado
training-reset = Empezar de nuevo
training-resetHint = Esto borra los temas revisados y las respuestas de práctica. Las firmas se conservan.
training-resetConfirm = Sí, borrar y empezar de nuevo
training-signoff-section = Firma
training-signoff-none = La capacitación aún no se ha firmado.
training-signoff-open = Firmar la capacitación
training-signoff-line = { $date }: { $caregivers }, con { $nurse } ({ $passed } de { $total } aprobadas)
training-signoff-title = Firmar la capacitación
training-signoff-intro = El personal de enfermería y las personas que cuidan confirman que se dio la capacitación. Queda guardado como registro y no se puede cambiar.
training-signoff-caregivers = Personas capacitadas
training-signoff-caregiver = Persona { $n }
training-signoff-add = Agregar otra persona
training-signoff-remove = Quitar
training-signoff-nurse = Nombre de la enfermera o el enfermero
training-signoff-note = Nota
training-signoff-summary = Lo que registra esta firma
training-signoff-modulesLine = Temas revisados: { $done } de { $total }
training-signoff-scoreLine = Práctica: { $passed } de { $total } situaciones aprobadas
training-signoff-warnModules = No todos los temas están marcados como revisados ({ $list }). Aun así puede firmar.
training-signoff-save = Firmar
training-signoff-fixErrors = No se guardó nada. Busque los mensajes en rojo.
training-signoff-saved = Capacitación firmada.
training-record-title = Registro de capacitación
training-record-caregivers = Personas capacitadas
training-record-nurse = Enfermera o enfermero
training-record-when = Firmado el
training-record-modules = Temas revisados
training-record-score = Resultado de la práctica
training-record-note = Nota
training-record-noModules = Ninguno marcado
training-pdf = Guardar como PDF
training-checklist = Imprimir la lista para el refrigerador
export-working = Preparando el PDF…
export-saved = Guardado en: { $path }
export-open = Abrir para imprimir

## Reports and backup
nav-records = Informes y respaldo
records-title = Informes y respaldo
records-working = Trabajando…
records-savedIn = Guardado en: { $path }
records-open = Abrir el PDF
records-report-title = El informe para la clínica
records-report-what = Todo el ciclo para el equipo: las gráficas, cada registro con sus correcciones, cada alerta con lo que dijo el equipo y los recordatorios no atendidos a tiempo.
records-report-lang = Idioma del informe
records-report-save = Guardar el informe para la clínica (PDF)…
records-export-title = Llevar los datos a los sistemas del hospital
records-export-who = ¿Para quién es?
records-mode-care_team = Nuestro equipo de atención
records-mode-care_team-what = Todo: el nombre del niño y su fecha de nacimiento, las fechas y horas, quién anotó cada registro y por qué se corrigió.
records-mode-sharing = Para compartir (sin datos personales)
records-mode-sharing-what = Sin nombre, fecha de nacimiento, nombres ni notas, y sin fechas de calendario: las horas se cuentan en días desde el inicio del ciclo.
records-export-csv = Guardar los registros como tabla (CSV)…
records-export-fhir = Guardar para los sistemas del hospital (FHIR)…
records-backup-title = Respaldos del diario
records-backup-lastDaily = Último respaldo automático: { $when }.
records-backup-noDaily = Todavía no hay respaldo automático.
records-backup-how = Centinela copia el diario una vez al día por sí solo y guarda las últimas 14 copias. Para pasar a otra computadora, guarde una copia en una memoria USB y restáurela allá.
records-backup-now = Hacer un respaldo ahora
records-backup-copy = Guardar una copia en una memoria USB o carpeta…
records-backup-made = Respaldo hecho: { $what }.
records-backup-list = Respaldos en esta computadora
records-backup-none = Todavía no hay respaldos.
records-backup-folder = Se guardan en { $folder }
records-kind-daily = automático
records-kind-manual = hecho a mano
records-kind-before_restore = antes de restaurar
records-kind-before_upgrade = antes de una actualización
records-kind-file = archivo elegido
records-readings-none = sin registros
records-readings =
    { $n ->
        [one] 1 registro
       *[other] { $n } registros
    }
records-lastReading = el último, el { $when }
records-restore-pick = Restaurar desde un archivo…
records-restore-this = Restaurar
records-restore-confirmTitle = ¿Reemplazar el diario con este respaldo?
records-restore-confirm = El respaldo del { $when } tiene: { $what }.
records-restore-keep = El diario como está ahora no se pierde: primero se guarda como respaldo y puede volver a él.
records-restore-yes = Sí, restaurar este respaldo
records-restore-done = El diario se restauró con el respaldo del { $when }: { $what }.
records-restore-safety = El diario como estaba antes queda guardado como el respaldo del { $when }.
records-firstRun-title = ¿Viene de otra computadora?
records-firstRun-what = Si guardó una copia de su diario de Centinela (por ejemplo en una memoria USB), restáurela aquí en lugar de empezar de nuevo.

## A damaged diary found at start (Recovery.svelte), or one that cannot be opened at all
recovery-title = El archivo de su diario está dañado
recovery-what = Al abrirse, Centinela revisó el diario y encontró que el archivo está dañado. No se borró ni se cambió: se guardó aparte, tal como estaba.
recovery-keptAt = Dónde se guarda el archivo dañado, para el equipo médico o un técnico:
recovery-choose = ¿Qué desea hacer?
recovery-restore-title = Restaurar su respaldo más reciente
recovery-restore-yes = Restaurarlo
recovery-restore-after = Los registros anotados después de ese respaldo no están en él. Si los anotó en papel, vuelva a escribirlos.
recovery-other-title = Elegir otro archivo de respaldo
recovery-other-what = Una copia que usted guardó, por ejemplo en una memoria USB.
recovery-noBackup = No hay ningún respaldo del diario en esta computadora.
recovery-new-title = Empezar un diario nuevo, vacío
recovery-new-what = Solo si no tiene ningún respaldo. El diario nuevo empieza en blanco. El archivo dañado se queda donde está, para el equipo médico o un técnico.
recovery-new-sure1 = ¿Confirma que quiere empezar un diario vacío? El diario nuevo no tendrá ninguno de los registros del niño.
recovery-new-yes1 = Sí, empezar vacío
recovery-new-sure2 = Última revisión: ¿empezar ahora un diario nuevo y vacío?
recovery-new-yes2 = Sí, empezar de todos modos
startup-cannotOpen-title = Centinela no puede abrir el diario
startup-newer_version = Este diario fue guardado por una versión más nueva de Centinela. Instale la versión más reciente de Centinela para abrirlo. No se cambió nada en el diario.
startup-not_a_diary = El archivo en la carpeta de Centinela no es un diario de Centinela. No se cambió nada en él. Pida ayuda a la persona que instaló Centinela en esta computadora.
startup-other = No se pudo abrir el diario: { $message }

## Failures at start-up: nothing was typed yet, so never "press Save again".
startup-disk_full = El disco de la computadora está lleno, así que Centinela no puede abrir el diario. No se cambió nada. Libere espacio y vuelva a abrir Centinela.
startup-read_only = Centinela no puede escribir en su carpeta en este momento, así que no puede abrir el diario. No se cambió nada. Revise que el disco esté conectado y vuelva a abrir Centinela. Si sigue pasando, reinicie la computadora.
startup-disk_io = La computadora no pudo leer ni escribir en su disco, así que Centinela no puede abrir el diario. No se cambió nada. Vuelva a abrir Centinela. Si sigue pasando, anote los registros en papel y reinicie la computadora.
startup-damaged = El archivo del diario está dañado y Centinela no pudo apartarlo para ofrecerle su respaldo más reciente. No se borró nada. Revise que el disco tenga espacio y esté conectado, y vuelva a abrir Centinela. Si sigue pasando, pida ayuda a la persona que instaló Centinela en esta computadora.
startup-where = La carpeta del diario:
startup-close = Cierre esta ventana para salir de Centinela.
training-back = Volver al resumen
training-story = Situación de práctica
training-child = El niño o la niña de esta historia
training-shown-title = Lo que usted ve
training-shown-antipyretic = Medicina para la fiebre en las últimas 6 horas
training-shown-symptoms = Señales
training-shown-noSymptoms = Ninguna otra señal
training-yes = Sí
training-no = No
training-enter = Anotarlo en el diario
training-entry-lead = Anote lo que muestra la situación, como lo haría en casa.
training-question = ¿Qué hace ahora?
training-questionHint = Elija primero. Después verá lo que dice Centinela.
training-answer-emergency = Llamar al número de emergencias ({ $number }) o ir a urgencias, y después al equipo
training-answer-call_now = Llamar ahora al teléfono de 24 horas del equipo
training-answer-call_today = Avisar al equipo hoy
training-answer-routine = Seguir con el horario de registros de siempre
training-right = Correcto
training-notQuite = Incorrecto
training-youChose = Usted eligió: { $answer }
training-centinelaSays = Centinela dice: { $action }
training-atHome = Lo que Centinela mostraría en casa
training-teaching = Para recordar
training-differs = Lo que anotó no coincide con la situación: { $fields }.
training-expected = Con lo que mostraba la situación, Centinela diría: { $action }
training-countsPassed = Esta situación cuenta como aprobada.
training-countsNot = Para aprobar, anote la situación tal como se muestra y elija lo que dice Centinela.
training-retry = Intentar de nuevo
training-next = Siguiente situación
training-field-temperature = temperatura
training-field-blood_pressure = presión
training-field-heart_rate = pulso
training-field-spo2 = oxigenación
training-field-antipyretic = medicina para la fiebre
training-field-symptoms = señales
training-field-pump = bomba
training-field-neuro_check = revisión neurológica
training-shown-neuro-ice = Revisión neurológica (ICE)
training-shown-neuro-capd = Revisión neurológica (CAPD)
training-shown-neuroValue-ice = { $score } de 10
training-shown-neuroValue-capd = { $score } (9 o más es un cambio)
training-earlier-title = Ya anotado en el diario
training-earlier-ago = { $n } minutos antes

## Issue 15: the guided neurological check (ICE from 12, CAPD under 12) and its baseline.
neuro-title = Revisión neurológica
neuro-scale-ice = Para 12 años o más: 10 preguntas cortas (ICE).
neuro-scale-capd = Para menores de 12 años: 8 preguntas sobre cómo está su hijo o hija (CAPD).
neuro-intro-ice = Unos 3 minutos. Siéntese con { $name } en un lugar tranquilo. Haga cada pregunta tal como está escrita y marque si la respuesta fue correcta. No le ayude a responder.
neuro-intro-capd = Unos 3 minutos. Piense en cómo ha estado { $name } con usted mientras está despierto, en las últimas horas. En cada pregunta, elija qué tan seguido pasa, de nunca a siempre.
neuro-start = Empezar la revisión
neuro-progress = Pregunta { $n } de { $total }
neuro-back = Atrás
neuro-right = Correcto
neuro-wrong = Incorrecto
neuro-ice-hint = Marque correcto solo si respondió bien sin ayuda.
neuro-section-orientation = Dónde y cuándo
neuro-section-naming = Nombrar objetos
neuro-section-command = Seguir una indicación
neuro-section-writing = Escribir
neuro-section-counting = Contar
neuro-ice-year = Pregunte: “¿En qué año estamos?”
neuro-ice-month = Pregunte: “¿En qué mes estamos?”
neuro-ice-city = Pregunte: “¿En qué ciudad estamos?”
neuro-ice-hospital = Pregunte: “¿Cómo se llama el hospital donde te atienden?”
neuro-ice-object1 = Señale un objeto de todos los días, por ejemplo un reloj, y pregunte: “¿Cómo se llama esto?”
neuro-ice-object2 = Señale un segundo objeto, por ejemplo una pluma, y pregunte: “¿Cómo se llama esto?”
neuro-ice-object3 = Señale un tercer objeto, por ejemplo un botón, y pregunte: “¿Cómo se llama esto?”
neuro-ice-command = Diga: “Muéstrame dos dedos.” Es correcto si lo hace.
neuro-ice-writing = Dele papel y pluma. Diga: “Escribe esta frase: en mi familia comemos juntos los domingos.” Es correcto si escribe la frase completa y tiene sentido. Guarde el papel: un cambio en la letra es una señal temprana.
neuro-ice-counting = Diga: “Cuenta hacia atrás desde 100, de diez en diez.” Es correcto si llega a 10 sin equivocarse: 100, 90, 80 … 10.
neuro-capd-eye_contact = ¿Su hijo o hija hace contacto visual con usted?
neuro-capd-purposeful = ¿Su hijo o hija hace las cosas con intención, como alcanzar un juguete o apartar lo que no quiere?
neuro-capd-aware = ¿Su hijo o hija se da cuenta de lo que pasa a su alrededor?
neuro-capd-communicates = ¿Su hijo o hija le hace saber lo que necesita y lo que quiere?
neuro-capd-restless = ¿Su hijo o hija está inquieto?
neuro-capd-inconsolable = ¿Su hijo o hija está inconsolable, usted no logra calmarlo?
neuro-capd-underactive = ¿Su hijo o hija se mueve muy poco estando despierto?
neuro-capd-slow_response = ¿Su hijo o hija tarda mucho en responderle?
neuro-capd-answer-never = Nunca
neuro-capd-answer-rarely = Rara vez
neuro-capd-answer-sometimes = A veces
neuro-capd-answer-often = Con frecuencia
neuro-capd-answer-always = Siempre
neuro-summary-title = La revisión está lista
neuro-score-ice = { $score } de 10
neuro-score-capd = { $score } de 32
neuro-scoreLabel-ice = Puntuación ICE
neuro-scoreLabel-capd = Puntuación CAPD
neuro-normal-ice = 10 es lo normal. De 7 a 9: llame al equipo ahora. 6 o menos: emergencia.
neuro-normal-capd = Menos de 9 es lo esperado. 9 o más: llame al equipo ahora.
neuro-save = Guardar la revisión
neuro-change = Cambiar una respuesta
neuro-baseline = De base
neuro-baseline-by = { $date }, por { $nurse }
neuro-baseline-none = Todavía no hay revisión de base: la enfermera la hace con usted en la capacitación.
neuro-versus-same = Igual que la de base
neuro-versus-worse = Peor que la de base
neuro-versus-better = Mejor que la de base
neuro-noBirth = La revisión necesita la fecha de nacimiento del niño o la niña. Anótela en Configuración.
neuro-saveAfter = Después Centinela le muestra qué hacer.
home-neuro-daily = Revisión neurológica diaria: no se ha hecho en las últimas 24 horas.
home-neuro-sign = Se marcó una señal del cerebro y los nervios: haga ahora la revisión neurológica.
home-neuro-open = Hacer la revisión neurológica
training-baseline-title = La revisión de base de la enfermera
training-baseline-intro = La enfermera hace la revisión neurológica de { $name } con la familia, tal como está hoy. Cada revisión en casa se muestra junto a esta puntuación.
training-baseline-nurse = Nombre de la enfermera
training-baseline-nurseMissing = Escriba el nombre de la enfermera.
training-baseline-save = Guardar la revisión de base
training-baseline-saved = Revisión de base guardada: { $score }.
training-baseline-open = Hacer la revisión de base
training-baseline-again = Hacerla otra vez
training-baseline-noChild = La revisión de base es del niño o la niña real: primero anote sus datos.
training-standardPlan = La práctica usa el plan de cuidados estándar (fiebre desde 38.0 °C). En casa, Centinela usa el plan de su hijo o hija.
training-age-month = { $n } mes
training-age-months = { $n } meses
training-age-year = { $n } año
training-age-years = { $n } años
home-training-signed = Capacitación firmada el { $date } por { $nurse } ✔
home-training-notYet = La capacitación para el cuidado en casa aún no está firmada
home-training-open = Abrir la capacitación

## Issue 16: the audible alarm and keeping the computer awake.
alarm-sounding-high = La alarma está sonando: algo necesita su atención ahora.
alarm-sounding-medium = La alarma está sonando: algo necesita su atención pronto.
alarm-silenced = El sonido está en silencio hasta las { $time }. Vuelve si nadie lo detiene.
alarm-louder = Nadie respondió en 2 minutos, por eso ahora suena más fuerte.
alarm-explain = Detener el sonido no termina el recordatorio ni la alerta: vea abajo qué hacer.
quit-title = ¿Salir de Centinela?
quit-body = Mientras Centinela esté cerrado no hay recordatorios ni alarmas: nada sonará para el cambio de bolsa ni para un registro, tampoco de noche. Vuelven solo cuando abra Centinela otra vez.
quit-yes = Salir de todos modos
quit-no = Mantener Centinela abierto
alarm-acknowledge = Aquí estoy — detener el sonido
alarm-silence = Silenciar 2 minutos
alarm-noSound = Hay una alarma esperando, pero esta computadora no puede reproducir sonido: vea Configuración.
alarm-settings-title = Alarma y suspensión
alarm-settings-intro = Cuando toca cambiar la bolsa, toca una medición en un día de vigilancia estrecha, la infusión lleva 4 horas en pausa o hay una alerta urgente abierta, Centinela misma hace sonar una alarma hasta que alguien presione “Aquí estoy” en su ventana. Después de 2 minutos suena más fuerte.
alarm-device-unknown = Buscando el dispositivo de sonido…
alarm-device-ready = Dispositivo de sonido: { $name }. La alarma suena ahí.
alarm-device-missing = No se encontró ningún dispositivo de sonido: la alarma no se puede oír en esta computadora. Conecte bocinas o active el sonido y luego presione “Buscar de nuevo”.
alarm-device-failed = No se pudo usar el dispositivo de sonido: la alarma no se puede oír en esta computadora. Revise que el sonido esté activado y sin silenciar y luego presione “Buscar de nuevo”.
alarm-device-check = Buscar de nuevo
alarm-test-button = Probar la alarma
alarm-test-intro = Hace sonar una vez los dos sonidos de alarma — primero “pronto” (3 pitidos), luego “ahora” (10 pitidos) — y muestra una notificación. Compruebe que la oye desde donde duerme, con el volumen como lo deja en la noche.
alarm-test-playing = Sonando la prueba: 3 pitidos y luego 10 pitidos…
alarm-test-done = Prueba terminada. Si no la oyó, suba o active el sonido e inténtelo de nuevo.
alarm-test-noSound = Se envió la notificación, pero no se pudo reproducir ningún sonido: no hay un dispositivo de sonido que funcione.
alarm-test-noticeSummary = Centinela: prueba de la alarma
alarm-test-noticeBody = Si oyó la alarma y ve este mensaje, los recordatorios le pueden llegar.
awake-toggle = Mantener esta computadora despierta durante el tratamiento
awake-held = Esta computadora se mantiene despierta durante el tratamiento, para que la alarma pueda despertarle.
awake-outsideCourse = La computadora se mantiene despierta solo desde el primer día del ciclo hasta el último.
awake-off = Desactivado: la computadora puede suspenderse y, mientras está suspendida, la alarma no puede sonar.
awake-unavailable = Esta computadora no permitió que Centinela la mantuviera despierta. En la configuración de energía del sistema, indique que nunca se suspenda durante el tratamiento.
awake-warning = Cerrar la tapa o desconectar el cargador todavía puede suspenderla. En la noche: tapa abierta, cargador conectado y sonido activado.
awake-reason = Centinela mantiene esta computadora despierta durante el ciclo, para que la alarma pueda despertar a la familia.
textSize-title = Tamaño del texto
textSize-normal = Normal
textSize-large = Grande
textSize-larger = Más grande
call-copy = Copiar este texto
call-copied = Copiado. Péguelo en un mensaje al equipo (WhatsApp, SMS).
call-copyFailed = No se pudo copiar. Léalo en voz alta.
watch-closed-title = Centinela estuvo cerrado durante { $duration }
watch-closed-span = Desde { $from } hasta { $to }. Mientras estuvo cerrado, ningún recordatorio ni alarma podía avisarle.
watch-closed-cameDue = Lo que venció mientras tanto:
watch-closed-nothingDue = No venció nada mientras tanto.
watch-closed-ok = Entendido
watch-openSettings = Abrir Configuración
watch-minute =
    { $n ->
        [one] 1 minuto
       *[other] { $n } minutos
    }
watch-hour =
    { $n ->
        [one] 1 hora
       *[other] { $n } horas
    }
watch-day =
    { $n ->
        [one] 1 día
       *[other] { $n } días
    }
watch-pair = { $a } y { $b }
alarm-limit-label = Avisar cuando el sonido de la computadora esté por debajo del
alarm-limit-saved = Guardado: Centinela avisa cuando el sonido está por debajo del { $n }%.
awake-home = Centinela mantiene esta computadora despierta durante el tratamiento para que la alarma pueda despertarle. Deje la tapa abierta, el cargador conectado y el sonido activado: cerrar la tapa o desconectarla todavía puede suspenderla.

## Campos de fecha y hora en el idioma de la aplicación, no en el de la computadora (issue 17)
date-day = Día
date-month = Mes
date-year = Año
date-hour = Hora
date-minute = Minutos
date-ampm = a.m. o p.m.
date-now = Ahora
date-yesterday = Ayer
date-today = Hoy
date-am = a.m.
date-pm = p.m.
date-pickMonth = Mes…
month-long-1 = enero
month-long-2 = febrero
month-long-3 = marzo
month-long-4 = abril
month-long-5 = mayo
month-long-6 = junio
month-long-7 = julio
month-long-8 = agosto
month-long-9 = septiembre
month-long-10 = octubre
month-long-11 = noviembre
month-long-12 = diciembre

## El programa: el menú de la bandeja y los cuadros de archivos de la computadora
tray-open = Abrir Centinela
tray-quit = Salir de Centinela
tray-windowFailed-title = Centinela no pudo abrir su ventana
tray-windowFailed-body = Los recordatorios y la alarma siguen funcionando. Intente de nuevo con “Abrir Centinela” en la bandeja; si la ventana sigue sin abrirse, reinicie la computadora.
dialog-backup-title = Guardar una copia del diario
dialog-backup-filter = Respaldo de Centinela
dialog-backup-file = Centinela-respaldo
dialog-pick-backup-title = Elegir un respaldo de Centinela
dialog-report-title = Guardar el informe para la clínica
dialog-pdf-filter = Documento PDF
dialog-report-file = Centinela-informe
dialog-csv-title = Guardar los registros como CSV
dialog-csv-filter = Tabla CSV
dialog-csv-file = Centinela-registros
dialog-fhir-title = Guardar el diario como FHIR
dialog-shared-suffix = compartir
