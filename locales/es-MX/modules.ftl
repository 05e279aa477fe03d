# The seven training modules of the nurse's hour (ui/src/lib/trainingModules.ts holds their structure).

## why_home
module-why_home-title = Por qué la infusión se pone en casa
module-why_home-summary = Cómo serán las próximas semanas y por qué el equipo confía en usted para ellas.

module-why_home-s1-heading = En casa en lugar del hospital
module-why_home-s1-p1 = El blinatumomab funciona mejor goteando despacio y sin parar, de día y de noche, hasta por 21 días. Una bomba de infusión pequeña y portátil lo pasa, así su hijo o hija puede dormir en su propia cama en vez de quedarse en el hospital.
module-why_home-s1-p2 = En casa, usted se convierte en los ojos del equipo. Mide, lo anota en Centinela y llama cuando algo cambia. Siempre tiene apoyo: el equipo contesta el teléfono las 24 horas del día.
module-why_home-s1-list1-1 = Usted vive a menos de 1 hora del hospital, así puede llegar rápido.
module-why_home-s1-list1-2 = El teléfono de 24 horas del equipo está guardado en Centinela, en el orden en que hay que llamar.
module-why_home-s1-list1-3 = Más o menos cada 2 días regresa a la clínica por una bolsa nueva.

module-why_home-s2-heading = Qué esperar, semana por semana
module-why_home-figure-course_timeline = El ciclo: primero una dosis baja, una dosis más alta después de más o menos una semana, una bolsa nueva cada 48 horas. Los primeros días y las primeras dos semanas piden la vigilancia más estrecha.
module-why_home-s2-list1-1 = Semana 1: una dosis baja. Antes de empezar, el equipo da una medicina para prevenir reacciones (premedicación).
module-why_home-s2-list1-2 = Después de más o menos una semana: la dosis sube. El equipo vuelve a dar la premedicación antes.
module-why_home-s2-list1-3 = El síndrome de liberación de citocinas (SLC), si aparece, suele aparecer pronto: casi siempre alrededor del día 2.
module-why_home-s2-list1-4 = Los cambios en el cerebro y los nervios (neurotoxicidad), si aparecen, suelen aparecer en las primeras 2 semanas.
module-why_home-s2-list1-5 = Todo el ciclo dura como máximo 21 días. Inicio muestra "día N de M".
module-why_home-s2-p1 = La tarde antes del inicio y antes de que suba la dosis, Centinela le recuerda confirmar la premedicación con el equipo.

module-why_home-s3-heading = Su parte, cada día
module-why_home-s3-do1-1 = Tome los signos y anótelos cuando Centinela se lo pida: por lo general cada 6 horas, cada 4 horas en los días de vigilancia estrecha.
module-why_home-s3-do1-2 = Tome los signos y anótelos cada vez que note a su hijo o hija diferente.
module-why_home-s3-do1-3 = Una vez al día, haga la revisión neurológica que le ofrece Inicio.
module-why_home-s3-do1-4 = Haga lo que la aplicación indica después de cada registro: le dice a quién llamar y qué tan pronto.
module-why_home-callout-quiet_days = La mayoría de los días son tranquilos. Ese es el objetivo: siga el horario.

## crs_signs
module-crs_signs-title = Síndrome de liberación de citocinas (SLC)
module-crs_signs-summary = La reacción de alarma del cuerpo a la medicina, y las infecciones: primero la fiebre, luego las señales que la vuelven urgente.

module-crs_signs-s1-heading = Qué es
module-crs_signs-s1-p1 = La medicina despierta al sistema de defensas para que ataque la leucemia. A veces se despierta de más y todo el cuerpo reacciona. Esto es el SLC. Suele empezar en los primeros días, y se puede tratar si se detecta a tiempo.

module-crs_signs-s2-heading = Las señales
module-crs_signs-s2-list1-1 = Fiebre — la primera señal más frecuente
module-crs_signs-s2-list1-2 = Escalofríos, o escalofríos con temblor
module-crs_signs-s2-list1-3 = Respira más rápido de lo normal
module-crs_signs-s2-list1-4 = Presión baja: mareo, palidez, manos y pies fríos
module-crs_signs-s2-list1-5 = Corazón acelerado
module-crs_signs-s2-list1-6 = Dolor de cabeza
module-crs_signs-s2-list1-7 = Náuseas o vómito
module-crs_signs-s2-list1-8 = Ronchas o sarpullido
module-crs_signs-s2-list1-9 = Debilidad, mucho más cansado de lo normal

module-crs_signs-s3-heading = ¿Qué tan urgente es?
module-crs_signs-callout-crs_emergency_sepsis = Fiebre, medicina para la fiebre en las últimas 6 horas, escalofríos con temblor o una temperatura menor de 36.0 °C, junto con cualquiera de estas: piel pálida, grisácea o fría; orina mucho menos; mareo o desmayo; mucho más dormido de lo normal; un bebé que no reacciona con usted o llora sin consuelo; respira mucho más rápido de lo normal; oxígeno por debajo de 92%. Es una emergencia aunque la presión esté normal: en los niños la presión baja llega tarde.
module-crs_signs-callout-crs_emergency_circulation = Presión baja junto con fiebre, medicina para la fiebre, mareo, palidez o mucho sueño. Presión baja en dos registros con menos de 30 minutos entre ellos. Pulso menor de 60 por minuto en un niño menor de 12 años. Le cuesta mucho respirar, labios morados, u oxígeno por debajo de 90%.
module-crs_signs-callout-crs_call_now = Fiebre igual o mayor que el límite de fiebre de su plan de cuidados (el plan estándar: 38.0 °C / 100.4 °F). Una presión baja, o una temperatura menor de 36.0 °C: vuelva a medir ahora. Oxigenación por debajo de 92%. Corazón muy acelerado: 180 por minuto o más, o 220 o más en menores de 1 año. Por sí solas, sin fiebre: escalofríos con temblor, respira mucho más rápido de lo normal, mareo o desmayo, piel pálida y fría, dolor de cabeza fuerte, ronchas en gran parte del cuerpo. Llame ahora al teléfono de 24 horas del equipo.
module-crs_signs-callout-crs_call_now_fluids = Llame ahora también por: vómito que no le deja retener ningún líquido; 7 o más evacuaciones aguadas en un día, o sangre en ellas; sangrado que no para; orina mucho menos de lo normal. Un bebé menor de 6 meses que vomita o tiene evacuaciones aguadas, aunque sea poco.
module-crs_signs-callout-crs_call_today = Solo el corazón acelerado, dolor de cabeza leve, náuseas, vómito que sí retiene los líquidos, menos de 7 evacuaciones aguadas al día, una zona pequeña de ronchas, más cansado de lo normal, dolor de músculos. Avise al equipo hoy.
module-crs_signs-s3-p1 = No tiene que decidirlo usted: anote el registro y Centinela le muestra qué hacer y a quién llamar.

module-crs_signs-s4-heading = Medicina para la fiebre: primero pregunte al equipo
module-crs_signs-s4-p1 = La medicina para la fiebre o el dolor puede bajar la temperatura por unas horas mientras la reacción sigue por dentro. El equipo necesita saber primero de la fiebre.
module-crs_signs-s4-do1-1 = Pregunte al equipo antes de dar cualquier medicina para la fiebre o el dolor.
module-crs_signs-s4-do1-2 = Si le dieron alguna, conteste "Sí" a la pregunta de la medicina para la fiebre en el registro, con la hora.
module-crs_signs-s4-dont1-1 = Nada de ibuprofeno ni de aspirina, salvo que el equipo se lo indique.
module-crs_signs-s4-dont1-2 = Nada de medicinas por el recto (supositorios), ni tomar la temperatura ahí.
module-crs_signs-s4-dont1-3 = No espere a ver si la fiebre baja: fiebre quiere decir llamar ahora.

module-crs_signs-s5-heading = La fiebre también puede ser una infección
module-crs_signs-s5-p1 = El tratamiento baja las defensas del cuerpo. Una fiebre puede ser una infección además del SLC, y una infección necesita antibióticos pronto, más o menos en la primera hora después de llegar al hospital. Por eso la fiebre quiere decir llamar de inmediato.
module-crs_signs-s5-do1-1 = Todos se lavan las manos antes de tocar a su hijo o hija, la línea o la bomba.
module-crs_signs-s5-do1-2 = Mantenga a su hijo o hija lejos de personas enfermas.
module-crs_signs-s5-do1-3 = Avise de inmediato al equipo si su hijo o hija estuvo cerca de alguien con varicela o sarampión.
module-crs_signs-callout-infection_fever = Fiebre igual o mayor que el límite de su plan, de día o de noche: llame al equipo ahora. No espere a la mañana.

## neuro_signs
module-neuro_signs-title = Cambios en el cerebro y los nervios
module-neuro_signs-summary = Neurotoxicidad: cómo se ve en un niño, en un bebé o niño pequeño, qué hacer en una convulsión, y la revisión neurológica diaria.

module-neuro_signs-s1-heading = Qué vigilar
module-neuro_signs-s1-p1 = La medicina puede afectar el cerebro por un tiempo. Suele notarse en las primeras 2 semanas y mejora con tratamiento. Usted conoce mejor que nadie a su hijo o hija: lo que cuenta es un cambio en su forma de ser de siempre.
module-neuro_signs-s1-list1-1 = Confundido: no sabe dónde está, o quién es usted
module-neuro_signs-s1-list1-2 = Le cuesta hablar: arrastra las palabras, no encuentra la palabra
module-neuro_signs-s1-list1-3 = Temblor nuevo de las manos
module-neuro_signs-s1-list1-4 = Mucho más dormido de lo normal, cuesta mantenerlo despierto
module-neuro_signs-s1-list1-5 = Inestable, se cae, torpeza nueva
module-neuro_signs-s1-list1-6 = Convulsión: se sacude o se pone rígido, y no se da cuenta
module-neuro_signs-s1-list1-7 = No se despierta, o no responde
module-neuro_signs-callout-neuro_emergency = Una convulsión, o su hijo o hija no se despierta o no responde: llame ahora al número de emergencias local para pedir una ambulancia; no maneje.
module-neuro_signs-callout-neuro_call_now = Cualquier otra señal nueva de esta lista: llame ahora al teléfono de 24 horas del equipo, aunque sea de noche.

module-neuro_signs-s2-heading = En un bebé o niño pequeño
module-neuro_signs-s2-p1 = Los bebés y los niños pequeños no pueden decirle que se sienten raros. Fíjese en cómo están con usted.
module-neuro_signs-figure-infant_eyes = Lo normal: hace contacto visual con usted y reacciona. Preocupante: no hace contacto visual con usted ni reacciona.
module-neuro_signs-s2-list1-1 = No hace contacto visual con usted
module-neuro_signs-s2-list1-2 = No reacciona con usted como siempre: no sonríe, no voltea cuando le habla
module-neuro_signs-s2-list1-3 = No se consuela, ni en sus brazos
module-neuro_signs-s2-list1-4 = Deja de balbucear, o deja de decir las palabras que ya sabía
module-neuro_signs-s2-list1-5 = Un niño que ya caminaba bien ahora está torpe o se cae
module-neuro_signs-callout-infant_neuro = En Centinela, marque "Bebé o niño pequeño: no hace contacto visual con usted ni reacciona como siempre" o "llora y no se le puede calmar", y llame al equipo ahora.

module-neuro_signs-s3-heading = Una convulsión: qué hacer
module-neuro_signs-s3-do1-1 = Acueste a su hijo o hija de lado, en el piso o en la cama, sin nada duro cerca.
module-neuro_signs-s3-do1-2 = Fíjese en la hora en que empieza, y quédese con él o ella.
module-neuro_signs-s3-do1-3 = Mantenga la bomba junto a su hijo o hija para que no se jale la línea.
module-neuro_signs-s3-dont1-1 = No lo sujete a la fuerza.
module-neuro_signs-s3-dont1-2 = No le meta nada en la boca.
module-neuro_signs-s3-p1 = En un bebé una convulsión puede ser discreta: se queda con la mirada fija, o le brinca un brazo o una pierna. Marque "Convulsión" también en estos casos.
module-neuro_signs-callout-seizure = Cualquier convulsión, aunque sea corta y ya haya pasado: llame al número de emergencias local para pedir una ambulancia; no maneje.

module-neuro_signs-s4-heading = La revisión neurológica
module-neuro_signs-s4-p1 = Una vez al día, y cada vez que marque una señal de esta página, Centinela le guía en una revisión corta desde Inicio. Desde los 12 años hace 10 preguntas (la puntuación ICE; 10 es lo normal). En menores de 12 años hace 8 preguntas sobre cómo está su hijo o hija con usted (la puntuación CAPD; menos de 9 es lo esperado).
module-neuro_signs-s4-p2 = La enfermera hace la primera revisión con usted hoy, en la capacitación: es la revisión de base de su hijo o hija, y cada revisión después se muestra junto a ella.
module-neuro_signs-callout-check_normal = ICE de 10, o CAPD menor de 9, y ninguna otra señal: nada que hacer por ahora. Siga haciendo la revisión cada día.
module-neuro_signs-callout-check_call_now = ICE de 7 a 9, o CAPD de 9 o más: llame al equipo ahora.
module-neuro_signs-callout-check_emergency = ICE de 6 o menos: emergencia. Dormir de noche es normal, pero si no puede despertar a su hijo o hija, también es una emergencia.

## measuring
module-measuring-title = Medir y anotarlo
module-measuring-summary = Temperatura, presión arterial, pulso, oxígeno y respiración, medidos igual cada vez, y anotados en Centinela.

module-measuring-s1-heading = Temperatura
module-measuring-figure-thermometer_arm = La punta del termómetro bien metida en la axila, con el brazo pegado al cuerpo hasta que suene.
module-measuring-s1-do1-1 = En la axila con la piel seca, o desde las 4 semanas de edad en el oído, como le enseñó la enfermera.
module-measuring-s1-do1-2 = Un bebé menor de 4 semanas: solo en la axila, con un termómetro electrónico.
module-measuring-s1-do1-3 = La temperatura en la axila sale un poco más baja que la de adentro del cuerpo. Anote lo que marca el termómetro.
module-measuring-s1-do1-4 = Use siempre el mismo termómetro.
module-measuring-s1-do1-5 = Espere 20 minutos después de un baño, una bebida caliente o fría, o de estar muy tapado.
module-measuring-s1-dont1-1 = Nunca tome la temperatura por el recto (en la colita).
module-measuring-callout-infant_fever = Un bebé menor de 3 meses con 38.0 °C o más: emergencia, sea cual sea el límite de su plan.
module-measuring-callout-hypothermia = Menos de 36.0 °C: vuelva a medir ahora y llame al equipo.

module-measuring-s2-heading = Presión arterial
module-measuring-figure-bp_cuff = Un brazalete para niño: el tamaño correcto cubre unas dos terceras partes del brazo, del hombro al codo.
module-measuring-s2-do1-1 = Use el brazalete para niño que le dio el equipo. Uno muy chico marca de más; uno muy grande marca de menos.
module-measuring-s2-do1-2 = Antes, 5 minutos sentado tranquilo, con los pies apoyados, sin hablar ni llorar.
module-measuring-s2-do1-3 = Brazo descubierto y apoyado en una mesa, a la altura del corazón.
module-measuring-s2-dont1-1 = No ponga el brazalete en el brazo que tiene la línea.
module-measuring-callout-bp_once = Una presión baja: llame al equipo y vuelva a medir ahora. Anote solo la presión nueva: lo demás del registro anterior se mantiene.
module-measuring-callout-bp_twice = Baja otra vez en menos de 30 minutos: es una emergencia, aunque el equipo todavía no le haya regresado la llamada.

module-measuring-s3-heading = Pulso, oxigenación y respiración
module-measuring-figure-pulse_oximeter = El sensor del oxímetro en un dedo tibio (o en un dedo del pie, en bebés). Espere a que los números dejen de cambiar.
module-measuring-s3-list1-1 = Mantenga la mano quieta y tibia; el esmalte de uñas puede dar un número falso.
module-measuring-s3-list1-2 = Después de 30 segundos o más, anote los dos números: SpO₂ (%) y pulso (latidos por minuto).
module-measuring-s3-list1-3 = Respiración: cuente durante un minuto completo con su hijo o hija tranquilo. Cada vez que sube el pecho es una respiración. Centinela conoce el límite para su edad.
module-measuring-callout-spo2_low = Oxígeno por debajo de 92% sin fiebre: caliente la mano y vuelva a medir, y llame al equipo ahora.
module-measuring-callout-spo2_very_low = Oxígeno por debajo de 90%: emergencia.
module-measuring-callout-breathing_fast = Respiraciones en un minuto iguales o más que el límite para la edad: llame al equipo ahora.

module-measuring-s4-heading = Anotarlo en Centinela
module-measuring-s4-list1-1 = Abra "Nuevo registro".
module-measuring-s4-list1-2 = Escriba lo que midió. Deje vacío lo que no midió.
module-measuring-s4-list1-3 = Conteste la pregunta de la medicina para la fiebre: sí (con la hora en que se la dio) o no.
module-measuring-s4-list1-4 = Marque cada señal que ve ahora, o "Ninguna de estas señales", y cómo está la bomba.
module-measuring-s4-list1-5 = Guarde. Lea la respuesta: le dice qué hacer y a quién llamar.
module-measuring-s4-p1 = ¿Se equivocó? Corrija el registro: el anterior se queda en el diario, marcado como corregido.

## pump
module-pump-title = La vida con la bomba
module-pump-summary = La bomba la programa el equipo. Su tarea: que esté siempre con su hijo o hija, con carga y seca, y con la línea segura.

module-pump-s1-heading = No toque la programación
module-pump-figure-pump_line = La bolsa, la bomba y la línea hacia su hijo o hija. Nunca toque la programación, nunca lave la línea.
module-pump-s1-dont1-1 = Nunca cambie la programación de la bomba, aunque suene la alarma.
module-pump-s1-dont1-2 = Nunca lave ni purgue la línea: eso mete una dosis extra de la medicina.
module-pump-s1-dont1-3 = Nunca intente sacar usted el aire de la línea: llame al equipo.
module-pump-s1-dont1-4 = Nunca apague una alarma y se olvide de ella.
module-pump-s1-dont1-5 = No abra la bolsa, no desconecte la línea, ni vuelva a conectar una línea que se separó.

module-pump-s2-heading = Cuando suena la alarma
module-pump-s2-list1-1 = Mire: ¿qué dice la pantalla? ¿La línea está doblada, la pinza cerrada, la bolsa vacía?
module-pump-s2-list1-2 = Enderece un doblez o abra una pinza que usted cerró. Nada más.
module-pump-s2-list1-3 = Llame al equipo, aunque la alarma se haya callado. Marque cómo está la bomba en un registro nuevo.
module-pump-callout-pump_call_now = Alarma, bomba detenida, la línea se separó, goteo o bolsa vacía: llame ahora al teléfono de 24 horas del equipo.

module-pump-s3-heading = Cuando el problema es el catéter
module-pump-s3-list1-1 = La línea se separó y el catéter sigue puesto: no la vuelva a conectar. Llame al equipo ahora.
module-pump-s3-list1-2 = El catéter está cortado o roto: cierre la pinza o apriételo entre la rotura y el cuerpo de su hijo o hija, cúbralo con una gasa limpia y detenga la bomba.
module-pump-s3-list1-3 = El catéter se salió: presione el sitio con una gasa limpia, y detenga la bomba.
module-pump-callout-line_out = El catéter se salió, o está cortado o roto: vaya a urgencias ahora, y después llame al equipo. En Centinela, elija "El catéter se salió, o está cortado o roto".

module-pump-s4-heading = Todos los días
module-pump-s4-do1-1 = Mantenga la batería cargada, y tenga a la mano una de repuesto (o el cargador).
module-pump-s4-do1-2 = La línea sin dobleces, la pinza abierta, sin jalones ni atorada.
module-pump-s4-do1-3 = De noche, pase la línea del bebé por debajo de su ropa, lejos del cuello.
module-pump-s4-do1-4 = El baño: sin remojarse en la tina y sin nadar. Cubra la línea con una funda impermeable y mantenga la bomba seca, fuera del agua.
module-pump-s4-do1-5 = Use guantes para tocar la bolsa, para limpiar un derrame y para tocar la orina, el popó o el vómito de su hijo o hija, durante la infusión y hasta 48 horas después. Luego lávese las manos.
module-pump-s4-do1-6 = La bolsa se queda dentro de su mochila, con la bomba, siempre con su hijo o hija, también de noche.
module-pump-callout-dressing = El apósito está mojado, flojo o sucio: hay que cambiarlo el mismo día. Enrojecimiento, hinchazón o dolor donde la línea entra en la piel. Avise al equipo hoy.

## bag_changes
module-bag_changes-title = Cambios de bolsa
module-bag_changes-summary = Una bolsa nueva en la clínica cada 48 horas, y Centinela le avisa a tiempo.

module-bag_changes-s1-heading = Cada 48 horas
module-bag_changes-figure-bag_clock = Una bolsa dura 48 horas. Centinela le avisa antes de que toque el cambio, y otra vez a la hora.
module-bag_changes-s1-list1-1 = La mayoría de las bolsas duran 48 horas. Algunas duran 24, 72 o 96 horas, o 7 días: el equipo le dice.
module-bag_changes-s1-list1-2 = A veces la farmacia hace que una bolsa dure unas horas más. La enfermera le dice cuántas.
module-bag_changes-s1-list1-3 = La bolsa nueva la pone la enfermera, en la clínica.

module-bag_changes-s2-heading = Anote la bolsa nueva
module-bag_changes-s2-do1-1 = En cuanto pongan la bolsa nueva, presione "Anotar la bolsa nueva" en Inicio.
module-bag_changes-s2-do1-2 = Revise la hora en que la pusieron, cuánto dura y las horas extra.
module-bag_changes-s2-do1-3 = Inicio cuenta entonces el tiempo hasta el siguiente cambio.
module-bag_changes-s2-p1 = Los recordatorios llegan antes de que toque el cambio, a la hora, y cada 15 minutos después, hasta que registre la bolsa nueva.

module-bag_changes-s3-heading = Qué llevar
module-bag_changes-s3-list1-1 = A su hijo o hija, con la bomba y la bolsa en la mochila de la bomba
module-bag_changes-s3-list1-2 = El cargador o una batería de repuesto
module-bag_changes-s3-list1-3 = Sus preguntas, y todo lo marcado como "avisar al equipo hoy"
module-bag_changes-s3-list1-4 = Agua, algo de comer, algo para jugar

module-bag_changes-s4-heading = Si va a llegar tarde
module-bag_changes-s4-do1-1 = Llame al equipo antes de la hora del cambio, y diga a qué hora puede llegar.
module-bag_changes-s4-dont1-1 = No desconecte la línea ni toque la bomba para que la bolsa dure más.
module-bag_changes-callout-bag_late = Con 30 minutos de retraso y sin bolsa nueva, la infusión puede detenerse: llame al equipo ahora.

## call_ladder
module-call_ladder-title = A quién llamar, de día y de noche
module-call_ladder-summary = Cuatro niveles, iguales de día y de noche. Sus propios números, en el orden en que hay que llamar.

module-call_ladder-s1-heading = Cuatro niveles
module-call_ladder-figure-call_ladder = Llamar ahora, de día o de noche: si nadie contesta ni le devuelve la llamada en 10 minutos, pase al siguiente paso. Una emergencia no tiene paso de espera.

module-call_ladder-s2-heading = Sus números
module-call_ladder-s2-p1 = Revise estos números con la enfermera ahora. Guárdelos también en su celular, y pegue una copia en el refrigerador.

module-call_ladder-s3-heading = Cuando llame
module-call_ladder-s3-list1-1 = El nombre de su hijo o hija, y que recibe blinatumomab en casa.
module-call_ladder-s3-list1-2 = Qué día del ciclo es.
module-call_ladder-s3-list1-3 = Lo que ve, y los últimos números: Centinela se los muestra en la pantalla.
module-call_ladder-s3-list1-4 = Si recibió medicina para la fiebre, y a qué hora.
module-call_ladder-s3-do1-1 = Llame también de noche. El equipo prefiere saberlo pronto.
module-call_ladder-s3-do1-2 = Anote en Centinela lo que le dijo el equipo.
