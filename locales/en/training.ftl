### Training figures and the module page, US English. The same ids in every language.
