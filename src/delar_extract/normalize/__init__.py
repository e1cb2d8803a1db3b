"""Pure normalisation of printed values: numbers, units, statuses, dates, colours."""
