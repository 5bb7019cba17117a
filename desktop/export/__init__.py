"""Printed documents built from domain objects with ReportLab (agreement, evaluation,
minutes, conversation summary, circle, plan), and the same documents as HTML for the preview.
Every PDF embeds its fonts and says "Unntatt offentlighet" and "side x av y". No Qt."""
