# The seven training modules of the nurse's hour (ui/src/lib/trainingModules.ts holds their structure).

## why_home
module-why_home-title = Why the infusion is given at home
module-why_home-summary = What the next weeks look like, and why the team trusts you with them.

module-why_home-s1-heading = Home instead of the ward
module-why_home-s1-p1 = Blinatumomab works best as a slow, steady drip, day and night, for up to 21 days. A small portable pump gives it, so your child can sleep in their own bed instead of staying in hospital.
module-why_home-s1-p2 = At home, you become the team's eyes. You measure, you write it down in Centinela, and you call when something changes. You are never alone: the team answers the phone 24 hours a day.
module-why_home-s1-list1-1 = You live within 1 hour of the hospital, so you can get there quickly.
module-why_home-s1-list1-2 = The team's 24-hour phone is saved in Centinela, in the order to call.
module-why_home-s1-list1-3 = Every 2 days or so you go back to the clinic for a new bag.

module-why_home-s2-heading = What to expect, week by week
module-why_home-figure-course_timeline = The course: a low dose first, a higher dose after about a week, a new bag every 48 hours. The first days and the first two weeks need the closest watch.
module-why_home-s2-list1-1 = Week 1: a low dose. Before it starts, the team gives a medicine to prevent reactions (premedication).
module-why_home-s2-list1-2 = After about a week: the dose goes up (the step-up). The team gives the premedication again before it.
module-why_home-s2-list1-3 = Cytokine release syndrome (CRS), if it comes, usually comes early: most often around day 2.
module-why_home-s2-list1-4 = Changes in the brain and nerves (neurotoxicity), if they come, usually come in the first 2 weeks.
module-why_home-s2-list1-5 = The whole course lasts at most 21 days. Home shows "day N of M".
module-why_home-s2-p1 = The evening before the start and before the step-up, Centinela reminds you to check the premedication with the team.

module-why_home-s3-heading = Your part, every day
module-why_home-s3-do1-1 = Take a reading when Centinela asks: usually every 6 hours, every 4 hours on close-watch days.
module-why_home-s3-do1-2 = Take an extra reading any time your child seems different.
module-why_home-s3-do1-3 = Once a day, do the neurological check that Home offers.
module-why_home-s3-do1-4 = Do what the app says after each reading: it tells you who to call and how soon.
module-why_home-callout-quiet_days = Most days are quiet. Quiet days are the goal: keep to the schedule.

## crs_signs
module-crs_signs-title = Cytokine release syndrome (CRS)
module-crs_signs-summary = The body's alarm reaction to the medicine, and infection: fever first, then the signs that make it urgent.

module-crs_signs-s1-heading = What it is
module-crs_signs-s1-p1 = The medicine wakes up the immune system to fight the leukemia. Sometimes it wakes up too much and the whole body reacts. This is CRS. It usually starts in the first days, and it can be treated when it is found early.

module-crs_signs-s2-heading = The signs
module-crs_signs-s2-list1-1 = Fever — the most common first sign
module-crs_signs-s2-list1-2 = Chills, or shaking chills
module-crs_signs-s2-list1-3 = Breathing faster than usual
module-crs_signs-s2-list1-4 = Low blood pressure: dizzy, pale, cold hands and feet
module-crs_signs-s2-list1-5 = Fast heartbeat
module-crs_signs-s2-list1-6 = Headache
module-crs_signs-s2-list1-7 = Nausea or vomiting
module-crs_signs-s2-list1-8 = Rash
module-crs_signs-s2-list1-9 = Weakness, much more tired than usual

module-crs_signs-s3-heading = How urgent is it?
module-crs_signs-callout-crs_emergency_sepsis = A fever, fever medicine in the last 6 hours, shaking chills or a temperature below 36.0 °C (96.8 °F), together with any of these: pale, gray or cold skin; much less pee; dizzy or fainting; much sleepier than usual; a baby not reacting to you or crying without comfort; breathing much faster than usual; oxygen below 92%. This is an emergency even when the blood pressure is normal: low pressure comes late in children.
module-crs_signs-callout-crs_emergency_circulation = Low blood pressure together with a fever, fever medicine, dizziness, pale skin or sleepiness. Low blood pressure on two readings within 30 minutes. A heartbeat below 60 a minute in a child under 12. Struggling to breathe, blue lips, or oxygen below 90%.
module-crs_signs-callout-crs_call_now = A fever at or above the fever limit in your care plan (the standard plan: 38.0 °C / 100.4 °F). One low blood pressure, or a temperature below 36.0 °C: measure again now. Oxygen below 92%. A very fast heartbeat: 180 a minute or more, or 220 or more under 1 year. On their own, without a fever: shaking chills, breathing much faster than usual, dizziness or fainting, pale and cold skin, a bad headache, a rash over much of the body. Call the team's 24-hour phone now.
module-crs_signs-callout-crs_call_now_fluids = Also call now: vomiting that keeps no drinks down; 7 or more runny poops in a day, or blood in them; bleeding that does not stop; much less pee than usual. A baby under 6 months who vomits or has runny poops at all.
module-crs_signs-callout-crs_call_today = A fast heartbeat on its own, a mild headache, nausea, vomiting that keeps drinks down, fewer than 7 runny poops a day, a small patch of rash, more tired than usual, aching muscles. Tell the team today.
module-crs_signs-s3-p1 = You do not need to decide this alone: enter the reading and Centinela shows the action and who to call.

module-crs_signs-s4-heading = Fever medicine: ask the team first
module-crs_signs-s4-p1 = Medicine for fever or pain can bring the temperature down for some hours while the reaction goes on underneath. The team needs to hear about the fever first.
module-crs_signs-s4-do1-1 = Ask the team before giving any fever or pain medicine.
module-crs_signs-s4-do1-2 = If any was given, answer "Yes" to the fever medicine question in the reading, with the time.
module-crs_signs-s4-dont1-1 = No ibuprofen and no aspirin unless the team tells you to.
module-crs_signs-s4-dont1-2 = No medicines in the bottom (suppositories), and no temperatures there.
module-crs_signs-s4-dont1-3 = Do not wait to see whether the fever goes down: a fever means call now.

module-crs_signs-s5-heading = Fever can also be an infection
module-crs_signs-s5-p1 = The treatment lowers the body's defenses. A fever can be an infection as well as CRS, and an infection needs antibiotics fast, within about an hour of arriving at the hospital. That is why a fever means calling straight away.
module-crs_signs-s5-do1-1 = Everyone washes their hands before touching your child, the line or the pump.
module-crs_signs-s5-do1-2 = Keep your child away from people who are sick.
module-crs_signs-s5-do1-3 = Tell the team at once if your child has been near someone with chickenpox or measles.
module-crs_signs-callout-infection_fever = A fever at or above your plan's line, day or night: call the team now. Do not wait for the morning.

## neuro_signs
module-neuro_signs-title = Changes in the brain and nerves
module-neuro_signs-summary = Neurotoxicity: what it looks like in a child, in a baby or toddler, what to do in a seizure, and the daily neurological check.

module-neuro_signs-s1-heading = What to look for
module-neuro_signs-s1-p1 = The medicine can affect the brain for a while. It usually shows in the first 2 weeks and gets better with treatment. You know your child best: a change from their usual self is what counts.
module-neuro_signs-s1-list1-1 = Confused: does not know where they are, or who you are
module-neuro_signs-s1-list1-2 = Trouble speaking: slurred words, cannot find the word
module-neuro_signs-s1-list1-3 = New shaking (tremor) of the hands
module-neuro_signs-s1-list1-4 = Much sleepier than usual, hard to keep awake
module-neuro_signs-s1-list1-5 = Unsteady, falling, new clumsiness
module-neuro_signs-s1-list1-6 = Seizure: shaking or going stiff, and not aware
module-neuro_signs-s1-list1-7 = Cannot be woken, or does not respond
module-neuro_signs-callout-neuro_emergency = A seizure, or your child cannot be woken or does not respond: call the local emergency number for an ambulance now; do not drive.
module-neuro_signs-callout-neuro_call_now = Any other new sign on this list: call the team's 24-hour phone now, even at night.

module-neuro_signs-s2-heading = In a baby or toddler
module-neuro_signs-s2-p1 = Infants and toddlers cannot tell you they feel strange. Watch how they are with you.
module-neuro_signs-figure-infant_eyes = Usual: looks at you and reacts. Worrying: does not look at you, does not react to you.
module-neuro_signs-s2-list1-1 = No eye contact with you
module-neuro_signs-s2-list1-2 = Not reacting to you as usual: no smile, does not turn to your voice
module-neuro_signs-s2-list1-3 = Cannot be consoled, even in your arms
module-neuro_signs-s2-list1-4 = Stops babbling, or stops saying the words they knew
module-neuro_signs-s2-list1-5 = A toddler who walked well is now clumsy or falls
module-neuro_signs-callout-infant_neuro = In Centinela, check "Baby or small child: no eye contact, not reacting to you" or "cries and cannot be comforted", and call the team now.

module-neuro_signs-s3-heading = A seizure: what to do
module-neuro_signs-s3-do1-1 = Lay your child on their side, on the floor or the bed, with nothing hard nearby.
module-neuro_signs-s3-do1-2 = Look at the time when it starts, and stay with them.
module-neuro_signs-s3-do1-3 = Keep the pump close to your child so the line is not pulled.
module-neuro_signs-s3-dont1-1 = Do not hold your child down.
module-neuro_signs-s3-dont1-2 = Put nothing in their mouth.
module-neuro_signs-s3-p1 = In a baby a seizure can be quiet: staring spells, or one arm or leg jerking. Check "Seizure" for these too.
module-neuro_signs-callout-seizure = Any seizure, even a short one that has stopped: call the local emergency number for an ambulance; do not drive.

module-neuro_signs-s4-heading = The neurological check
module-neuro_signs-s4-p1 = Once a day, and whenever you check a sign on this page, Centinela guides a short check from Home. From age 12 it asks 10 questions (the ICE score; 10 is normal). Under 12 it asks 8 questions about how your child is with you (the CAPD score; under 9 is expected).
module-neuro_signs-s4-p2 = The nurse does the first check with you today, during training: it is your child's baseline, and every later check is shown beside it.
module-neuro_signs-callout-check_normal = ICE 10, or CAPD below 9, and no other sign: nothing to do now. Keep doing the check every day.
module-neuro_signs-callout-check_call_now = ICE 7 to 9, or CAPD 9 or more: call the team now.
module-neuro_signs-callout-check_emergency = ICE 6 or less: emergency. Sleeping at night is normal, but if you cannot wake your child, that is an emergency too.

## measuring
module-measuring-title = Measuring and writing it down
module-measuring-summary = Temperature, blood pressure, pulse, oxygen and breathing, measured the same way each time, and recorded in Centinela.

module-measuring-s1-heading = Temperature
module-measuring-figure-thermometer_arm = Tip of the thermometer deep in the armpit, arm held against the body until it beeps.
module-measuring-s1-do1-1 = Under the arm on dry skin, or from 4 weeks old in the ear, as the nurse showed you.
module-measuring-s1-do1-2 = A baby under 4 weeks: only under the arm, with an electronic thermometer.
module-measuring-s1-do1-3 = An armpit reading runs a little lower than one from inside the body. Write down what the thermometer shows.
module-measuring-s1-do1-4 = Use the same thermometer every time.
module-measuring-s1-do1-5 = Wait 20 minutes after a bath, a warm or cold drink, or a blanket wrap.
module-measuring-s1-dont1-1 = Never take the temperature in the bottom (rectal).
module-measuring-callout-infant_fever = A baby under 3 months at 38.0 °C (100.4 °F) or more: emergency, whatever the line in your plan.
module-measuring-callout-hypothermia = Below 36.0 °C (96.8 °F): measure again now and call the team.

module-measuring-s2-heading = Blood pressure
module-measuring-figure-bp_cuff = A child's cuff: the right size covers about two thirds of the upper arm, from shoulder to elbow.
module-measuring-s2-do1-1 = Use the child's cuff the team gave you. A cuff too small reads too high; too big reads too low.
module-measuring-s2-do1-2 = Sitting quietly for 5 minutes first, feet supported, no talking or crying.
module-measuring-s2-do1-3 = Bare arm resting on a table, at the level of the heart.
module-measuring-s2-dont1-1 = Do not put the cuff on an arm that has the line in it.
module-measuring-callout-bp_once = One low reading: call the team and measure again now. Enter only the new pressure: the rest of the last reading stays.
module-measuring-callout-bp_twice = Low again within 30 minutes: that is an emergency, even if the team has not called back yet.

module-measuring-s3-heading = Pulse, oxygen and breathing
module-measuring-figure-pulse_oximeter = The clip on a warm finger (or a toe, for a baby). Wait until the numbers stop changing.
module-measuring-s3-list1-1 = Keep the hand still and warm; nail polish can give a wrong number.
module-measuring-s3-list1-2 = After 30 seconds or more, write down both numbers: SpO₂ (%) and pulse (beats a minute).
module-measuring-s3-list1-3 = Breathing: count for one full minute while your child is calm. Each rise of the chest is one breath. Centinela knows the limit for your child's age.
module-measuring-callout-spo2_low = Oxygen below 92% without a fever: warm the hand and measure again, and call the team now.
module-measuring-callout-spo2_very_low = Oxygen below 90%: emergency.
module-measuring-callout-breathing_fast = Breaths in a minute at or above the limit for the age: call the team now.

module-measuring-s4-heading = Writing it in Centinela
module-measuring-s4-list1-1 = Open "New reading".
module-measuring-s4-list1-2 = Enter what you measured. Leave empty what you did not measure.
module-measuring-s4-list1-3 = Answer the fever medicine question: yes (with the time it was given) or no.
module-measuring-s4-list1-4 = Check every sign you see now, or "None of these signs", and how the pump is.
module-measuring-s4-list1-5 = Save. Read the answer: it says what to do and who to call.
module-measuring-s4-p1 = Made a mistake? Correct the reading: the old one stays in the diary, marked as corrected.

## pump
module-pump-title = Living with the pump
module-pump-summary = The pump is set by the team. Your job: keep it with your child, charged and dry, and the line safe.

module-pump-s1-heading = Hands off the settings
module-pump-figure-pump_line = The bag, the pump and the line to your child. Never press the settings, never flush the line.
module-pump-s1-dont1-1 = Never change settings on the pump, even when it alarms.
module-pump-s1-dont1-2 = Never flush the line: it pushes in an extra dose of the medicine.
module-pump-s1-dont1-3 = Never try to clear air from the line yourself: call the team.
module-pump-s1-dont1-4 = Never silence an alarm and forget it.
module-pump-s1-dont1-5 = Do not open the bag, disconnect the line, or reconnect tubing that came apart.

module-pump-s2-heading = When the pump alarms
module-pump-s2-list1-1 = Look: what does the screen say? Is the line kinked, the clamp closed, the bag empty?
module-pump-s2-list1-2 = Straighten a kink or open a clamp you closed. Nothing else.
module-pump-s2-list1-3 = Call the team, even if the alarm stopped. Check the pump status in a new reading.
module-pump-callout-pump_call_now = Alarm, pump stopped, tubing came apart, leaking, or bag empty: call the team's 24-hour phone now.

module-pump-s3-heading = When the line itself has a problem
module-pump-s3-list1-1 = The tubing came apart, the catheter is still in: do not reconnect it. Call the team now.
module-pump-s3-list1-2 = The catheter is cut or cracked: clamp or pinch it between the break and your child's body, cover it with clean gauze, and stop the pump.
module-pump-s3-list1-3 = The catheter came out: press on the spot with clean gauze, and stop the pump.
module-pump-callout-line_out = The catheter came out, or is cut or cracked: go to the emergency department now, then call the team. In Centinela, choose "The catheter came out, or it is cut or cracked".

module-pump-s4-heading = Every day
module-pump-s4-do1-1 = Keep the battery charged, and a spare one (or the charger) at hand.
module-pump-s4-do1-2 = Tubing without kinks, clamp open, not pulled or caught.
module-pump-s4-do1-3 = At night, run a baby's tubing under their clothes, away from the neck.
module-pump-s4-do1-4 = Bathing: no soaking in the bath and no swimming. Cover the line with a waterproof cover and keep the pump dry, out of the water.
module-pump-s4-do1-5 = Wear gloves to touch the bag, to wipe up a spill, and to handle your child's pee, poop or vomit, during the infusion and for 48 hours after. Then wash your hands.
module-pump-s4-do1-6 = The bag stays inside the pump backpack, with the pump, always with your child, at night too.
module-pump-callout-dressing = The dressing is wet, loose or dirty: it needs changing the same day. Redness, swelling or pain where the line goes into the skin. Tell the team today.

## bag_changes
module-bag_changes-title = Bag changes
module-bag_changes-summary = A new bag at the clinic every 48 hours, and Centinela reminds you in time.

module-bag_changes-s1-heading = Every 48 hours
module-bag_changes-figure-bag_clock = A bag lasts 48 hours. Centinela warns you before it is due, and again at the time.
module-bag_changes-s1-list1-1 = Most bags last 48 hours. Some last 24, 72 or 96 hours, or 7 days: the team tells you.
module-bag_changes-s1-list1-2 = Sometimes the pharmacy makes a bag last a few hours longer. The nurse tells you how many.
module-bag_changes-s1-list1-3 = The new bag is put on at the clinic, by the nurse.

module-bag_changes-s2-heading = Enter the new bag
module-bag_changes-s2-do1-1 = As soon as the new bag is on the pump, press "Enter the new bag" on Home.
module-bag_changes-s2-do1-2 = Check the time it was put on, how long it lasts, and any extra hours.
module-bag_changes-s2-do1-3 = Home then counts down to the next change.
module-bag_changes-s2-p1 = Reminders come before the bag is due, at the due time, and every 15 minutes after, until you log the new bag.

module-bag_changes-s3-heading = What to bring
module-bag_changes-s3-list1-1 = Your child, with the pump and the bag in the pump backpack
module-bag_changes-s3-list1-2 = The charger or a spare battery
module-bag_changes-s3-list1-3 = Your questions, and anything marked "tell the team today"
module-bag_changes-s3-list1-4 = Water, a snack, something to play with

module-bag_changes-s4-heading = If you will be late
module-bag_changes-s4-do1-1 = Call the team before the due time, and say when you can arrive.
module-bag_changes-s4-dont1-1 = Do not disconnect the line or touch the pump to make the bag last.
module-bag_changes-callout-bag_late = 30 minutes late with no new bag, the infusion may stop: call the team now.

## call_ladder
module-call_ladder-title = Who to call, day and night
module-call_ladder-summary = Four levels, the same day and night. Your own numbers, in the order to call.

module-call_ladder-s1-heading = Four levels
module-call_ladder-figure-call_ladder = Call now, day or night: if nobody picks up or calls back within 10 minutes, go to the next step. An emergency has no waiting step.

module-call_ladder-s2-heading = Your numbers
module-call_ladder-s2-p1 = Check these numbers with the nurse now. Save them in your phone too, and stick a copy on the fridge.

module-call_ladder-s3-heading = When you call
module-call_ladder-s3-list1-1 = Your child's name, and that they are on blinatumomab at home.
module-call_ladder-s3-list1-2 = Which day of the course it is.
module-call_ladder-s3-list1-3 = What you see, and the last numbers: Centinela shows them on the screen.
module-call_ladder-s3-list1-4 = Any fever medicine given, and when.
module-call_ladder-s3-do1-1 = Call at night too. The team would rather hear from you early.
module-call_ladder-s3-do1-2 = Write down in Centinela what the team said.
