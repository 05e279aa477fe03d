# The seven training modules of the nurse's hour (ui/src/lib/trainingModules.ts holds their structure).
