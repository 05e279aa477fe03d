### The printed documents (the fridge sheet, the report, the training record), US English.

## The fridge sheet (one page: keep each line short)
sheet-title = { $name }: what to watch for and who to call
sheet-footer = Centinela · { $rules } · printed { $today }. This sheet does not replace the team's advice: when in doubt, call.
sheet-limits = The limits are for { $name }'s age today: <b>{ $age }</b>, the ones Centinela uses.
sheet-bag = <b>Next bag change: { $due }</b>; a new bag every { $hours } h: enter it in Centinela when it is put on.
sheet-bag-past = { $due } (already past: check the diary)
sheet-bag-none = not entered yet
sheet-low-bp = Low blood pressure (top number below { $systolic })
sheet-oxygen-below = Oxygen (SpO₂) below { $percent }%
sheet-low-bp-fever = { $lowBp } with a temperature of { $fever } or more in the last { $recentHours } h, or fever medicine in the last { $currentHours } h
sheet-low-bp-shock = { $lowBp } and any of: { $signs }
sheet-infant-fever = Temperature { $fever } or more (a baby under 3 months)
sheet-low-bp-twice = { $lowBp } twice within 30 minutes
sheet-pump-heading = The pump or the line
sheet-fever = Temperature { $fever } or more
sheet-low-bp-again = { $lowBp }: take it again now, and call
sheet-cold = Temperature below { $temp }: take it again now, and call
sheet-breathing = Breathing { $rate } or more a minute
sheet-pulse-extreme = Pulse { $rate } or more a minute
sheet-no-new-bag = No new bag { $minutes } minutes after it was due
sheet-pulse-high = Pulse above { $rate } beats a minute
sheet-reading-every = A reading every { $every } h, every { $close } h on close-watch days (1–{ $firstDays }, step-up and the day after).
sheet-fever-medicine = Fever medicine can hide a fever: at each reading, say in the diary if it was given.
sheet-no-phones = No phone numbers saved yet
sheet-ask-team = ask the team
