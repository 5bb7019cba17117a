"""Opptrappingsplan: the guided first plan, the staircase, the steps with their
week grid (days × lessons), weekly follow-up and the PDF. Service: plan_service;
follows seed 002 (tiltak og opptrapping, the case of Jens) and seed 004."""
