### The engine's words, US English: signs, reasons, advice, reminders, what can keep the
### alarm from waking the family, and the "When you call, say this" card. The screens, the
### PDFs, the tray and the notifications all show these same messages.

## Symptoms (care-rules §5 meanings, our plain words). The checkbox, the result, the diary
## and the fridge sheet all show these.
symptom-seizure = Seizure: shaking or going stiff, and not aware
symptom-unresponsive = Cannot be woken, or does not respond
symptom-breathing_difficulty = Struggling to breathe, or blue lips or face
symptom-confusion = Confused: does not know where they are or who you are
symptom-speech_difficulty = Slurred speech, or cannot find words
symptom-tremor = New shaking or trembling of hands or body
symptom-unusual_sleepiness = Much sleepier than usual, hard to keep awake
symptom-balance_problem = New clumsiness, unsteady walking or falling
symptom-not_interacting = Baby or small child: no eye contact, not reacting to you
symptom-inconsolable_cry = Baby or small child: cries and cannot be comforted
symptom-rigors = Shaking chills
symptom-fast_breathing = Breathing much faster than usual
symptom-dizziness_fainting = Dizzy, light-headed, or fainted
symptom-pale_cold_skin = Pale, gray or blotchy skin; cold hands and feet
symptom-severe_headache = Headache so bad they cannot play, or it does not go away
symptom-vomiting_persistent = Vomiting and cannot keep drinks down
symptom-diarrhea_severe = 7 or more runny poops in a day, or blood in the poop
symptom-rash_widespread = Rash over a large part of the body, or blisters or peeling skin
symptom-bleeding = Bleeding that does not stop, or blood in pee, poop or vomit
symptom-little_urine = Much less pee than usual (fewer wet diapers)
symptom-headache = Mild headache
symptom-nausea = Feels like throwing up (nausea)
symptom-vomiting = Vomited, but keeps drinks down
symptom-diarrhea = Runny poops, fewer than 7 a day
symptom-rash = Small patch of rash
symptom-fatigue = More tired or weak than usual
symptom-muscle_aches = Aching muscles or joints
symptom-line_site_redness = Red, swollen or sore where the line goes into the skin
symptom-dressing_wet_loose = The dressing over the line is wet, loose or coming off

## The pump's status as a sentence (the result, the call card)
pump-sentence-running = The pump is running normally
pump-sentence-alarm = The pump's alarm is sounding
pump-sentence-stopped = The pump has stopped
pump-sentence-disconnected = The tubing came apart
pump-sentence-leaking = The line or the bag is leaking
pump-sentence-bag_empty = The bag looks empty
pump-sentence-line_out_or_broken = The catheter came out, or it is cut or cracked

## Why the engine chose its action (care-rules §7)
reason-pump-advice = Do not change the pump settings, do not flush the line and do not reconnect tubing that came apart. Call the team now.
reason-line-out-advice = If it came out, press on the spot with clean gauze. If it is broken, clamp or pinch it between the break and the body. Stop the pump and go to the emergency department now.
reason-pump_alarm = { pump-sentence-alarm }. { reason-pump-advice }
reason-pump_stopped = { pump-sentence-stopped }. { reason-pump-advice }
reason-pump_disconnected = { pump-sentence-disconnected }. { reason-pump-advice }
reason-pump_leaking = { pump-sentence-leaking }. { reason-pump-advice }
reason-pump_bag_empty = { pump-sentence-bag_empty }. { reason-pump-advice }
reason-pump_line_out_or_broken = { pump-sentence-line_out_or_broken }. { reason-line-out-advice }
reason-fever = Fever: the temperature is at or above the care plan's fever limit.
reason-infant_fever = Fever of 38.0 °C (100.4 °F) or more in a baby under 3 months old.
reason-hypothermia = The temperature is below 36.0 °C (96.8 °F). Take it again now, and call.
reason-hypotension = Blood pressure is low for the child's age. Take it again now to confirm, and call.
reason-hypotension_confirmed = Blood pressure was low for the child's age twice within 30 minutes.
reason-crs_grade_2 = Fever (or fever medicine or a steroid dose) together with low blood pressure or low oxygen: possible serious reaction to the medicine (cytokine release syndrome, CRS).
reason-sepsis_signs = Fever or chills together with a sign of poor circulation or fast breathing: possible serious infection, even with a normal blood pressure.
reason-shock_signs = Low blood pressure with dizziness, pale cold skin or unusual sleepiness: signs of shock, when the body is not getting enough blood.
reason-hypoxia = Oxygen level below 90%.
reason-low_oxygen = Oxygen level below 92%.
reason-tachycardia = The pulse is fast for the child's age.
reason-tachycardia_extreme = The pulse is very fast for the child's age.
reason-bradycardia = The pulse is slow for the baby's age. Take it again now, and call.
reason-bradycardia_severe = The pulse is below 60 a minute.
reason-fast_breathing_measured = The breathing rate is fast for the child's age.
reason-icans_ice_1 = The neurological check scored 7 to 9 out of 10: some answers were wrong.
reason-icans_ice_2 = The neurological check scored 6 or less out of 10.
reason-capd_positive = The neurological check (CAPD) scored 9 or more: the child may be confused.
reason-infant_fluid_loss = Vomiting or diarrhea in a baby under 6 months: a baby this young dries out quickly.
reason-no_recent_reading = No reading in the last 6 hours: take a reading now.
# A warning saved by a newer Centinela that this one does not know.
reason-unknown = A warning this version of Centinela does not know ({ $code }). If you are worried, call the team.

## What each action means for the family (care-rules §7). Emergency: the ambulance first.
advice-emergency = Emergency. Seizure, cannot be woken, struggling to breathe or oxygen below 90: call the emergency number for an ambulance; do not drive. Otherwise go to the emergency department now. Take the pump and bag, still connected; say "blinatumomab infusion, possible CRS". Then call the team's 24-hour phone.
advice-call_now = Call the team's 24-hour phone now. If nobody picks up or calls back within 10 minutes, call the second contact; if nobody answers, go to the emergency department. While you wait, stay with the child and take a new reading in 15 minutes; if anything gets worse, it is an emergency.
advice-call_today = Tell the team today, by phone in the daytime (after 8 a.m. if it is night now). Call sooner if it gets worse or a new sign appears.
advice-routine = Nothing to do now. Keep to the reading schedule, and take a new reading if anything changes.
advice-ambulance = Emergency: call the emergency number for an ambulance now; do not drive. Take the pump and the bag with the child and do not disconnect it; tell them "blinatumomab infusion, possible CRS". Then call the team's 24-hour phone.
advice-emergency-department = Emergency: go to the nearest emergency department now, or call the emergency number if you cannot get there quickly. Take the pump and the bag with the child and do not disconnect it; tell them "blinatumomab infusion, possible CRS". Then call the team's 24-hour phone.
advice-no-recent-reading = Take a reading now: there is none from the last 6 hours.

## Reminders: the notification's title and what to do. Generic: no name, no value.
reminder-title-bag_heads_up = Bag change coming up
reminder-title-bag_due = Time to change the infusion bag
reminder-title-bag_overdue = Bag change overdue: call the team now
reminder-title-reading_due = Time for a reading
reminder-title-premedication_start = Tomorrow the infusion starts
reminder-title-premedication_step_up = Tomorrow the dose goes up
reminder-title-long_pause = The infusion has been paused for 4 hours
reminder-body-bag_heads_up = The infusion bag is due for a change soon. Plan the trip to the clinic.
reminder-body-bag_due = The bag is due now. Once the new bag is on the pump, enter it in Centinela.
reminder-body-bag_overdue = The infusion may stop. Call the team now. Do not change the pump settings.
reminder-body-reading_due = Take the temperature and the other signs, and enter them in Centinela.
reminder-body-premedication_start = The team may need to give a medicine, dexamethasone, before the infusion starts. Confirm the time with them.
reminder-body-premedication_step_up = The team may need to give a medicine, dexamethasone, before the dose changes. Confirm with them.
reminder-body-long_pause = Call the team before the infusion is resumed.
reminders-group-slept =
    { $count ->
        [one] 1 reminder came due while the computer was asleep
       *[other] { $count } reminders came due while the computer was asleep
    }
reminders-group-started =
    { $count ->
        [one] 1 reminder came due while Centinela was closed
       *[other] { $count } reminders came due while Centinela was closed
    }
reminders-group-running =
    { $count ->
        [one] 1 reminder is due
       *[other] { $count } reminders are due
    }
reminders-group-body = { $top }. Open Centinela to see them all.

## What can keep the alarm from waking the family (issue 20)
concern-title-sound_muted = The sound is off: Centinela cannot wake you
concern-title-sound_low = The sound is at { $volume }%: the alarm may not wake you
concern-title-notifications_hidden = Do not disturb is on: notifications are hidden
concern-title-battery_alarm = Battery at { $percent }%: plug in the charger now
concern-title-battery_low = Battery at { $percent }%: plug in the charger
concern-title-unplugged_at_night = The charger is not plugged in
concern-title-start_at_login_off = Centinela will not start by itself after a restart
concern-advice-sound_muted = Turn the computer's sound on and up, so the alarm can be heard at night.
concern-advice-sound_low = Turn the computer's sound up to at least { $limit }%.
concern-advice-notifications_hidden = Turn do not disturb off in the computer's settings. The alarm still sounds, but reminders will not pop up.
concern-advice-battery_alarm = The computer may switch off soon, and then no alarm can wake you. Plug in the charger.
concern-advice-battery_low = Keep the computer plugged in during the night, so it does not run out of battery before the next reminder.
concern-advice-unplugged_at_night = { concern-advice-battery_low }
concern-advice-start_at_login_off = If the computer restarts, reminders stop until someone opens Centinela. Turn on "Start Centinela when I log in" in Settings.
concern-several = Centinela may not be able to wake you

## Ages, as the family says them (no-break space between number and word)
age-years =
    { $n ->
        [one] 1 year
       *[other] { $n } years
    }
age-months =
    { $n ->
        [one] 1 month
       *[other] { $n } months
    }
age-days =
    { $n ->
        [one] 1 day
       *[other] { $n } days
    }

## Times in a sentence: "at 1:50 AM", "on Fri at 8:00 PM"
call-clock = { $hour }:{ $minute } { $pm ->
        [yes] PM
       *[no] AM
    }
call-at = at { call-clock }
call-at-day = on { $day } at { call-clock }
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun

## "When you call, say this" (issue 18), in the order a doctor on call asks
call-title = When you call, say this
call-heading-who = Who
call-heading-what = What is happening
call-heading-did = What you did, what Centinela advised
call-course-day = On blinatumomab at home: day { $day } of { $days }.
call-on-blinatumomab = On blinatumomab at home.
call-step-after = After the dose step-up on day { $day }.
call-step-before = Before the dose step-up (day { $day }).
call-bag-on = The current bag was started { $when }
call-name-temperature = Temperature
call-name-blood_pressure = Blood pressure
call-name-pulse = Pulse
call-name-breathing = Breathing
call-name-oxygen = Oxygen
call-amount-temperature = { $value }
call-amount-blood_pressure = { $value } mmHg
call-amount-pulse = { $value } a minute
call-amount-breathing = { $value } breaths a minute
call-amount-oxygen = { $value }%
call-reading = { $name } { $amount } { $at }
call-reading-before = { $name } { $amount } { $at } (before: { $before } { $beforeAt })
call-signs = Signs checked: { $signs }
call-neuro = Neurological check ({ $scale }): { $score } of { $max } { $at }
call-neuro-usual = Neurological check ({ $scale }): { $score } of { $max } { $at }; usual: { $usual }
call-no-reading = No reading in the last 48 hours.
call-fever-medicine-at = Fever medicine given { $when }
call-fever-medicine-recent = Fever medicine given in the last 6 hours.
call-advised = Centinela advised: { $advice }
## The fridge sheet's box: what to have ready, in the card's order
call-sheet-who = On blinatumomab at home; the course day; when the bag was put on.
call-sheet-what = each sign with its value and time, and the one before; fever medicine; the pump.
call-sheet-did = a repeat reading; Centinela's advice.

## Dates and times: one way per language for the screens and the PDFs alike
## (US English: month first, 12-hour clock; "Sat, Nov 21, 2:05 PM")
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
weekday-long-1 = Monday
weekday-long-2 = Tuesday
weekday-long-3 = Wednesday
weekday-long-4 = Thursday
weekday-long-5 = Friday
weekday-long-6 = Saturday
weekday-long-7 = Sunday
date-weekday-day = { $weekday }, { $month } { $day }
date-weekday-day-year = { $weekday }, { $month } { $day }, { $year }
date-weekday-day-time = { $weekday }, { $month } { $day }, { $time }
date-long = { $weekday }, { $month } { $day }, { $year }
date-plain = { $month } { $day }, { $year }
date-short = { $month } { $day }, { $year }
date-weekday-day-year-time = { $weekday }, { $month } { $day }, { $year }, { $time }
date-day-month = { $month } { $day }
