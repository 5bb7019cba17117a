"""Fravær: the absence register (entry line, table, CSV import, school week and
days off), totals and the weekday × lesson heat map. Service: absence_register;
what counts as absence follows the case's rule set (seeds 001, 002, 004, 000)."""
