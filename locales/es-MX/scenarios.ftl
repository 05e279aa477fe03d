# The practice situations of the nurse's hour (core/src/training/scenarios.rs holds their facts).

scenario-night_fever_chills-title = 2 a.m.: caliente y temblando de frío
scenario-night_fever_chills-story = Son las 2 de la mañana del día 3. Mateo (7 años) despierta temblando mucho y se siente caliente. El termómetro en la axila marca 38.4 °C. La bomba funciona normalmente.
scenario-night_fever_chills-teaching = La práctica usa el plan estándar, con límite de fiebre de 38.0 °C; en casa Centinela usa el límite del plan de su hijo o hija. Una fiebre igual o mayor que ese límite es motivo para llamar de inmediato al equipo, aunque sea de madrugada: puede ser la reacción a la medicina o una infección, y las dos necesitan al equipo pronto. Los escalofríos con temblor también cuentan. No espere a la mañana y pregunte al equipo antes de darle cualquier medicina para la fiebre.

scenario-pump_alarm_empty_bag-title = La bomba suena y la bolsa se ve vacía
scenario-pump_alarm_empty_bag-story = Día 6, por la tarde. La bomba empieza a sonar y en la pantalla aparece una alarma. La bolsa dentro de la mochila de la bomba se ve vacía. Valentina (9 años) se siente bien: 36.8 °C.
scenario-pump_alarm_empty_bag-teaching = Un problema con la bomba es motivo para llamar al equipo ahora. Nunca cambie la programación de la bomba ni lave la línea, aunque sea para que deje de sonar: el equipo le dirá qué hacer.

scenario-infant_no_eye_contact-title = Su bebé no hace contacto visual con usted
scenario-infant_no_eye_contact-story = Día 4. Sofía tiene 10 meses. Desde su siesta no hace contacto visual con usted, no busca su juguete y no reacciona cuando usted la llama por su nombre. Temperatura 37.1 °C.
scenario-infant_no_eye_contact-teaching = Un bebé no puede decir que se siente confundido. Que no haga contacto visual con usted, no busque sus cosas y no reaccione como siempre puede ser la primera señal de un problema en los nervios o el cerebro: llame al equipo ahora, aunque no tenga fiebre.

scenario-seizure-title = Sacudidas y no responde
scenario-seizure-story = Día 9. Diego (4 años) de pronto se pone rígido, le dan sacudidas en brazos y piernas y durante casi un minuto no le contesta. Ahora está muy adormilado. Temperatura 37.6 °C.
scenario-seizure-teaching = Una convulsión es una emergencia: llame ahora al número de emergencias para pedir una ambulancia, no maneje. Acueste al niño de lado, quite lo que haya alrededor, no lo sujete, no le meta nada en la boca, cuide que la línea no se jale y fíjese cuánto dura. Después llame al equipo.

scenario-fever_low_pressure-title = Fiebre y presión baja
scenario-fever_low_pressure-story = Día 2, en la noche. Lucía (6 años) tiene 38.9 °C. Le toma la presión con su propio brazalete, sentada y tranquila: 76/44. Pulso 128.
scenario-fever_low_pressure-teaching = La fiebre junto con una presión por debajo del límite para la edad puede ser un síndrome de liberación de citocinas que empeora. Es una emergencia: primero el número de emergencias o urgencias, después el equipo.

scenario-low_pressure_teen-title = Presión baja para su edad
scenario-low_pressure_teen-story = Día 5, registro de la mañana. Andrés (14 años) dice que se siente bien. Temperatura 36.9 °C. Presión 86/54, pulso 96, oxigenación 98%.
scenario-low_pressure_teen-teaching = El límite seguro depende de la edad: desde los 10 años, un número de arriba menor de 90 es bajo. Llame al equipo ahora y vuelva a tomar la presión mientras espera, con el brazalete correcto y el niño sentado y quieto. Si la segunda también sale baja, es una emergencia.

scenario-fever_medicine_hides_fever-title = Después de la medicina para la fiebre
scenario-fever_medicine_hides_fever-story = Día 3. Hace tres horas la abuela le dio a Emilia (5 años) medicina para la fiebre porque la sentía caliente, sin tomarle la temperatura. Ahora: 37.4 °C, presión 74/42, y quiere estar acostada.
scenario-fever_medicine_hides_fever-teaching = La medicina para la fiebre puede esconder una fiebre. Por eso el diario lo pregunta: si la respuesta es Sí, la presión baja se toma como una posible reacción a la infusión, una emergencia. Conteste siempre Sí cuando se la dieron y dígale al equipo qué le dieron y a qué hora.

scenario-low_oxygen_fast_breathing-title = Respira rápido, oxigenación 88%
scenario-low_oxygen_fast_breathing-story = Día 2, de noche. Camila (11 años) respira mucho más rápido que de costumbre. El sensor en su dedo marca oxigenación 88%. Temperatura 38.2 °C.
scenario-low_oxygen_fast_breathing-teaching = Una oxigenación menor de 90% es una emergencia, más aún con fiebre y respiración rápida. Revise que el sensor esté bien puesto, pero no pierda tiempo: llame al número de emergencias para pedir una ambulancia, y después al equipo.

scenario-confused_words-title = Confunde las palabras
scenario-confused_words-story = Día 8. Santiago (13 años) le dice lápiz a la cuchara, no encuentra palabras sencillas y no sabe qué día es. Temperatura 37.0 °C, presión 108/66.
scenario-confused_words-teaching = La dificultad para hablar y la confusión son señales de que la infusión puede estar afectando el cerebro. Pueden llegar sin fiebre. Llame al equipo ahora; si empeora o empieza una convulsión, es una emergencia.

scenario-toddler_wobbly-title = Un niño pequeño que se cae
scenario-toddler_wobbly-story = Día 10. Leo (2 años) ayer caminaba bien. Hoy está inestable, se cae seguido y le tiemblan las manos cuando alcanza su vaso. Temperatura 36.9 °C.
scenario-toddler_wobbly-teaching = En un niño pequeño, la torpeza nueva y el temblor son la forma en que se notan los problemas de los nervios. Compare con lo que hacía ayer y llame al equipo ahora.

scenario-headache_nausea-title = Dolor de cabeza leve y náusea
scenario-headache_nausea-story = Día 4, por la tarde. Regina (9 años) tiene un dolor de cabeza leve y un poco de náusea, pero toma líquidos y juega. Temperatura 37.3 °C, presión 104/64.
scenario-headache_nausea-teaching = Síntomas leves con signos normales: avise al equipo hoy, por teléfono de día (después de las 8 a.m. si es de noche). Siga vigilando: un dolor de cabeza fuerte o vómito que no para es motivo para llamar ahora.

scenario-line_site_redness-title = Piel roja donde entra la línea
scenario-line_site_redness-story = Día 7, en la rutina del baño (el apósito se mantuvo seco). La piel alrededor de la línea de Isabela (8 años) está roja y le duele un poco. Temperatura 37.0 °C.
scenario-line_site_redness-teaching = Enrojecimiento en la línea sin fiebre: avise al equipo hoy para que lo revisen. Con fiebre, hay que llamar ahora.

scenario-fast_heart_toddler-title = El corazón late rápido
scenario-fast_heart_toddler-story = Día 5. Renata (3 años) juega después de comer. Temperatura 37.5 °C. El sensor marca pulso 150 y oxigenación 97%.
scenario-fast_heart_toddler-teaching = Por arriba del límite para su edad (140 de 2 a 5 años) pero por lo demás bien: avise al equipo hoy. Déjela descansar y mida otra vez; si además hay fiebre o presión baja, llame ahora.

scenario-just_below_fever-title = Una temperatura de 37.9 °C
scenario-just_below_fever-story = Día 1, el registro de las 6 de la tarde. Pablo (12 años) se siente calientito. Temperatura 37.9 °C, presión 112/70, pulso 90, oxigenación 98%. Ninguna otra señal.
scenario-just_below_fever-teaching = La práctica usa el plan estándar, con límite de fiebre de 38.0 °C: 37.9 °C está justo debajo, así que todavía no hay que llamar. En casa el límite es el del plan de su hijo o hija, y Centinela lo usa. Siga el horario, pero vuelva a medir antes (en una hora más o menos) y llame en cuanto llegue al límite.

scenario-all_well-title = Un registro normal
scenario-all_well-story = Día 11, el registro del mediodía. Ximena (15 años) ve una película. Temperatura 36.7 °C, presión 110/68, pulso 84, oxigenación 99%. La bomba funciona.
scenario-all_well-teaching = Todo dentro de los límites: anótelo en el diario y siga el horario. La mayoría de los registros son como este, y anotarlos es lo que permite al equipo ver un cambio a tiempo.

scenario-infant_fever-title = Una bebé de 7 semanas con 38.2 °C
scenario-infant_fever-story = Día 3, en la tarde. Valeria tiene 7 semanas y se siente caliente. El termómetro electrónico en la axila marca 38.2 °C. Está comiendo un poco menos. La bomba funciona.
scenario-infant_fever-teaching = Antes de los 3 meses, cualquier temperatura de 38.0 °C o más es una emergencia, sea cual sea el límite de fiebre del plan: vaya a urgencias ahora y después llame al equipo. Un bebé tan pequeño puede ponerse muy grave muy rápido.

scenario-sepsis_normal_pressure-title = Fiebre, pálido y frío, presión normal
scenario-sepsis_normal_pressure-story = Día 4, de noche. Tomás (5 años) tiene 38.6 °C. Su piel se ve pálida y manchada y tiene las manos y los pies fríos. Su presión es 96/60, normal para su edad.
scenario-sepsis_normal_pressure-teaching = Fiebre con piel pálida, manchada o fría puede ser una infección o reacción grave aunque la presión todavía esté normal: en los niños la presión baja tarde. Es una emergencia: vaya a urgencias ahora y después llame al equipo.

scenario-catheter_out-title = Se salió el catéter
scenario-catheter_out-story = Día 6, después de jugar. La playera de Julia (8 años) está mojada y la punta del catéter está fuera de su cuerpo, debajo del apósito flojo y mojado. Temperatura 36.9 °C.
scenario-catheter_out-teaching = Un catéter que se salió es una emergencia. Presione el sitio con una gasa limpia, detenga la bomba y vaya a urgencias ahora; llame al equipo en el camino. Nunca vuelva a meter el catéter. En Centinela, marque que el catéter se salió y que el apósito está mojado y flojo.

scenario-falling_ice-title = La puntuación de la revisión va bajando
scenario-falling_ice-story = Día 8. En la mañana Mariana (14 años) sacó 9 de 10 en la revisión neurológica: no pudo decir el mes. Cuatro horas después repite la revisión. No puede decir el mes ni la ciudad, nombra dos de tres objetos y no puede contar hacia atrás: 6 de 10. Temperatura 37.2 °C.
scenario-falling_ice-teaching = Una puntuación de 7 a 9 quiere decir llamar al equipo ahora. Una de 6 o menos es una emergencia: llame al número de emergencias o vaya a urgencias ahora, y después al equipo. Una puntuación que baja importa, aunque cada paso parezca pequeño.

scenario-repeat_pressure-title = La segunda presión
scenario-repeat_pressure-story = Día 2, por la tarde. Hace veinte minutos Nicolás (6 años) tenía 37.1 °C y una presión de 78/46; Centinela dijo que llamara al equipo y volviera a medir. El equipo todavía no le regresa la llamada. Vuelve a medir, sentado y tranquilo, con el brazalete correcto: 79/47.
scenario-repeat_pressure-teaching = Una presión baja quiere decir llamar ahora y volver a medir. Una segunda presión baja en menos de media hora lo confirma: es una emergencia, no otro "llamar ahora". Vaya a urgencias ahora y no espere a que el equipo le regrese la llamada.
