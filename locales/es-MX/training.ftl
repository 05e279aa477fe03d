### Las figuras de la capacitación y la página del módulo, español de México. Los mismos ids en cada idioma.
