### Los documentos impresos (la hoja del refrigerador, el informe, el registro de capacitación), español de México.

## La hoja del refrigerador (una página: cada línea corta)
sheet-title = { $name }: qué vigilar y a quién llamar
sheet-footer = Centinela · { $rules } · impreso el { $today }. Esta hoja no sustituye las indicaciones del equipo: si tiene dudas, llame.
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
