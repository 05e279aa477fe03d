### Training figures and the module page, US English. The same ids in every language.

## The module page (ModuleView.svelte)
training-page-minutes =
    { $n ->
        [one] About { $n } minute
       *[other] About { $n } minutes
    }
training-page-done = Done — we covered this
training-page-back = Back to the list
training-page-do = Do
training-page-dont = Don't
training-page-ladder-emergency = Emergency: call in this order
training-page-ladder-call_now = Call now: in this order

## The word that starts a callout box, by its tone (the box's color and icon are the app's
## four states). A routine box is a tip, except where it shows the routine level itself.
training-callout-emergency = Emergency
training-callout-call_now = Call now
training-callout-call_today = Call today
training-callout-routine = Good to know
training-callout-routine-level = All fine

## Figures: each has a label for screen readers (aria-label) and a few short words in the
## drawing. The drawing's words must stay about this long: they sit in fixed places.

# CourseTimeline.svelte
training-figure-courseTimeline-label = Timeline of the course over 21 days: low dose in week 1, higher dose from about day 8, premedication before the start and before the step-up, a new bag every 48 hours, closest watch for CRS in the first days and for changes in the brain and nerves in the first 2 weeks.
training-figure-courseTimeline-low = low dose
training-figure-courseTimeline-high = higher dose
training-figure-courseTimeline-crs = CRS: day 1–3
training-figure-courseTimeline-neuro = brain and nerves: week 1–2
training-figure-courseTimeline-day = day
training-figure-courseTimeline-bag = 48 h · new bag
training-figure-courseTimeline-premed = premedication

# ThermometerArm.svelte
training-figure-thermometerArm-label = A child with a thermometer held deep in the armpit, the arm pressed against the body. Wait 20 minutes after a drink or a bath.

# BpCuff.svelte
training-figure-bpCuff-label = A child's blood pressure cuff on the upper arm, the arm resting at the level of the heart. The right cuff covers about two thirds of the distance from shoulder to elbow. First, 5 minutes sitting quietly.
training-figure-bpCuff-shoulder = shoulder
training-figure-bpCuff-elbow = elbow

# PulseOximeter.svelte
training-figure-pulseOximeter-label = A pulse oximeter sensor on a fingertip. Its screen shows two numbers: the oxygen (SpO₂, in %) and the pulse. A clock: wait 30 seconds or more, until the numbers stop changing.

# PumpLine.svelte
training-figure-pumpLine-label = The infusion bag, the portable pump and the line to the child. Two things crossed out: never change the pump's settings, never flush the line.
training-figure-pumpLine-settings = never change settings
training-figure-pumpLine-flush = never flush the line

# BagClock.svelte. The heads-up time before the bag is due is a setting (15 minutes to
# 12 hours): no fixed number here. The repeat every 15 minutes is fixed.
training-figure-bagClock-label = A 48-hour clock for the bag. Centinela sends a reminder before the bag is due, another at the due time, and one every 15 minutes after that until you log the new bag.
training-figure-bagClock-before = before it is due
training-figure-bagClock-atTime = at the time
training-figure-bagClock-every = every 15 min

# CallLadder.svelte. The module's heading counts four levels (the four states); this drawing
# is the order to call, so it names no count. A step's words may take two lines.
training-figure-callLadder-label = Who to call, in order, the same by day and by night: first the team's 24-hour phone; if nobody answers within 10 minutes, the second contact; if still nobody answers, the emergency department.
training-figure-callLadder-step1 =
    team's
    24-hour phone
training-figure-callLadder-step2 = second contact
training-figure-callLadder-step3 =
    emergency
    department

# InfantEyes.svelte
training-figure-infantEyes-label = Two baby faces. Left, as usual: the baby makes eye contact with you and smiles. Right, a warning sign: the eyes look away, no eye contact, no reaction to you. Call the team now.

## The signed training record (PDF); its labels are the screen's own (training-record-*)
record-pdf-title = Home-care training record
record-pdf-footer = Centinela · home blinatumomab infusion
record-pdf-child = Child
record-pdf-none = (none)
record-pdf-covered = Covered
record-pdf-notCovered = Not covered
record-pdf-signing = By signing, the caregivers confirm they were shown how to take the readings, what the signs in each group mean, who to call and in what order, and what to do when the pump alarms. The nurse confirms the session took place.
record-pdf-signatures = Signatures
record-pdf-nurse = nurse
record-pdf-caregiver = caregiver
