# The practice situations of the nurse's hour (core/src/training/scenarios.rs holds their facts).
