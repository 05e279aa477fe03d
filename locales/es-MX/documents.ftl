### Los documentos impresos (la hoja del refrigerador, el informe, el registro de capacitación), español de México.
