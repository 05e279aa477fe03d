### The printed documents (the fridge sheet, the report, the training record), US English.

## The fridge sheet (one page: keep each line short)
sheet-title = { $name }: what to watch for and who to call
sheet-footer = Centinela · { $rules } · printed { $today }. This sheet does not replace the team's advice: when in doubt, call.

## Every document
document-page = Page { $page } of { $pages }
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

## The clinic report
# For the care team: the clinical words the clinic uses are fine here.
report-title = Clinic report: { $name }
report-footer = Centinela · { $name } · clinic report of { $made }
report-intro = Blinatumomab at home, as the family recorded it in Centinela. Times are the family's local time ({ $offset }).
report-child = The child
report-course = The course
report-name = Name
report-birth = Date of birth
report-birth-value = { $date } (age { $age })
report-weight = Weight
report-not-entered = not entered
report-height = Height
report-fever-limit = Fever limit (care plan)
report-made = Report made
report-made-with = Made with
report-made-with-value = Centinela { $version }, rules { $rules }
report-course-label = Course
report-course-none = no course entered yet
report-every = every { $every } h; every { $close } h on close-watch days ({ $days })
report-and = { $rest } and { $last }
report-today = Today
report-start = Start (day 1)
report-planned-end = Planned end
report-planned-end-value = { $date } (day { $day })
report-step-up = Dose step-up
report-step-up-value = day { $day }, { $date }
report-step-up-none = none planned
report-readings = Readings
report-bags = Bags put on
report-interruptions = Interruptions
report-interruptions-paused = { $n } (paused now)
report-day-of = Day { $n } of { $days }
report-close-watch-day = { $day } (close-watch day)
report-not-started = Not started yet ({ $n ->
    [one] { $n } day
   *[other] { $n } days
} to go)
report-course-ended = The course has ended
report-summary = Summary
report-alerts-count = { $n ->
    [one] { $n } alert
   *[other] { $n } alerts
}
report-alerts-open = { $n } not acknowledged
report-missed-count = { $n ->
    [one] { $n } missed reminder
   *[other] { $n } missed reminders
}.
report-paused-now = The infusion is paused now, since { $since }: { $reason }.
report-readings-count = { $n ->
    [one] { $n } reading
   *[other] { $n } readings
}
report-readings-corrected = ({ $n } corrected)
report-readings-last = the last on { $when }
report-bags-none = No bag logged yet.
report-bag = Bag
report-bag-put-on = Put on
report-bag-lasts = Lasts
report-bag-due = Due
report-bag-by = Logged by, note
report-pauses = Interruptions of the infusion
report-pauses-none = No interruptions.
report-pause-from = From
report-pause-to = To
report-pause-length = How long
report-pause-reason = Reason
report-pause-still = Still paused
report-pause-so-far = { $length } so far
report-paused-by = paused by { $who }
report-resumed-by = resumed by { $who }
report-charts = Charts
report-axis-course = Day of the course (top) and date
report-axis-date = Date
report-now = now
report-fever-limit-series = Fever limit (care plan): { $temp }
report-temperature-series = Temperature ({ $unit })
report-temperature-flagged = At or above the fever limit
report-temperature-title = Temperature, { $unit }
report-temperature-none = No temperature readings yet
report-systolic-limit = Low for age: below { $limit }
report-systolic-series = Systolic (mmHg)
report-systolic-flagged = Below the limit for age
report-systolic-title = Systolic blood pressure, mmHg
report-systolic-none = No blood pressure readings yet
report-pulse-limit = Fast for age: above { $limit }
report-pulse-unit = a minute
report-pulse-series = Pulse (beats a minute)
report-pulse-flagged = Above the limit for age
report-pulse-title = Pulse, beats a minute
report-pulse-none = No pulse readings yet
report-limit-from = { $limit } from { $date }
report-alerts = Alerts
report-alerts-none = No alerts were raised.
report-alerts-lead = Every alert Centinela raised, oldest first, with who dealt with it and what the team said.
report-alert-raised = Raised
report-alert-action = What to do
report-alert-why = Why
report-alert-ack = Acknowledged
report-alert-by = By { $who }, { $when }
report-alert-not-ack = Not acknowledged
report-team-said = <b>The team said: </b>“{ $said }”
report-alert-rules = (rules { $rules })
report-missed = Missed reminders
report-missed-lead = A reminder to take a reading, change the bag or confirm the premedication is listed when it was still open more than { $minutes } minutes after its time, whatever ended it (a reading, a new bag, OK or the end of the course); a bag change { $overdue } minutes late is always listed.
report-missed-none = No reminders were missed.
report-missed-reminder = Reminder
report-missed-due = Due
report-missed-ended = How it ended
report-after-bag-due = { $late } after the bag was due
report-after-time = { $late } after its time
report-still-open = Still open at this report ({ $after })
report-ended-course = Still open when the course ended, { $when } ({ $after })
report-ended-reading = Reading entered { $when } ({ $after })
report-ended-bag = New bag logged { $when } ({ $after })
report-ended-resumed = Infusion resumed { $when } ({ $after })
report-ended-ok-by = OK pressed by { $who }, { $when } ({ $after })
report-ended-ok = OK pressed { $when } ({ $after })
report-every-reading = Every reading
report-readings-none = No readings yet.
report-readings-lead = Oldest first. Values outside the limits are in bold. A corrected reading is in gray, with who corrected it, when and why; its correction is the next row.
report-col-time = Time
report-col-temp = Temp.
report-col-bp = BP mmHg
report-col-pulse = Pulse
report-col-signs = Signs
report-col-pump = Pump
report-col-alert = Alert
report-correction-note = <b>Corrected by { $who } on { $when }.</b> Reason: “{ $reason }”. The correction is the next row.
report-corrected = Corrected
report-correction = Correction
report-day-band = Day { $n } of { $days } · { $date }
report-signs-none = None
report-breathing = Breathing { $rate }/min
report-fever-medicine-at = Fever medicine at { $time }
report-fever-medicine-6h = Fever medicine in the last 6 h
report-minutes = { $m } min
report-hours = { $h } h { $m } min
report-days = { $d ->
    [one] { $d } day
   *[other] { $d } days
} { $h } h
