"""Oversikt: the follow-up of the absence (suggested phase, rules fired, tasks,
decisions, timeline), the due dates, and the pupil, guardians and team.
Services: absence_register, agreement_service; the case's rule set follows
seed 001 (Bærum's four phases), 002 (Oslo), 004 (Ørland's trinn) or 000 (Kearney)."""
