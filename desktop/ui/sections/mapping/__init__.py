"""Kartlegging: the guided kartleggingssamtale step by step, its tools (scaling,
plus/minus, ambivalence, timetable, timeline, Kearney's functions), meeting mode
and the summary PDF. Service: conversation_service; follows seed 001 Vedlegg
2:1–2:2 and seed 002 Appendiks 2."""
