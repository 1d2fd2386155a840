"""Swedish for the reports' layout rules (issue 19, item 3): a chart printed once and referred to, the
missing analyses counted once per section, the contents of a long report."""

PART = {
    "Chart of {indicator}: see under {goal}.": "Diagram för {indicator}: se under {goal}.",
    "Analysis missing for {missing} of {total} goals.": "Analys saknas för {missing} av {total} mål.",
    "Analysis missing for {missing} of {total} assignments.": "Analys saknas för {missing} av {total} uppdrag.",
}
