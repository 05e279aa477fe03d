# The practice situations of the nurse's hour (core/src/training/scenarios.rs holds their facts).

scenario-night_fever_chills-title = 2 a.m.: hot and shivering
scenario-night_fever_chills-story = It is 2 in the morning, day 3. Mateo (7) wakes up shivering hard and feels hot. The thermometer under his arm shows 38.4 °C. The pump is running normally.
scenario-night_fever_chills-teaching = Practice uses the standard plan, whose fever limit is 38.0 °C; at home Centinela uses the limit in your child's own plan. A fever at or above that limit is a reason to call the team straight away, even in the middle of the night: it can be the reaction to the medicine or an infection, and both need the team fast. Shaking chills count too. Do not wait for the morning, and ask the team before giving any fever medicine.

scenario-pump_alarm_empty_bag-title = The pump beeps and the bag looks empty
scenario-pump_alarm_empty_bag-story = Day 6, late afternoon. The pump starts beeping and its screen shows an alarm. The bag in the pump backpack looks empty. Valentina (9) feels well: 36.8 °C.
scenario-pump_alarm_empty_bag-teaching = A pump problem means calling the team now. Never change the pump's settings and never flush the line, even to stop the beeping: the team tells you what to do.

scenario-infant_no_eye_contact-title = Your baby does not look at you
scenario-infant_no_eye_contact-story = Day 4. Sofía is 10 months old. Since her nap she does not look at you, does not reach for her toy and does not react when you call her name. Temperature 37.1 °C.
scenario-infant_no_eye_contact-teaching = A baby cannot say they feel confused. Not looking at you, not reaching and not reacting as usual can be the first sign of a problem with the nerves or brain: call the team now, even without a fever.

scenario-seizure-title = Jerking and not answering
scenario-seizure-story = Day 9. Diego (4) suddenly goes stiff, his arms and legs jerk, and for about a minute he does not answer you. Now he is very drowsy. Temperature 37.6 °C.
scenario-seizure-teaching = A seizure is an emergency: call the emergency number for an ambulance now, do not drive. Lay the child on their side, clear the space around them, do not hold them down, put nothing in their mouth, keep the line from being pulled and note how long it lasts. Then call the team.

scenario-fever_low_pressure-title = Fever and low blood pressure
scenario-fever_low_pressure-story = Day 2, evening. Lucía (6) has 38.9 °C. You take her blood pressure with her own cuff, sitting quietly: 76/44. Pulse 128.
scenario-fever_low_pressure-teaching = Fever together with blood pressure below the limit for the child's age can be cytokine release syndrome getting worse. That is an emergency: emergency number or emergency department first, then the team.

scenario-low_pressure_teen-title = Low blood pressure for his age
scenario-low_pressure_teen-story = Day 5, morning reading. Andrés (14) says he feels fine. Temperature 36.9 °C. Blood pressure 86/54, pulse 96, oxygen 98%.
scenario-low_pressure_teen-teaching = The safe limit depends on age: from 10 years old, a top number under 90 is low. Call the team now and repeat the reading while you wait, with the right cuff and the child sitting still. If the repeat is low again, it is an emergency.

scenario-fever_medicine_hides_fever-title = After fever medicine
scenario-fever_medicine_hides_fever-story = Day 3. Three hours ago grandma gave Emilia (5) fever medicine because she felt warm, without taking her temperature. Now: 37.4 °C, blood pressure 74/42, and she wants to lie down.
scenario-fever_medicine_hides_fever-teaching = Fever medicine can hide a fever. That is why the diary asks about it: when the answer is Yes, low blood pressure is read as a possible reaction to the infusion, an emergency. Always answer Yes when it was given, and tell the team what was given and when.

scenario-low_oxygen_fast_breathing-title = Breathing fast, oxygen 88%
scenario-low_oxygen_fast_breathing-story = Day 2, night. Camila (11) is breathing much faster than usual. The clip on her finger shows oxygen 88%. Temperature 38.2 °C.
scenario-low_oxygen_fast_breathing-teaching = Oxygen under 90% is an emergency, more so with a fever and fast breathing. Check that the sensor is on well, but do not lose time: call the emergency number for an ambulance, then the team.

scenario-confused_words-title = Mixing up words
scenario-confused_words-story = Day 8. Santiago (13) calls the spoon a pencil, cannot find simple words, and does not know what day it is. Temperature 37.0 °C, blood pressure 108/66.
scenario-confused_words-teaching = Trouble speaking and confusion are signs the infusion may be affecting the brain. They can come without fever. Call the team now; if it gets worse or a seizure starts, it becomes an emergency.

scenario-toddler_wobbly-title = A toddler who keeps falling
scenario-toddler_wobbly-story = Day 10. Leo (2) walked well yesterday. Today he is unsteady, keeps falling and his hands tremble when he reaches for his cup. Temperature 36.9 °C.
scenario-toddler_wobbly-teaching = In a small child, new clumsiness and trembling are how nerve problems show. Compare with what they could do yesterday, and call the team now.

scenario-headache_nausea-title = A mild headache and feeling sick
scenario-headache_nausea-story = Day 4, afternoon. Regina (9) has a mild headache and feels a bit sick, but she is drinking and playing. Temperature 37.3 °C, blood pressure 104/64.
scenario-headache_nausea-teaching = Mild symptoms with normal readings: tell the team today, by phone in the daytime (after 8 a.m. if it is night). Keep watching: a severe headache or vomiting that does not stop means calling now.

scenario-line_site_redness-title = Red skin where the line goes in
scenario-line_site_redness-story = Day 7, during the bath routine (the dressing stayed dry). The skin around Isabela's (8) line is red and a little sore. Temperature 37.0 °C.
scenario-line_site_redness-teaching = Redness at the line without fever: tell the team today so they can look at it. With a fever, it becomes a call now.

scenario-fast_heart_toddler-title = A fast heartbeat
scenario-fast_heart_toddler-story = Day 5. Renata (3) is playing after lunch. Temperature 37.5 °C. The clip shows pulse 150 and oxygen 97%.
scenario-fast_heart_toddler-teaching = Above the limit for her age (140 from 2 to 5 years) but otherwise well: tell the team today. Let her rest and measure again; a fever or low pressure with it means calling now.

scenario-just_below_fever-title = A temperature of 37.9 °C
scenario-just_below_fever-story = Day 1, the 6 p.m. reading. Pablo (12) feels warm. Temperature 37.9 °C, blood pressure 112/70, pulse 90, oxygen 98%. No other signs.
scenario-just_below_fever-teaching = Practice uses the standard plan, whose fever limit is 38.0 °C: 37.9 °C is just under it, so there is no call to make yet. At home the limit is the one in your child's plan, and Centinela uses it. Keep to the schedule, but measure again sooner (in about an hour) and call at once if it reaches the limit.

scenario-all_well-title = An ordinary reading
scenario-all_well-story = Day 11, the midday reading. Ximena (15) is watching a movie. Temperature 36.7 °C, blood pressure 110/68, pulse 84, oxygen 99%. The pump is running.
scenario-all_well-teaching = All within the limits: write it in the diary and keep to the schedule. Most readings look like this one, and writing them down is what lets the team see a change early.

scenario-infant_fever-title = A 7-week-old with 38.2 °C
scenario-infant_fever-story = Day 3, evening. Valeria is 7 weeks old and feels warm. The electronic thermometer under her arm shows 38.2 °C. She is feeding a little less. The pump is running.
scenario-infant_fever-teaching = Under 3 months old, any temperature of 38.0 °C or more is an emergency, whatever fever limit the plan has: go to the emergency department now, then call the team. A young baby can get very ill very fast.

scenario-sepsis_normal_pressure-title = Fever, pale and cold, pressure normal
scenario-sepsis_normal_pressure-story = Day 4, night. Tomás (5) has 38.6 °C. His skin looks pale and blotchy and his hands and feet are cold. His blood pressure is 96/60, normal for his age.
scenario-sepsis_normal_pressure-teaching = Fever with pale, blotchy or cold skin can be a serious infection or reaction even when the blood pressure is still normal: in children the pressure falls late. It is an emergency: go to the emergency department now, then call the team.

scenario-catheter_out-title = The catheter came out
scenario-catheter_out-story = Day 6, after playing. Julia's (8) shirt is wet and the end of the catheter is outside her body, under the loose, wet dressing. Temperature 36.9 °C.
scenario-catheter_out-teaching = A catheter that came out is an emergency. Press on the site with clean gauze, stop the pump, and go to the emergency department now; call the team on the way. Never push the catheter back in. In Centinela, mark that the catheter came out, and that the dressing is wet and loose.

scenario-falling_ice-title = The check score is falling
scenario-falling_ice-story = Day 8. This morning Mariana (14) scored 9 of 10 on the neurological check: she could not say the month. Four hours later you do the check again. She cannot say the month or the city, names two of three objects and cannot count back: 6 of 10. Temperature 37.2 °C.
scenario-falling_ice-teaching = A score of 7 to 9 means call the team now. A score of 6 or less is an emergency: call the emergency number or go to the emergency department now, then the team. A falling score matters even when each step looks small.

scenario-repeat_pressure-title = The second blood pressure
scenario-repeat_pressure-story = Day 2, afternoon. Twenty minutes ago Nicolás (6) had 37.1 °C and a blood pressure of 78/46; Centinela said to call the team and measure again. The team has not called back yet. You measure again, sitting quietly with the right cuff: 79/47.
scenario-repeat_pressure-teaching = One low reading means call now and measure again. A second low reading within half an hour confirms it: that is an emergency, not another call-now. Go to the emergency department now, and do not wait for the team to call back.
