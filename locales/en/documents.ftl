### The printed documents (the fridge sheet, the report, the training record), US English.
