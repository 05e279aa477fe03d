### Las figuras de la capacitación y la página del módulo, español de México. Los mismos ids en cada idioma.

## The module page (ModuleView.svelte)
training-page-minutes =
    { $n ->
        [one] Más o menos { $n } minuto
       *[other] Unos { $n } minutos
    }
training-page-done = Listo — lo revisamos
training-page-back = Volver a la lista
training-page-do = Qué hacer
training-page-dont = Qué no hacer
training-page-ladder-emergency = Emergencia: llame en este orden
training-page-ladder-call_now = Llamar ahora: en este orden

## The word that starts a callout box, by its tone (the box's color and icon are the app's
## four states). A routine box is a tip, except where it shows the routine level itself.
training-callout-emergency = Emergencia
training-callout-call_now = Llamar ahora
training-callout-call_today = Avisar hoy
training-callout-routine = Para tener en cuenta
training-callout-routine-level = Todo bien

## Figures: each has a label for screen readers (aria-label) and a few short words in the
## drawing. The drawing's words must stay about this long: they sit in fixed places.

# CourseTimeline.svelte
training-figure-courseTimeline-label = Línea de tiempo del ciclo en 21 días: dosis baja la semana 1, dosis más alta desde el día 8 más o menos, premedicación antes del inicio y antes de subir la dosis, una bolsa nueva cada 48 horas, vigilancia más estrecha del SLC en los primeros días y de cambios en el cerebro y los nervios en las primeras 2 semanas.
training-figure-courseTimeline-low = dosis baja
training-figure-courseTimeline-high = dosis más alta
training-figure-courseTimeline-crs = SLC: día 1–3
training-figure-courseTimeline-neuro = cerebro y nervios: semana 1–2
training-figure-courseTimeline-day = día
training-figure-courseTimeline-bag = 48 h · bolsa nueva
training-figure-courseTimeline-premed = premedicación

# ThermometerArm.svelte
training-figure-thermometerArm-label = Un niño con el termómetro bien metido en la axila y el brazo pegado al cuerpo. Espere 20 minutos después de una bebida o un baño.

# BpCuff.svelte
training-figure-bpCuff-label = Un brazalete de presión para niños en la parte de arriba del brazo, con el brazo apoyado a la altura del corazón. El brazalete del tamaño correcto cubre unas dos terceras partes del brazo, del hombro al codo. Antes de medir, 5 minutos de reposo tranquilo.
training-figure-bpCuff-shoulder = hombro
training-figure-bpCuff-elbow = codo

# PulseOximeter.svelte
training-figure-pulseOximeter-label = El sensor del oxímetro en la punta de un dedo. Su pantalla muestra dos números: la oxigenación (SpO₂, en %) y el pulso. Un reloj: espere 30 segundos o más, hasta que los números dejen de cambiar.

# PumpLine.svelte
training-figure-pumpLine-label = La bolsa de la infusión, la bomba portátil y la línea hasta el niño. Dos cosas tachadas: nunca cambie la programación de la bomba, nunca lave la línea.
training-figure-pumpLine-settings = no cambiar la programación
training-figure-pumpLine-flush = no lavar la línea

# BagClock.svelte. The heads-up time before the bag is due is a setting (15 minutes to
# 12 hours): no fixed number here. The repeat every 15 minutes is fixed.
training-figure-bagClock-label = Un reloj de 48 horas para la bolsa. Centinela le manda un recordatorio antes de la hora del cambio, otro a la hora del cambio, y uno cada 15 minutos después, hasta que registre la bolsa nueva.
training-figure-bagClock-before = antes de la hora
training-figure-bagClock-atTime = a la hora
training-figure-bagClock-every = cada 15 min

# CallLadder.svelte. The module's heading counts four levels (the four states); this drawing
# is the order to call, so it names no count. A step's words may take two lines.
training-figure-callLadder-label = A quién llamar, en orden, igual de día y de noche: primero el teléfono de 24 horas del equipo; si nadie contesta en 10 minutos, el segundo contacto; si tampoco contesta nadie, urgencias.
training-figure-callLadder-step1 =
    teléfono
    de 24 horas
training-figure-callLadder-step2 = segundo contacto
training-figure-callLadder-step3 = urgencias

# InfantEyes.svelte
training-figure-infantEyes-label = Dos caras de bebé. A la izquierda, lo normal: el bebé hace contacto visual con usted y sonríe. A la derecha, una señal de alarma: los ojos miran hacia otro lado, no hace contacto visual con usted y no reacciona. Llame al equipo ahora.

## La constancia firmada de la capacitación (PDF); sus etiquetas son las de la pantalla (training-record-*)
record-pdf-title = Registro de capacitación para el cuidado en casa
record-pdf-footer = Centinela · infusión de blinatumomab en casa
record-pdf-child = Niña o niño
record-pdf-none = (ninguno)
record-pdf-covered = Visto
record-pdf-notCovered = No visto
record-pdf-signing = Al firmar, las personas capacitadas confirman que se les enseñó a tomar los signos, qué significan las señales de cada grupo, a quién llamar y en qué orden, y qué hacer cuando suena la alarma de la bomba. El personal de enfermería confirma que la sesión se realizó.
record-pdf-signatures = Firmas
record-pdf-nurse = enfermería
record-pdf-caregiver = persona capacitada
