"""Møter: every meeting with its participants, agenda, notes, decisions, tasks
and next date, and the referat for the guardians. Service: meeting_service;
follows seed 001 (fase 3, samarbeidsmøter) and seed 002."""
